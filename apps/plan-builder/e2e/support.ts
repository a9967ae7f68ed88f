import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { InspectedPage } from "@kehoach/pdf-inspect";
import { test as base, expect, type Locator, type Page } from "@playwright/test";

const require = createRequire(import.meta.url);

/**
 * Every test runs under the site's Content-Security-Policy (see vite.config.ts) and fails on any
 * violation of it, and on any uncaught error of any page.
 */
export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ context }, use) => {
      const errors: string[] = [];
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(
            `CSP: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
          );
        });
      });
      const watch = (page: Page) => {
        page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
        page.on("console", (message) => {
          if (message.type() === "error" && message.text().startsWith("CSP:")) errors.push(message.text());
        });
      };
      for (const page of context.pages()) watch(page);
      context.on("page", watch);
      await use(undefined);
      expect(errors, "CSP violations and page errors").toEqual([]);
    },
    { auto: true },
  ],
});
// Evaluated through the debugging protocol, which the page's CSP (no inline script) does not govern.
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core on the page as it is; any violation fails the test with what and where. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  // Colours are measured as drawn: a dialog still fading in would read as low contrast. Animations
  // driven by scrolling (a table's "more columns" shade) run as long as the page is shown: not waited for.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== "running" || !(a.timeline instanceof DocumentTimeline)),
  );
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: string[]; failureSummary: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
    }));
  });
  expect(violations, `axe on ${screen}:\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator(".pb-save-state")).toHaveText(/^Đã lưu lúc/, { timeout: 15_000 });
}

/** The card of the n-th task (1-based) of the top level. */
export function task(page: Page, n: number): Locator {
  return page
    .locator(".pb-tasks")
    .first()
    .locator(":scope > .pb-task")
    .nth(n - 1);
}

/** Text in the order it was drawn, lines joined by spaces. */
export function streamText(page: InspectedPage): string {
  let out = "";
  let lastY: number | undefined;
  for (const run of page.runs) {
    if (lastY !== undefined && Math.abs(run.y - lastY) > 1) out += " ";
    out += run.text;
    lastY = run.y;
  }
  return out.replace(/\s+/g, " ");
}

/** The preview's text (pdf.js text layer), spaces normalised. */
export async function previewText(page: Page): Promise<string> {
  return ((await page.getByRole("document", { name: "Xem trước văn bản" }).textContent()) ?? "").replace(
    /\s+/g,
    " ",
  );
}
