import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { type Browser, type BrowserContext, expect, type Page } from "@playwright/test";

// What every page of these tests is held to: no violation of the site's Content-Security-Policy
// (the previews send deploy/nginx.conf's, with the hub in connect-src), no uncaught error, and
// no axe violation where it is checked.

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** CSP violations and page errors seen so far. */
  errors: string[];
}

/** A browser context of its own (its own cookies and IndexedDB: one person's computer), watched. */
export async function person(browser: Browser, baseURL: string): Promise<Watched> {
  const context = await browser.newContext({
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: { width: 1400, height: 1000 },
    reducedMotion: "reduce",
    acceptDownloads: true,
  });
  const errors: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `CSP: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  context.on("page", (p) => {
    p.on("pageerror", (error) => errors.push(`${p.url()}: ${error.message}`));
    p.on("console", (message) => {
      if (message.type() === "error" && message.text().startsWith("CSP:")) errors.push(message.text());
    });
  });
  const page = await context.newPage();
  return { context, page, errors };
}

export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  await page.evaluate(axeSource);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<Result> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
  });
  expect(violations, `axe on ${what}`).toEqual([]);
}

/** The hub's status button in the header, whatever it says. */
export function hubStatus(page: Page) {
  return page.getByRole("button", { name: /^Kết nối máy chủ tỉnh: / });
}

/** Signs in through the status dialog; the page reloads onto the hub's copy. */
export async function signIn(page: Page, user: string, password: string): Promise<void> {
  await hubStatus(page).click();
  const dialog = page.getByRole("dialog", { name: "Kết nối máy chủ tỉnh" });
  await dialog.getByLabel("Tên đăng nhập", { exact: false }).fill(user);
  await dialog.getByLabel("Mật khẩu", { exact: false }).fill(password);
  await Promise.all([page.waitForEvent("load"), dialog.getByRole("button", { name: "Đăng nhập" }).click()]);
  await expect(hubStatus(page)).toHaveAccessibleName(/Đã đồng bộ/);
}
