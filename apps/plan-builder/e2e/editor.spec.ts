import { expect, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, task, test, waitForSaved } from "./support.js";

// Writing a plan from the template: the library, the template dialog, three tasks with agencies
// picked by their short names and times read back as dates, an error fixed from the check
// panel, and all of it there again after a reload. Keyboard reordering, undo and delete-with-undo
// ride along on the same plan.

const TITLES = [
  "Đăng tin, bài về cải cách hành chính trên Trang thông tin điện tử xã",
  "Hướng dẫn người dân nộp hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công",
  "Tổ chức hội nghị đối thoại với doanh nghiệp về thủ tục hành chính",
];

test("writes a plan from the template, fixes an error from the panel, and finds everything after a reload", async ({
  page,
}) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Kế hoạch đã lưu" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Chưa có kế hoạch nào" })).toBeVisible();
  await expectNoAxeViolations(page, "the empty library");

  await page.getByRole("button", { name: "Tạo kế hoạch mới" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Tạo kế hoạch mới" });
  await expect(
    dialog.getByRole("radio", { name: "Kế hoạch tuyên truyền cải cách hành chính" }),
  ).toBeChecked();
  await dialog.getByLabel("Năm kế hoạch").fill("2027");
  await expectNoAxeViolations(page, "the new-plan dialog");
  await dialog.getByRole("button", { name: "Tạo và mở" }).click();

  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Tuyên truyền cải cách hành chính năm 2027 trên địa bàn xã Kim Liên",
    }),
  ).toBeVisible();
  await expect(page.getByText("Năm 2027 · Dự thảo")).toBeVisible();

  // Task 1: agencies by their short names, a quarter read back as its dates.
  await page.getByRole("button", { name: "Thêm nhiệm vụ", exact: true }).click();
  await expect(task(page, 1).getByLabel("Nội dung nhiệm vụ")).toBeFocused();
  await page.keyboard.insertText(TITLES[0]!);
  await task(page, 1).getByRole("combobox", { name: "Cơ quan chủ trì" }).fill("VHXH");
  await page.keyboard.press("Enter");
  await task(page, 1).getByRole("combobox", { name: "Cơ quan phối hợp" }).fill("van phong");
  await page.keyboard.press("Enter");
  await task(page, 1).getByLabel("Thời gian thực hiện").fill("Quý III/2027");
  await expect(task(page, 1).getByRole("list", { name: "Cơ quan chủ trì: đã chọn 1" })).toHaveText(
    /Phòng Văn hóa - Xã hội/,
  );
  await expect(task(page, 1).getByRole("list", { name: "Cơ quan phối hợp: đã chọn 1" })).toHaveText(
    /Văn phòng HĐND và UBND xã/,
  );
  await expect(task(page, 1).getByText("Hiểu là: Quý III/2027 → 01/07/2027–30/09/2027")).toBeVisible();

  // Task 2, added from the keyboard right after task 1.
  await task(page, 1).getByLabel("Nội dung nhiệm vụ").focus();
  await page.keyboard.press("Control+Enter");
  await expect(task(page, 2).getByLabel("Nội dung nhiệm vụ")).toBeFocused();
  await page.keyboard.insertText(TITLES[1]!);
  await task(page, 2).getByRole("combobox", { name: "Cơ quan chủ trì" }).fill("Trung tâm PVHCC");
  await page.keyboard.press("Enter");
  await task(page, 2).getByLabel("Thời gian thực hiện").fill("Hằng tháng");
  await expect(
    task(page, 2).getByText(/Hiểu là: Hằng tháng → 01\/01\/2027–31\/12\/2027, 12 lần/),
  ).toBeVisible();

  // Task 3 without a lead: the check panel reports it as an error.
  await page.getByRole("button", { name: "Thêm nhiệm vụ", exact: true }).click();
  await expect(task(page, 3).getByLabel("Nội dung nhiệm vụ")).toBeFocused();
  await page.keyboard.insertText(TITLES[2]!);
  await task(page, 3).getByLabel("Thời gian thực hiện").fill("Trước ngày 15/02/2027");
  await expect(task(page, 3).getByText("Hiểu là: Trước ngày 15/02/2027 → hạn 15/02/2027")).toBeVisible();

  const checks = page.getByRole("region", { name: "Kiểm tra" });
  await expect(checks.getByText(/^1 lỗi/)).toBeVisible();
  await checks
    .locator('[data-severity="error"]')
    .getByRole("button", { name: "Nhiệm vụ 3 › Vai trò" })
    .click();
  const lead3 = task(page, 3).getByRole("combobox", { name: "Cơ quan chủ trì" });
  await expect(lead3).toBeFocused();
  await page.keyboard.type("Phòng Kinh tế");
  await page.keyboard.press("Enter");
  await expect(checks.getByText(/^0 lỗi/)).toBeVisible();

  // The preview is the document: the new task's text is on its pages.
  const preview = page.getByRole("document", { name: "Xem trước văn bản" });
  await expect(preview).toContainText("KẾ HOẠCH");
  await expect(preview).toContainText("Tổ chức hội nghị đối thoại");
  await expectNoAxeViolations(page, "the editor");

  await waitForSaved(page);
  await page.reload();
  await waitForSaved(page);
  for (const [i, title] of TITLES.entries()) {
    await expect(task(page, i + 1).getByLabel("Nội dung nhiệm vụ")).toHaveValue(title);
  }
  await expect(task(page, 1).getByLabel("Thời gian thực hiện")).toHaveValue("Quý III/2027");
  await expect(task(page, 3).getByRole("list", { name: "Cơ quan chủ trì: đã chọn 1" })).toHaveText(
    /Phòng Kinh tế/,
  );
  await expect(page.getByRole("region", { name: "Kiểm tra" }).getByText(/^0 lỗi/)).toBeVisible();

  // Reorder from the keyboard, then undo it.
  await task(page, 3).getByLabel("Nội dung nhiệm vụ").focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(task(page, 2).getByLabel("Nội dung nhiệm vụ")).toHaveValue(TITLES[2]!);
  await expect(task(page, 2).getByLabel("Nội dung nhiệm vụ")).toBeFocused();
  await page.keyboard.press("Control+z");
  await expect(task(page, 3).getByLabel("Nội dung nhiệm vụ")).toHaveValue(TITLES[2]!);

  // Delete a task, then put it back: the undo stands where the task was, with the keyboard on it.
  await task(page, 2).getByRole("button", { name: "Xóa Nhiệm vụ 2" }).click();
  await expect(page.locator(".pb-task")).toHaveCount(2);
  const items = page.locator(".pb-tasks").first().locator(":scope > li");
  await expect(items.nth(1)).toHaveClass(/pb-task-removed/);
  await expect(items.nth(1)).toContainText(`Đã xóa nhiệm vụ 2 “${TITLES[1]}”.`);
  const undo = page.getByRole("button", { name: "Hoàn tác xóa" });
  await expect(undo).toBeFocused();
  await expect(undo).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator(".pb-task")).toHaveCount(3);
  await expect(task(page, 2).getByLabel("Nội dung nhiệm vụ")).toHaveValue(TITLES[1]!);
  await expect(task(page, 2).getByLabel("Nội dung nhiệm vụ")).toBeFocused();
});

