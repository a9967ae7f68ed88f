import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations, task, test } from "./support.js";

// Agencies found however they are typed: some words with accents and some without, or a slip of
// the keyboard, still find the directory's agency before the choice to add the text as typed; a
// name the directory does not hold is a warning when checking as issued, and issuing asks to
// confirm it by name.

async function newPlanWithTask(page: Page): Promise<void> {
  await page.goto("./");
  await page.getByRole("button", { name: "Tạo kế hoạch mới" }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Tạo và mở" }).click();
  await page.getByRole("button", { name: "Thêm nhiệm vụ", exact: true }).click();
  await expect(task(page, 1).getByLabel("Nội dung nhiệm vụ")).toBeFocused();
  await page.keyboard.insertText("Tuyên truyền trên hệ thống truyền thanh");
}

/** The options the lead picker of task 1 offers (the page has other options: its native selects). */
const options = (page: Page) =>
  task(page, 1).getByRole("listbox", { name: "Cơ quan chủ trì" }).getByRole("option");
const optionNames = (page: Page) => options(page).allTextContents();

test("finds an agency typed with some accents, or with a slip, before adding it as typed", async ({
  page,
}) => {
  await newPlanWithTask(page);
  const lead = task(page, 1).getByRole("combobox", { name: "Cơ quan chủ trì" });
  const chosen = task(page, 1).getByRole("list", { name: /^Cơ quan chủ trì: đã chọn/ });

  await lead.fill("Hội nong dan");
  await expect(options(page).first()).toContainText("Hội Nông dân xã");
  expect((await optionNames(page)).at(-1)).toContain("Thêm “Hội nong dan” (ghi đúng như đã gõ)");
  await page.keyboard.press("Enter");
  await expect(chosen).toHaveText(/^Hội Nông dân xã/);

  await lead.fill("Hội Phụ nu");
  await expect(options(page).first()).toContainText("Hội Liên hiệp Phụ nữ xã");
  await page.keyboard.press("Enter");
  await expect(chosen).toContainText("Hội Liên hiệp Phụ nữ xã");

  // A slip matches nothing, yet the nearest name comes first.
  await lead.fill("Cogn an xa");
  await expect(options(page).first()).toContainText("Công an xã Kim Liên");
  expect((await optionNames(page)).at(-1)).toContain("Thêm “Cogn an xa” (ghi đúng như đã gõ)");
  await expectNoAxeViolations(page, "the agency picker offering the nearest name");
  await page.keyboard.press("Enter");
  await expect(chosen).toContainText("Công an xã Kim Liên");
  await expect(chosen).not.toContainText("Cogn");
});

test("rates an agency outside the directory a warning when issuing, and asks to confirm it by name", async ({
  page,
}) => {
  await newPlanWithTask(page);
  const lead = task(page, 1).getByRole("combobox", { name: "Cơ quan chủ trì" });
  await lead.fill("Báo Nghệ An");
  await expect(options(page)).toHaveText(["Thêm “Báo Nghệ An” (ghi đúng như đã gõ)"]);
  await page.keyboard.press("Enter");
  await expect(task(page, 1).getByText("không có trong danh mục")).toBeVisible();

  const checks = page.getByRole("region", { name: "Kiểm tra" });
  const finding = checks.locator(".pb-finding", { hasText: "“Báo Nghệ An” không khớp" });
  await expect(finding).toHaveAttribute("data-severity", "info");
  await checks.getByLabel("Kiểm tra như khi ban hành (số, ngày, chữ ký bắt buộc)").check();
  await expect(finding).toHaveAttribute("data-severity", "warning");

  await page.getByRole("button", { name: "Ban hành…" }).click();
  const dialog = page.getByRole("dialog", { name: "Ban hành kế hoạch" });
  await dialog.getByLabel("Số văn bản").fill("22");
  await dialog.getByLabel("Ngày ban hành").fill("05/01/2027");
  const confirm = dialog.getByRole("checkbox", { name: "Giữ “Báo Nghệ An” như đã ghi" });
  await expect(confirm).not.toBeChecked();
  await expect(dialog.getByText("Còn 1 cơ quan chưa được xác nhận")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Ban hành", exact: true })).toBeDisabled();
  await expectNoAxeViolations(page, "the issue dialog asking to confirm an agency");

  // "Sửa" leads to the agency in the task: the keyboard is on it (its remove button), and stays.
  await dialog.getByRole("button", { name: "Sửa “Báo Nghệ An”" }).click();
  await expect(dialog).toBeHidden();
  await expect(task(page, 1).getByRole("button", { name: "Bỏ Báo Nghệ An" })).toBeFocused();

  // Confirmed by name, the plan is issued with it.
  await page.getByRole("button", { name: "Ban hành…" }).click();
  await dialog.getByLabel("Số văn bản").fill("22");
  await dialog.getByLabel("Ngày ban hành").fill("05/01/2027");
  await confirm.check();
  await expect(dialog.getByText("Còn 1 cơ quan chưa được xác nhận")).toBeHidden();
});
