import { readFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import { controlQuota } from "../../../browser-quota.shared.ts";
import { test, waitForSaved } from "./support.js";

// When the browser refuses to store (its quota is full), nothing is lost and nothing pretends:
// the header says the plan is not saved, in words (never the browser's message), what was typed
// stays and comes back after a reload, the save is tried again, and a new plan or an import that
// could not be stored keeps its dialog or its file for another try. The quota is Chromium's own,
// lowered through the debugging protocol (browser-quota.shared.ts), so IndexedDB really refuses.

async function newPlan(page: Page): Promise<void> {
  await page.goto("./");
  await page.getByRole("button", { name: "Tạo kế hoạch mới" }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Tạo và mở" }).click();
  await expect(page.getByText(/· Dự thảo$/)).toBeVisible();
}

const ORIGIN = "http://127.0.0.1:4180";

const saveState = (page: Page) => page.locator(".pb-save-state");

test("says an edit is not saved when the browser refuses it, keeps it across a reload, and saves it once it can", async ({
  page,
}) => {
  const quota = await controlQuota(page, ORIGIN);
  await newPlan(page);
  await waitForSaved(page);
  await quota.full();

  const title = page.getByLabel("Trích yếu (tên kế hoạch)");
  await title.fill("Kế hoạch gõ khi bộ nhớ trình duyệt đã đầy");
  await expect(saveState(page)).toHaveText(/^Chưa lưu được/);
  await expect(saveState(page)).not.toHaveText(/Quota|Error|exceeded/i);
  const alert = page.getByRole("alert").filter({ hasText: "Chưa lưu được những thay đổi mới nhất" });
  await expect(alert).toContainText("Bộ nhớ dành cho trang này trong trình duyệt đã đầy");
  await expect(alert).toContainText("vẫn còn trên trang này");

  // Still refused after a reload: what was typed comes back from the journal, and is still unsaved.
  await page.reload();
  await expect(page.getByLabel("Trích yếu (tên kế hoạch)")).toHaveValue(
    "Kế hoạch gõ khi bộ nhớ trình duyệt đã đầy",
  );
  await expect(page.getByText("Đã khôi phục những thay đổi chưa kịp lưu lần trước.")).toBeVisible();
  await expect(saveState(page)).toHaveText(/^Chưa lưu được/);

  // Room again: the next try saves it, and the header says so only then.
  await quota.room();
  await page.getByRole("button", { name: "Thử lưu lại ngay" }).click();
  await waitForSaved(page);
  await expect(page.getByRole("alert").filter({ hasText: "Chưa lưu được" })).toHaveCount(0);
  await page.reload();
  await waitForSaved(page);
  await expect(page.getByLabel("Trích yếu (tên kế hoạch)")).toHaveValue(
    "Kế hoạch gõ khi bộ nhớ trình duyệt đã đầy",
  );
});

test("tries the save again by itself once the browser has room", async ({ page }) => {
  const quota = await controlQuota(page, ORIGIN);
  await newPlan(page);
  await waitForSaved(page);
  await quota.full();
  // One edit, so one save: refused, it is tried again with nothing more typed.
  await page.getByLabel("Trích yếu (tên kế hoạch)").fill("Kế hoạch lưu lại sau khi có chỗ");
  await expect(saveState(page)).toHaveText(/^Chưa lưu được/);
  await expect(page.getByRole("alert").filter({ hasText: "Chưa lưu được" })).toContainText("tự thử lưu lại");
  await quota.room();
  await waitForSaved(page);
});

test("keeps the new-plan dialog open when the plan cannot be stored, and creates it on another try", async ({
  page,
}) => {
  const quota = await controlQuota(page, ORIGIN);
  await page.goto("./");
  await expect(page.getByRole("heading", { name: "Chưa có kế hoạch nào" })).toBeVisible();
  await quota.full();
  await page.getByRole("button", { name: "Tạo kế hoạch mới" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Tạo kế hoạch mới" });
  await dialog.getByLabel("Năm kế hoạch").fill("2031");
  await dialog.getByRole("button", { name: "Tạo và mở" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Chưa tạo được kế hoạch");
  await expect(dialog.getByRole("alert")).toContainText("Bộ nhớ dành cho trang này trong trình duyệt đã đầy");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Năm kế hoạch")).toHaveValue("2031");

  await quota.room();
  await dialog.getByRole("button", { name: "Tạo và mở" }).click();
  await expect(page.getByText("Năm 2031 · Dự thảo")).toBeVisible();
});

test("keeps an imported file for another try when it cannot be stored, and stores nothing meanwhile", async ({
  page,
}) => {
  const quota = await controlQuota(page, ORIGIN);
  // A plan file to import: the sample, exported.
  await page.goto("./#/mau");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tuyên truyền");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất JSON" }).click();
  const json = await readFile((await (await download).path()) as string);
  await page.goto("./");
  const empty = page.getByRole("heading", { name: "Chưa có kế hoạch nào" });
  await expect(empty).toBeVisible();

  await quota.full();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "chọn tệp từ máy" }).click();
  await (await chooser).setFiles({ name: "kế hoạch.json", mimeType: "application/json", buffer: json });
  const alert = page.getByRole("alert").filter({ hasText: "Chưa nhập được tệp “kế hoạch.json”" });
  await expect(alert).toContainText("Bộ nhớ dành cho trang này trong trình duyệt đã đầy");
  await expect(alert).toContainText("tệp vẫn được giữ ở đây để thử lại");
  await expect(page.getByText(/Đã nhập kế hoạch/)).toHaveCount(0);
  await expect(empty).toBeVisible();

  await quota.room();
  await alert.getByRole("button", { name: "Thử lại" }).click();
  await expect(page.getByText(/Đã nhập kế hoạch “Tuyên truyền/)).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
});
