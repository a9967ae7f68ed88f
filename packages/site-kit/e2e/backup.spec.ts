import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { samplePlan } from "@kehoach/plan-model/sample";
import { type BrowserContext, expect, type Locator, type Page, test } from "@playwright/test";
import { serveSite } from "./server.js";
import { SITES, siteDir } from "./sites.js";

// The site's data lives only in the browser. One backup file holds all of it, from any app; after
// the browser's data is cleared, restoring that file brings back every plan, the progress entered
// and the returns issued. A restore merges: a record changed since is shown and the person
// decides; a file that is not a good backup changes nothing and says what and where.

const site = SITES[0] as (typeof SITES)[number];
/** A plan of the commune's own (the sample's content under its own id and title), imported as a file. */
const OWN_TITLE = "Tuyên truyền cải cách hành chính năm 2026 của xã (bản làm việc)";
const OWN_PLAN = JSON.stringify({ ...samplePlan, id: "kh-cua-xa-2026", title: OWN_TITLE });
const RESULT = "Đăng 12 tin, bài về dịch vụ công trực tuyến (trước khi sao lưu)";
const LATER = "Sửa sau khi sao lưu";
const AGENCY = "Văn phòng HĐND và UBND xã";

// Evaluated through the debugging protocol, which the page's policy (no inline script) does not govern.
const AXE = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

async function axeViolations(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
  });
}

let served: Awaited<ReturnType<typeof serveSite>>;
test.beforeAll(async () => {
  served = await serveSite(siteDir(site.key), site.port);
});
test.afterAll(async () => {
  await served?.stop();
});

/** Imports the commune's own plan in the plan builder's library, as a person picks a file. */
async function importOwnPlan(page: Page) {
  await page.goto(`${served.base}plan-builder/`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "chọn tệp từ máy" }).first().click();
  await (await chooser).setFiles({
    name: "ke-hoach.json",
    mimeType: "application/json",
    buffer: Buffer.from(OWN_PLAN),
  });
  await expect(page.getByRole("table")).toContainText(OWN_TITLE);
}