test("nests tasks by keyboard and by drag, and suggests duties and recipients from them", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 1400 });
  await page.goto("./");
  await page.getByRole("button", { name: "Tạo kế hoạch mới" }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Tạo và mở" }).click();
  for (const [i, title] of ["Nhóm việc", "Việc A", "Việc B"].entries()) {
    await page.getByRole("button", { name: "Thêm nhiệm vụ", exact: true }).click();
    await expect(task(page, i + 1).getByLabel("Nội dung nhiệm vụ")).toBeFocused();
    await page.keyboard.insertText(title);
  }
  await task(page, 2).getByRole("combobox", { name: "Cơ quan chủ trì" }).fill("VHXH");
  await page.keyboard.press("Enter");
  await task(page, 3).getByRole("combobox", { name: "Cơ quan chủ trì" }).fill("MTTQ");
  await page.keyboard.press("Enter");

  // "Việc A" goes under "Nhóm việc" by keyboard.
  await task(page, 2).getByLabel("Nội dung nhiệm vụ").focus();
  await page.keyboard.press("Alt+Shift+ArrowRight");
  await expect(page.getByRole("heading", { name: "Nhiệm vụ 1.1" })).toBeVisible();
  // "Việc B" is dragged by its handle to just after "Việc A", inside the same task.
  await dragTask(
    page,
    task(page, 2).locator(".pb-task__handle"),
    page.locator(".pb-tasks--nested .pb-task__card"),
    0.85,
  );
  await expect(page.getByRole("heading", { name: "Nhiệm vụ 1.2" })).toBeVisible();
  await expect(page.locator(".pb-task")).toHaveCount(3);

  await page.getByRole("button", { name: "Gợi ý từ các nhiệm vụ…" }).click();
  const duties = page.getByRole("dialog", { name: "Gợi ý nhiệm vụ của từng cơ quan" });
  await expect(duties).toContainText("Chủ trì thực hiện nhiệm vụ số 1.1 tại Mục III của Kế hoạch");
  await expect(duties).toContainText("Ủy ban Mặt trận Tổ quốc Việt Nam xã");
  await expect(duties).toContainText("Chủ trì thực hiện nhiệm vụ số 1.2 tại Mục III của Kế hoạch");
  await expectNoAxeViolations(page, "the duty suggestions");
  await duties.getByRole("button", { name: "Thêm 2 mục" }).click();
  await expect(page.locator('[data-path="implementation[1].agency"]').first()).toBeAttached();

  await page.getByRole("button", { name: "Gợi ý từ các cơ quan tham gia…" }).click();
  const recipients = page.getByRole("dialog", { name: "Gợi ý nơi nhận" });
  await expect(recipients).toContainText("Phòng Văn hóa - Xã hội");
  await recipients.getByRole("button", { name: /^Thêm \d+ nơi nhận$/ }).click();
  await expect(page.getByLabel("Nơi nhận 1", { exact: true })).toHaveValue("Phòng Văn hóa - Xã hội");

  // Issued by a decision: the document becomes the QĐ, with the plan attached to it.
  await page.getByLabel("Kế hoạch được ban hành kèm theo một quyết định").check();
  const preview = page.getByRole("document", { name: "Xem trước văn bản" });
  await expect(preview).toContainText("QUYẾT ĐỊNH");
  await expect(preview).toContainText("Điều 1.");
  await expect(preview).toContainText("Ban hành kèm theo Quyết định");
});

/** A mouse drag from a task's handle to a point of another card (0 = its top, 1 = its bottom). */
async function dragTask(page: Page, handle: Locator, target: Locator, at: number) {
  // The handle at the foot of the screen, so that the card above it is on screen too; the page
  // may still be settling (a moved task is scrolled to for a few frames): until it stays put.
  await handle.evaluate(async (el) => {
    let last = "";
    for (let frame = 0; frame < 120; frame++) {
      el.scrollIntoView({ block: "end" });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const box = el.getBoundingClientRect();
      const now = `${box.x},${box.y},${window.scrollY}`;
      if (now === last) return;
      last = now;
    }
  });
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("The task handle or the drop target is not on screen.");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y - 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height * at, { steps: 10 });
  await page.mouse.up();
}
