import { expect, type Locator, type Page } from "@playwright/test";
import { task, test } from "./support.js";

// The keyboard on a slow office computer: whatever moves the focus (a new task, a new list item,
// a task moved by keys) has moved it before the next key is handled, so nothing typed right after
// is lost; and closing a dialog gives the focus back to what opened it.

async function newPlan(page: Page): Promise<void> {
  await page.goto("./");
  await page.getByRole("button", { name: "Tạo kế hoạch mới" }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Tạo và mở" }).click();
  await expect(page.getByText(/· Dự thảo$/)).toBeVisible();
}

/** Chromium's own CPU throttling: every task of the page runs `rate` times slower. */
async function throttleCpu(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

/**
 * A person's click and the typing right after it: the pointer pressed and released on the control
 * (raw input events, nothing waited for after them), then the keys one by one at once.
 */
async function clickThenType(page: Page, target: Locator, text: string): Promise<void> {
  await target.hover();
  await page.mouse.down();
  await page.mouse.up();
  await page.keyboard.type(text);
}

test("keeps every key typed right after a click or a key that adds a field, on a CPU six times slower", async ({
  page,
}) => {
  // Everything runs six times slower: the time budget follows (the test waits for no clock).
  test.slow();
  await newPlan(page);
  await throttleCpu(page, 6);

  // Typed at once after the click, key by key, without waiting for anything.
  const first = "Hội nghị đối thoại";
  await clickThenType(page, page.getByRole("button", { name: "Thêm nhiệm vụ", exact: true }), first);
  await expect(task(page, 1).getByLabel("Nội dung nhiệm vụ")).toHaveValue(first);

  // Ctrl+Enter in a task adds the next one: the keys after it belong to the new task.
  const second = "Đăng tin, bài";
  await page.keyboard.press("Control+Enter");
  await page.keyboard.type(second);
  await expect(task(page, 2).getByLabel("Nội dung nhiệm vụ")).toHaveValue(second);
  await expect(task(page, 1).getByLabel("Nội dung nhiệm vụ")).toHaveValue(first);

  // A group, then a sub-task by Ctrl+Shift+Enter.
  await clickThenType(
    page,
    page.getByRole("button", { name: "Thêm nhóm nhiệm vụ", exact: true }),
    "Nhóm việc",
  );
  await expect(task(page, 3).getByLabel("Tên nhóm nhiệm vụ")).toHaveValue("Nhóm việc");
  await page.keyboard.press("Control+Shift+Enter");
  await page.keyboard.type("Việc con");
  await expect(page.locator('[data-path="tasks[2].children[0].title"]')).toHaveValue("Việc con");

  // Moving a task by keys keeps the keyboard in it: what follows is typed at its end.
  await task(page, 2).getByLabel("Nội dung nhiệm vụ").focus();
  await page.keyboard.press("Alt+ArrowUp");
  await page.keyboard.type(" mới");
  await expect(task(page, 1).getByLabel("Nội dung nhiệm vụ")).toHaveValue(`${second} mới`);

  // A new list item (a purpose) takes the keys typed after its button.
  const purposes = page.locator('[data-path^="purposes["]');
  const count = await purposes.count();
  await clickThenType(page, page.getByRole("button", { name: "Thêm mục đích" }), "Nâng cao");
  await expect(purposes).toHaveCount(count + 1);
  await expect(purposes.last()).toHaveValue("Nâng cao");

  // Moved up by keys (list items are kept by position), the item keeps the keyboard.
  await page.keyboard.press("Alt+ArrowUp");
  await page.keyboard.type(" nhận thức");
  await expect(purposes.nth(count - 1)).toHaveValue("Nâng cao nhận thức");
});

test("gives the focus back to the button that opened a dialog closed with Escape", async ({ page }) => {
  await page.goto("./");
  const create = page.getByRole("button", { name: "Tạo kế hoạch mới" }).first();
  await create.click();
  await expect(page.getByRole("dialog", { name: "Tạo kế hoạch mới" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(create).toBeFocused();

  await create.click();
  await page.getByRole("dialog").getByRole("button", { name: "Tạo và mở" }).click();
  const issue = page.getByRole("button", { name: "Ban hành…" });
  await issue.click();
  await expect(page.getByRole("dialog", { name: "Ban hành kế hoạch" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(issue).toBeFocused();

  // Cancel does the same.
  await issue.click();
  await page.getByRole("dialog").getByRole("button", { name: "Hủy" }).click();
  await expect(issue).toBeFocused();
});