async function dataDialog(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Sao lưu, khôi phục" }).click();
  const dialog = page.getByRole("dialog", { name: "Dữ liệu trên trình duyệt này" });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The result typed for the portal task (task 2) of the sample plan, as the report generator shows it. */
function portalResult(page: Page): Locator {
  return page
    .getByRole("region", { name: /^Nhiệm vụ 2\. / })
    .getByLabel("Kết quả thực hiện", { exact: true });
}

async function openPortalTask(page: Page) {
  const card = page.getByRole("region", { name: /^Nhiệm vụ 2\. / });
  const open = card.getByRole("button", { name: "Nhập tiến độ nhiệm vụ 2" });
  await expect(open.or(portalResult(page))).toBeVisible();
  if (await open.isVisible()) await open.click();
  await expect(portalResult(page)).toBeVisible();
}

async function backUp(page: Page): Promise<{ path: string; text: string }> {
  await page.goto(served.base);
  const dialog = await dataDialog(page);
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Sao lưu tất cả" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^kehoach-sao-luu-kim-lien-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(dialog.getByText(/^Đã sao lưu vào tệp “kehoach-sao-luu-kim-lien-/)).toBeVisible();
  const path = (await file.path()) as string;
  return { path, text: await readFile(path, "utf8") };
}

/** What "Clear site data" does: every database, storage and cache of the origin, gone. */
async function clearSiteData(context: BrowserContext, page: Page) {
  await page.goto("about:blank");
  const cdp = await context.newCDPSession(page);
  await cdp.send("Storage.clearDataForOrigin", { origin: served.origin, storageTypes: "all" });
  await cdp.detach();
}

async function restore(page: Page, file: { name: string; buffer: Buffer }): Promise<Locator> {
  await page.goto(served.base);
  const dialog = await dataDialog(page);
  await dialog.locator("input[type=file]").setInputFiles({ ...file, mimeType: "application/json" });
  return dialog;
}

test("backs up every plan, the progress and the issued returns, and restores them into a cleared browser", async ({
  context,
  page,
}) => {
  // Two plans in the plan builder: one imported from a file, one new.
  await importOwnPlan(page);
  await page.getByRole("button", { name: "Tạo kế hoạch mới" }).first().click();
  await page
    .getByRole("dialog", { name: "Tạo kế hoạch mới" })
    .getByRole("button", { name: "Tạo và mở" })
    .click();
  await expect(page.getByRole("button", { name: "Ban hành…" })).toBeVisible();
  await page.goto(`${served.base}plan-builder/`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);

  // Progress on the sample plan and a return issued to an agency, in the report generator.
  await page.goto(`${served.base}report-generator/`);
  await page.getByLabel("Kế hoạch", { exact: true }).selectOption({ label: OWN_TITLE });
  await openPortalTask(page);
  await portalResult(page).fill(RESULT);
  await expect(page.locator(".rg-save-state")).toHaveText(/^Đã lưu/, { timeout: 15_000 });
  await page.getByRole("tab", { name: "Thu thập từ cơ quan", exact: true }).click();
  const returned = page.waitForEvent("download");
  await page.getByRole("button", { name: `Xuất tệp cho ${AGENCY}` }).click();
  await returned;

  // One file, from the landing page, with all of it.
  const backup = await backUp(page);
  const data = JSON.parse(backup.text) as {
    format: string;
    schemaVersion: number;
    plans: { plan: { title: string } }[];
    report: { entries: { entry: { result?: string } }[]; issued: { agencyName: string }[] };
  };
  expect(data).toMatchObject({ format: "kehoach-backup", schemaVersion: 1 });
  expect(data.plans).toHaveLength(2);
  expect(data.plans.map((p) => p.plan.title)).toContain(OWN_TITLE);
  expect(data.report.entries.map((e) => e.entry.result)).toContain(RESULT);
  expect(data.report.issued.map((r) => r.agencyName)).toEqual([AGENCY]);
  await page.goto(served.base);
  await expect(page.locator(".kh-site-data__notice")).toContainText("Sao lưu lần cuối:");

  // The browser's data is cleared: nothing left, and the notice says nothing was backed up here.
  await clearSiteData(context, page);
  await page.goto(`${served.base}plan-builder/`);
  await expect(page.getByRole("heading", { name: "Chưa có kế hoạch nào" })).toBeVisible();
  await expect(page.locator(".kh-site-data__notice")).toContainText("Chưa sao lưu lần nào");

  // Restored from the file: everything comes back, nothing asked (nothing here to conflict with).
  const dialog = await restore(page, { name: "sao-luu.json", buffer: Buffer.from(backup.text) });
  await expect(dialog.getByText(/^Thêm \d+ mục chưa có trên trình duyệt này\.$/)).toBeVisible();
  await expect(dialog.getByRole("radio")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Khôi phục", exact: true }).click();
  await expect(dialog.getByText(/^Đã khôi phục: ghi \d+ mục\./)).toBeVisible();

  await page.goto(`${served.base}plan-builder/`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
  await expect(page.getByRole("table")).toContainText(OWN_TITLE);
  await page.goto(`${served.base}report-generator/`);
  await page.getByLabel("Kế hoạch", { exact: true }).selectOption({ label: OWN_TITLE });
  await openPortalTask(page);
  await expect(portalResult(page)).toHaveValue(RESULT);
  await page.getByRole("tab", { name: "Thu thập từ cơ quan", exact: true }).click();
  await expect(page.getByRole("main")).toContainText(AGENCY);
  const reopened = await dataDialog(page);
  await expect(
    reopened.getByText(
      /^2 kế hoạch, 1 mục tiến độ, \d+ báo cáo đang soạn, 1 phiếu đã giao, 0 phiếu đang điền\.$/,
    ),
  ).toBeVisible();
  await page.keyboard.press("Escape");

  // Changed since the backup: restoring again shows the difference and keeps this browser's copy
  // unless the person takes the backup's.
  await page.getByRole("tab", { name: "Tiến độ", exact: true }).click();
  await openPortalTask(page);
  await portalResult(page).fill(LATER);
  await expect(page.locator(".rg-save-state")).toHaveText(/^Đã lưu/, { timeout: 15_000 });
  let again = await restore(page, { name: "sao-luu.json", buffer: Buffer.from(backup.text) });
  const choice = again.getByRole("group", {
    name: new RegExp(`Tiến độ và báo cáo đang soạn của kế hoạch: “${OWN_TITLE.replace(/[()]/g, "\\$&")}”`),
  });
  await expect(choice).toBeVisible();
  await expect(choice.getByRole("radio", { name: /^Giữ bản trên trình duyệt này/ })).toBeChecked();
  await again.getByRole("button", { name: "Khôi phục", exact: true }).click();
  await expect(again.getByText(/^(Đã khôi phục|Không có gì cần ghi)/)).toBeVisible();
  await page.goto(`${served.base}report-generator/`);
  await openPortalTask(page);
  await expect(portalResult(page)).toHaveValue(LATER);

  again = await restore(page, { name: "sao-luu.json", buffer: Buffer.from(backup.text) });
  await again.getByRole("radio", { name: /^Lấy bản trong tệp sao lưu/ }).check();
  await again.getByRole("button", { name: "Khôi phục", exact: true }).click();
  await expect(again.getByText(/^Đã khôi phục: ghi 1 mục\./)).toBeVisible();
  await page.goto(`${served.base}report-generator/`);
  await openPortalTask(page);
  await expect(portalResult(page)).toHaveValue(RESULT);
});

test("refuses a file that is not a good backup, saying what and where, and changes nothing", async ({
  page,
}) => {
  await importOwnPlan(page);

  // Saved in Windows-1258 by an old editor: not UTF-8.
  let dialog = await restore(page, {
    name: "sao-luu-1258.json",
    buffer: Buffer.from([0x7b, 0x22, 0x4b, 0xea, 0xd2, 0x20, 0x68, 0x6f, 0x22, 0x7d]),
  });
  let refusal = dialog.getByRole("alert").filter({ hasText: "Không khôi phục tệp “sao-luu-1258.json”" });
  await expect(refusal).toContainText("không phải văn bản UTF-8: byte 0xEA ở dòng 1, cột 4");
  await expect(refusal).toContainText("Không khôi phục tệp này; dữ liệu trên trình duyệt giữ nguyên.");

  // A backup whose plan was edited by hand into something invalid: the plan and the field named.
  const broken = {
    format: "kehoach-backup",
    schemaVersion: 1,
    createdAt: "2026-05-01T00:00:00.000Z",
    plans: [
      {
        plan: { schemaVersion: 2, id: "x", title: "Kế hoạch sửa tay", planYear: "2026" },
        updatedAt: "2026-05-01",
      },
    ],
    report: { entries: [], drafts: [], issued: [], returns: [] },
  };
  await page.keyboard.press("Escape");
  dialog = await restore(page, { name: "sua-tay.json", buffer: Buffer.from(JSON.stringify(broken)) });
  refusal = dialog.getByRole("alert").filter({ hasText: "Không khôi phục tệp “sua-tay.json”" });
  await expect(refusal).toContainText("Kế hoạch “Kế hoạch sửa tay” không hợp lệ");
  await expect(refusal.locator("code").first()).toHaveText(/^plans\[0\]\.plan\./);

  // A plan file given instead of a backup.
  await page.keyboard.press("Escape");
  dialog = await restore(page, {
    name: "ke-hoach.json",
    buffer: Buffer.from('{"schemaVersion":2,"issuer":{},"tasks":[]}'),
  });
  await expect(dialog.getByRole("alert")).toContainText("Đây là tệp kế hoạch, không phải tệp sao lưu");

  // Nothing was touched: the imported plan is still the one plan.
  await page.goto(`${served.base}plan-builder/`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
});

test("warns in a private window, and says what the warning rests on", async ({ context, page }) => {
  // Firefox's private windows refuse the origin's file system with a SecurityError.
  await context.addInitScript(() => {
    Object.defineProperty(navigator.storage, "getDirectory", {
      value: () =>
        Promise.reject(new DOMException("Security error when calling GetDirectory", "SecurityError")),
    });
  });
  await page.goto(served.base);
  await expect(page.locator(".kh-site-data__notice")).toContainText(
    "Cửa sổ ẩn danh: dữ liệu sẽ mất khi đóng cửa sổ",
  );
  const dialog = await dataDialog(page);
  await expect(dialog.getByText("Có vẻ đây là cửa sổ ẩn danh")).toBeVisible();
  await expect(dialog).toContainText("trình duyệt từ chối kho tệp riêng của trang");
  await expect(dialog).toContainText("Chrome ẩn danh hiện không nhận ra được");
  expect(await axeViolations(page)).toEqual([]);
});

test("the landing page, its notice and the data dialog pass axe, and the dialog gives focus back", async ({
  page,
}) => {
  await page.goto(served.base);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const opener = page.getByRole("button", { name: "Sao lưu, khôi phục" });
  const dialog = await dataDialog(page);
  await expect(dialog.getByText(/^\d+ kế hoạch, /)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test("tells in English where the data lives, and backs up from an English screen", async ({
  context,
  page,
}) => {
  await context.addInitScript(() => localStorage.setItem("kehoach:lang", "en"));
  await page.goto(served.base);
  await expect(page.locator(".kh-site-data__notice")).toContainText("Data is kept only in this browser");
  await page.getByRole("button", { name: "Back up, restore" }).click();
  const dialog = page.getByRole("dialog", { name: "Data in this browser" });
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Back up everything" }).click();
  expect(JSON.parse(await readFile((await (await download).path()) as string, "utf8"))).toMatchObject({
    format: "kehoach-backup",
  });
  await expect(dialog.getByText(/^Backed up to “kehoach-sao-luu-kim-lien-/)).toBeVisible();
});
