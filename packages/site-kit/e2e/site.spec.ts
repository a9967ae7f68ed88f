import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { OFFLINE_MESSAGES, OFFLINE_MESSAGES_EN } from "../src/browser/offline-status.js";
import { buildPrecache, renderServiceWorker } from "../src/site/precache.js";
import { serveSite } from "./server.js";
import { localityOf, OFFLINE_PORT, SITES, siteDir } from "./sites.js";

// The promise of a fork: one build per locality gives one static site, branded for that locality,
// that runs under a strict Content-Security-Policy and keeps working offline once loaded.

type Served = Awaited<ReturnType<typeof serveSite>>;

/** Records CSP violations and console errors of every page of a context. */
async function watchPage(context: BrowserContext, page: Page) {
  await context.addInitScript(() => {
    const violations: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: violations });
    document.addEventListener("securitypolicyviolation", (event) => {
      violations.push(
        `${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  const violations = () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  return { errors, violations };
}

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
      );
    }
  });
}

/** Creates a plan from the locality (the issuer list shows its agencies) and exports its PDF. */
async function createPlanAndExportPdf(page: Page) {
  await page.getByRole("button", { name: "Tạo kế hoạch mới" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Tạo kế hoạch mới" });
  await dialog.getByRole("button", { name: "Tạo và mở" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất PDF" }).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile((await file.path()) as string);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
}

for (const site of SITES) {
  test.describe(`${site.slug} built under ${site.basePath}`, () => {
    let served: Served;
    test.beforeAll(async () => {
      served = await serveSite(siteDir(site.key), site.port);
    });
    test.afterAll(async () => {
      await served?.stop();
    });

    test("the plan builder shows the locality's name, theme and agencies", async ({ page }) => {
      const expected = await localityOf(site.slug);
      await page.goto(`${served.base}plan-builder/`);
      await expect(page.locator("html")).toHaveClass(new RegExp(`\\bkh-theme-${site.slug}\\b`));
      const header = page.locator(".kh-shell__header");
      await expect(header).toContainText(expected.shortName);
      await expect(header).toHaveCSS("background-color", expected.headerBackground);
      await expect(page.getByText(expected.committee).first()).toBeVisible();

      // The issuer choices of a new plan are the locality's issuing bodies, and only those.
      await page.getByRole("button", { name: "Tạo kế hoạch mới" }).first().click();
      const issuer = page.getByRole("dialog", { name: "Tạo kế hoạch mới" }).getByLabel("Cơ quan ban hành");
      const choices = (await issuer.locator("option").allTextContents()).map((text) => text.trim());
      expect(choices.length).toBeGreaterThan(0);
      for (const choice of choices) expect(expected.issuers).toContain(choice);
      expect(choices).toContain(expected.committee);

      // Every page carries the whole agency directory for typing aids.
      const listed = await page
        .locator("datalist#kehoach-agencies option")
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      expect(new Set(listed)).toEqual(new Set(expected.agencies));
    });

    test("the landing page names the locality and links the apps under the base path", async ({ page }) => {
      const expected = await localityOf(site.slug);
      await page.goto(served.base);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(expected.shortName);
      const links = await page
        .locator(".landing-apps a")
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      expect(links).toEqual(
        ["plan-builder", "matrix-viewer", "report-generator", "province-view"].map(
          (app) => `${served.base}${app}/`,
        ),
      );
    });

    test("every app runs under the CSP of deploy/nginx.conf, PDF export included", async ({
      context,
      page,
    }) => {
      const watch = await watchPage(context, page);
      for (const app of ["", ...served.apps]) {
        const response = await page.goto(`${served.base}${app ? `${app}/` : ""}`);
        expect(response?.headers()["content-security-policy"]).toBe(
          served.headers.fixed["Content-Security-Policy"],
        );
        await expect(page.locator("h1").first()).toBeVisible();
        await page.waitForLoadState("networkidle");
        expect(await watch.violations(), app || "landing").toEqual([]);
      }
      await page.goto(`${served.base}plan-builder/`);
      await createPlanAndExportPdf(page);
      expect(await watch.violations()).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  });
}

test.describe("offline", () => {
  const site = SITES[1] as (typeof SITES)[number];

  test("once loaded, the apps open from the service worker with the server stopped, and say they are offline", async ({
    context,
    page,
  }) => {
    let served: Served | null = await serveSite(siteDir(site.key), OFFLINE_PORT);
    const base = served.base;
    try {
      const expected = await localityOf(site.slug);
      await page.goto(base);
      await waitForServiceWorker(page);
      await expect(page.getByRole("status").filter({ hasText: OFFLINE_MESSAGES.ready })).toBeVisible();
      for (const app of served.apps) await page.goto(`${base}${app}/`);

      await served.stop();
      served = null;

      const reloaded = await page.reload();
      expect(reloaded?.fromServiceWorker()).toBe(true);
      await expect(page.locator(".kh-shell__header")).toContainText(expected.shortName);

      await context.setOffline(true);
      await expect(page.getByRole("status").filter({ hasText: OFFLINE_MESSAGES.offline })).toBeVisible();
      // A page switched to English says it in English.
      await page.evaluate(() => {
        document.documentElement.lang = "en";
      });
      await expect(page.getByRole("status").filter({ hasText: OFFLINE_MESSAGES_EN.offline })).toBeVisible();

      for (const path of [
        "",
        "plan-builder/",
        "matrix-viewer/",
        "report-generator/",
        "plan-builder/mot/duong/dan/sau",
      ]) {
        const response = await page.goto(`${base}${path}`);
        expect(response?.fromServiceWorker(), path).toBe(true);
        await expect(page.locator("h1").first(), path).toBeVisible();
      }

      // The PDF engine and the fonts are lazy chunks: they were kept too.
      await page.goto(`${base}plan-builder/`);
      await createPlanAndExportPdf(page);

      await context.setOffline(false);
      await expect(page.getByRole("status").filter({ hasText: OFFLINE_MESSAGES.backOnline })).toBeVisible();
    } finally {
      await served?.stop();
    }
  });

  test("a new build replaces the old cache once the page accepts the update", async ({ page }) => {
    const first = SITES[0] as (typeof SITES)[number];
    const port = OFFLINE_PORT + 1;
    let served: Served | null = await serveSite(siteDir(first.key), port);
    try {
      await page.goto(served.base);
      await waitForServiceWorker(page);
      const oldVersion = JSON.parse(
        await readFile(join(siteDir(first.key), "kehoach-site.json"), "utf8"),
      ).version;
      expect(await page.evaluate(() => caches.keys())).toEqual([`kehoach:${first.basePath}:${oldVersion}`]);

      // The next build: one page changed, so a new file list version and a new sw.js.
      const next = join(await mkdtemp(join(tmpdir(), "kehoach-next-")), "site");
      await cp(siteDir(first.key), next, { recursive: true });
      const landing = join(next, "index.html");
      await writeFile(
        landing,
        (await readFile(landing, "utf8")).replace("</body>", "<!-- bản dựng mới --></body>"),
      );
      const manifest = await buildPrecache(next, ["matrix-viewer", "plan-builder", "report-generator"]);
      await writeFile(join(next, "sw.js"), await renderServiceWorker(manifest));
      expect(manifest.version).not.toBe(oldVersion);
      await served.stop();
      served = await serveSite(next, port);

      await page.reload();
      const status = page.getByRole("status").filter({ hasText: OFFLINE_MESSAGES.update });
      await expect(status).toBeVisible();
      const reloaded = page.waitForEvent("load");
      await page.getByRole("button", { name: OFFLINE_MESSAGES.updateAction }).click();
      await reloaded;
      await expect
        .poll(() => page.evaluate(() => caches.keys()))
        .toEqual([`kehoach:${first.basePath}:${manifest.version}`]);
      expect(await page.content()).toContain("<!-- bản dựng mới -->");
    } finally {
      await served?.stop();
    }
  });
});
