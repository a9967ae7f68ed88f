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
  await expect(dialog.getByText("Không còn lỗi; có thể ban hành.")).toBeVisible();
  await dialog.getByRole("button", { name: "Ban hành", exact: true }).click();
  await expect(page.getByText("Kế hoạch đã ban hành (số 21/KH-UBND).")).toBeVisible();
  await expect(page.getByLabel("Trích yếu (tên kế hoạch)")).toBeDisabled();
  await waitForSaved(page);
});
