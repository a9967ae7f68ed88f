import { readFile } from "node:fs/promises";
import { expect } from "@playwright/test";
import { expectNoAxeViolations, task, test, waitForSaved } from "./support.js";

// Never losing work, and never issuing a plan with errors: two tabs on one plan know of each
// other and the idle one follows the other's saves; what was typed just before a reload comes
// back; an error blocks issuing until it is fixed or waived with a reason.

async function newPlan(page: import("@playwright/test").Page): Promise<string> {
  await page.goto("./");
  await page.getByRole("button", { name: "Tạo kế hoạch mới" }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Tạo và mở" }).click();
  await expect(page.getByText(/· Dự thảo$/)).toBeVisible();
  return page.url();
}

test("tells two tabs on one plan about each other, and the idle one follows the other's saves", async ({
  page,
  context,
}) => {
  const url = await newPlan(page);
  const other = await context.newPage();
  await other.goto(url);
  for (const p of [page, other]) {
    await expect(p.getByText("Kế hoạch này đang được mở ở một thẻ khác.")).toBeVisible();
  }
  await page.getByLabel("Trích yếu (tên kế hoạch)").fill("Kế hoạch sửa ở thẻ thứ nhất");
  await waitForSaved(page);
  await expect(other.getByLabel("Trích yếu (tên kế hoạch)")).toHaveValue("Kế hoạch sửa ở thẻ thứ nhất");
  await other.close();
  await expect(page.getByText("Kế hoạch này đang được mở ở một thẻ khác.")).toBeHidden();
});

test("brings back what was typed just before a reload", async ({ page }) => {
  await newPlan(page);
  await page.getByRole("button", { name: "Thêm nhiệm vụ", exact: true }).click();
  await expect(task(page, 1).getByLabel("Nội dung nhiệm vụ")).toBeFocused();
  await page.keyboard.insertText("Nhiệm vụ gõ ngay trước khi tải lại trang");
  // No wait for the save: the page is reloaded at once.
  await page.reload();
  await expect(task(page, 1).getByLabel("Nội dung nhiệm vụ")).toHaveValue(
    "Nhiệm vụ gõ ngay trước khi tải lại trang",
  );
});

test("blocks issuing while an error remains, and issues once it is waived with a reason", async ({
  page,
}) => {
  await newPlan(page);
  await page.getByRole("button", { name: "Thêm nhiệm vụ", exact: true }).click();
  await expect(task(page, 1).getByLabel("Nội dung nhiệm vụ")).toBeFocused();
  await page.keyboard.insertText("Nhiệm vụ chưa có cơ quan chủ trì");

  await page.getByRole("button", { name: "Ban hành…" }).click();
  const dialog = page.getByRole("dialog", { name: "Ban hành kế hoạch" });
  await dialog.getByLabel("Số văn bản").fill("21");
  await expect(dialog.getByText(/Chưa ban hành được: còn \d+ lỗi/)).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Ban hành", exact: true })).toBeDisabled();
  await expectNoAxeViolations(page, "the issue dialog, blocked");
  await dialog.getByRole("button", { name: "Hủy" }).click();

  const checks = page.getByRole("region", { name: "Kiểm tra" });
  const finding = checks.locator(".pb-finding", { hasText: "chưa có cơ quan chủ trì" });
  await finding.getByRole("button", { name: "Miễn kiểm tra…" }).click();
  const waive = page.getByRole("dialog", { name: "Miễn kiểm tra mục này" });
  await waive.getByLabel("Lý do").fill("Cơ quan chủ trì được giao bằng văn bản riêng");
  await waive.getByRole("button", { name: "Miễn kiểm tra" }).click();
  await expect(checks.getByText("Lý do miễn: Cơ quan chủ trì được giao bằng văn bản riêng")).toBeAttached();

  await page.getByRole("button", { name: "Ban hành…" }).click();
  await dialog.getByLabel("Số văn bản").fill("21");
  await dialog.getByLabel("Ngày ban hành").fill("05/01/2027");
  // No error left, but the warnings still open are named, each leading to its field.
  const warnings = dialog.getByRole("alert").filter({ hasText: /Không còn lỗi; còn \d+ cảnh báo/ });
  await expect(warnings).toContainText("Kế hoạch chưa có nơi nhận.");
  await expect(warnings).toContainText("Nhiệm vụ 1 chưa ghi thời gian thực hiện.");
  await expect(warnings.getByRole("button", { name: "Nhiệm vụ 1 › Thời gian thực hiện" })).toBeVisible();
  await dialog.getByRole("button", { name: "Ban hành", exact: true }).click();
  await expect(page.getByText("Kế hoạch đã ban hành (số 21/KH-UBND).")).toBeVisible();
  await expect(page.getByLabel("Trích yếu (tên kế hoạch)")).toBeDisabled();
  await waitForSaved(page);
});

test("closes a plan deleted in another tab with a notice; typing there never brings it back", async ({
  page,
  context,
}) => {
  await newPlan(page);
  const title = "Kế hoạch xóa ở thẻ khác";
  await page.getByLabel("Trích yếu (tên kế hoạch)").fill(title);
  await waitForSaved(page);

  const library = await context.newPage();
  await library.goto("./");
  await library.getByRole("button", { name: `Xóa: “${title}”` }).click();
  await expect(library.getByText(`Đã xóa “${title}”.`)).toBeVisible();

  const notice = page.getByRole("alert").filter({ hasText: "Kế hoạch này đã bị xóa ở một thẻ khác" });
  await expect(notice).toBeVisible();
  await expect(page.getByLabel("Trích yếu (tên kế hoạch)")).toHaveCount(0);
  await expectNoAxeViolations(page, "a plan deleted in another tab");
  await library.reload();
  await expect(library.getByRole("heading", { name: "Chưa có kế hoạch nào" })).toBeVisible();
});

test("never re-creates a plan another app deleted without a word, when typing goes on", async ({
  page,
  context,
}) => {
  await newPlan(page);
  await waitForSaved(page);
  // Deleted straight from the shared database (another app of the site), no message to the tabs.
  const other = await context.newPage();
  await other.goto("./");
  const id = decodeURIComponent(new URL(page.url()).hash.replace("#/ke-hoach/", ""));
  await other.evaluate(async (planId) => {
    const open = indexedDB.open("kehoach-kit");
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction("plans", "readwrite");
      tx.objectStore("plans").delete(planId);
      tx.oncomplete = () => resolve();
    });
    db.close();
  }, id);

  await page.getByLabel("Trích yếu (tên kế hoạch)").fill("Gõ tiếp sau khi đã bị xóa");
  await expect(page.getByRole("alert").filter({ hasText: "Kế hoạch này đã bị xóa" })).toBeVisible();
  await other.reload();
  await expect(other.getByRole("heading", { name: "Chưa có kế hoạch nào" })).toBeVisible();
  // What was typed is not lost: it can be downloaded from the notice.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải bản đang mở (JSON)" }).click();
  expect(JSON.parse(await readFile((await (await download).path()) as string, "utf8")).title).toBe(
    "Gõ tiếp sau khi đã bị xóa",
  );
});
