import { expect, type Page } from "@playwright/test";
import { test } from "./support.js";

// Hostile text in the editor: bidirectional controls are dropped as they are typed or pasted (a
// title "\u202Egnp.exe" would show as "exe.png"), and a very long word wraps instead of pushing
// the heading out of the page.

async function newPlan(page: Page): Promise<void> {
  await page.goto("./");
  await page.getByRole("button", { name: "Tạo kế hoạch mới" }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Tạo và mở" }).click();
  await expect(page.getByText(/· Dự thảo$/)).toBeVisible();
}

test("drops bidirectional controls from what is typed or pasted, in the field, the heading and the store", async ({
  page,
}) => {
  await newPlan(page);
  const title = page.getByLabel("Trích yếu (tên kế hoạch)");
  await title.fill("\u202egnp.exe \u2066Kế hoạch\u2069");
  await expect(title).toHaveValue("gnp.exe Kế hoạch");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("gnp.exe Kế hoạch");
  await expect(page.locator(".pb-save-state")).toHaveText(/^Đã lưu lúc/);
  await page.reload();
  await expect(page.getByLabel("Trích yếu (tên kế hoạch)")).toHaveValue("gnp.exe Kế hoạch");
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`wraps a 900-character title without spaces inside the heading at ${size.width}×${size.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await newPlan(page);
    const long = "Tuyêntruyềncảicáchhànhchính".repeat(40).slice(0, 900);
    await page.getByLabel("Trích yếu (tên kế hoạch)").fill(long);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(long);
    const fits = await heading.evaluate((h) => ({
      inside: h.scrollWidth <= h.clientWidth + 1,
      right: h.getBoundingClientRect().right <= document.documentElement.clientWidth + 1,
    }));
    expect(fits).toEqual({ inside: true, right: true });
  });
}
