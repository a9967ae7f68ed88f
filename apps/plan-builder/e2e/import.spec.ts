import { expect } from "@playwright/test";
import { expectNoAxeViolations, task, test } from "./support.js";

// An existing plan pasted as text: read, shown beside its source with what the importer was unsure
// of marked on both sides, nothing stored until it is saved, then opened in the editor.

const SOURCE = `ỦY BAN NHÂN DÂN
XÃ KIM LIÊN
Số: 12/KH-UBND
Kim Liên, ngày 15 tháng 01 năm 2026

KẾ HOẠCH
Tuyên truyền cải cách hành chính năm 2026

I. NHIỆM VỤ
1. Đăng tin, bài về cải cách hành chính trên Trang thông tin điện tử xã
- Cơ quan chủ trì: Phòng VH-XH
- Cơ quan phối hợp: Văn phòng HĐND và UBND xã
- Thời gian thực hiện: Thường xuyên
2. Tổ chức hội thi tìm hiểu cải cách hành chính
- Thời gian thực hiện: Quý III/2026

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Thành
`;

test("reviews a pasted plan beside its source before saving it, then opens it in the editor", async ({
  page,
}) => {
  await page.goto("./");
  await page.getByRole("link", { name: "Nhập từ Word/văn bản" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Nhập kế hoạch từ Word hoặc văn bản" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the import screen");
  await page.getByLabel("Hoặc dán nội dung văn bản").fill(SOURCE);
  await page.getByRole("button", { name: "Đọc nội dung đã dán" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Xem lại kế hoạch đọc được" })).toBeVisible();
  const source = page.getByRole("list", { name: "Văn bản gốc" });
  await expect(source).toContainText("Tổ chức hội thi tìm hiểu cải cách hành chính");
  const finding = page.locator(".pb-finding", { hasText: "chưa có cơ quan chủ trì" });
  await expect(finding).toBeVisible();
  await finding.getByRole("button", { name: /^Xem dòng/ }).click();
  await expect(source.locator('li[data-selected][data-mark="warning"]').first()).toContainText(
    "2. Tổ chức hội thi",
  );
  await expect(page.locator(".pb-import-task").first()).toContainText("Phòng Văn hóa - Xã hội");
  await expectNoAxeViolations(page, "the import review");

  // Nothing is stored until it is saved.
  await page.goto("./");
  await expect(page.getByRole("heading", { name: "Chưa có kế hoạch nào" })).toBeVisible();
  await page.goBack();
  await page.getByLabel("Hoặc dán nội dung văn bản").fill(SOURCE);
  await page.getByRole("button", { name: "Đọc nội dung đã dán" }).click();
  await page
    .getByLabel("Trích yếu (tên kế hoạch)")
    .fill("Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên");
  await page.getByRole("button", { name: "Lưu vào danh sách và mở để sửa" }).click();

  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên",
    }),
  ).toBeVisible();
  await expect(task(page, 2).getByLabel("Nội dung nhiệm vụ")).toHaveValue(
    "Tổ chức hội thi tìm hiểu cải cách hành chính",
  );
  await expect(page.getByRole("region", { name: "Kiểm tra" }).getByText(/^1 lỗi/)).toBeVisible();
});
