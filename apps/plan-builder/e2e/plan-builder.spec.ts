import { readFile } from "node:fs/promises";
import { type InspectedPage, inspectPdf } from "@kehoach/pdf-inspect";
import { expect, type Page, test } from "@playwright/test";

// The walking skeleton's promise, checked in a real browser: the builder opens with the sample
// plan, an edit survives a reload (IndexedDB), and the exported PDF says what was typed, in the
// same Vietnamese.

const EDITED_TASK = "Phát thanh về dịch vụ công trực tuyến ở 12 thôn, mỗi tuần một lần, thời lượng 15 phút";
const NEW_TASK = "Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng";
const NEW_TITLE = "Thông tin, tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên";

async function waitForSave(page: Page) {
  await expect(page.locator(".pb-save-state")).toHaveText(/^Đã lưu lúc/);
}

test.beforeEach(async ({ page }) => {
  await page.goto("./");
  await waitForSave(page);
});

test("opens with the sample plan and shows it as a văn bản", async ({ page }) => {
  await expect(page.getByRole("heading", { level: 1, name: "Soạn kế hoạch" })).toBeVisible();
  await expect(page.getByLabel("Trích yếu (tên kế hoạch)")).toHaveValue(
    "Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên",
  );
  await expect(page.getByRole("heading", { name: "Nhiệm vụ (14)" })).toBeVisible();
  const preview = page.getByRole("document", { name: "Xem trước văn bản" });
  await expect(preview).toContainText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  await expect(preview).toContainText("Kim Liên, ngày 20 tháng 01 năm 2026");
  await expect(preview).toContainText("KẾ HOẠCH");
});

test("keeps an edited task, a new task and the title through a reload, and exports them to PDF", async ({
  page,
}) => {
  const third = page.getByRole("group", { name: "Nhiệm vụ 3", exact: true });
  await third.getByLabel("Nội dung nhiệm vụ").fill(EDITED_TASK);
  await page.getByLabel("Trích yếu (tên kế hoạch)").fill(NEW_TITLE);

  await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
  const added = page.getByRole("group", { name: "Nhiệm vụ 15", exact: true });
  await expect(added.getByLabel("Nội dung nhiệm vụ")).toBeFocused();
  await page.keyboard.type(NEW_TASK);
  await added.getByLabel("Cơ quan chủ trì").fill("Phòng Văn hóa - Xã hội");
  await added.getByLabel("Thời gian thực hiện").fill("Quý III/2026");
  await waitForSave(page);

  await page.reload();
  await waitForSave(page);
  await expect(
    page.getByRole("group", { name: "Nhiệm vụ 3", exact: true }).getByLabel("Nội dung nhiệm vụ"),
  ).toHaveValue(EDITED_TASK);
  await expect(
    page.getByRole("group", { name: "Nhiệm vụ 15", exact: true }).getByLabel("Nội dung nhiệm vụ"),
  ).toHaveValue(NEW_TASK);
  await expect(page.getByLabel("Trích yếu (tên kế hoạch)")).toHaveValue(NEW_TITLE);
  await expect(page.getByRole("document", { name: "Xem trước văn bản" })).toContainText(EDITED_TASK);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất PDF" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`Kế hoạch 15-KH-UBND - ${NEW_TITLE}.pdf`);
  await expect(page.locator(".pb-export-state")).toHaveText(/^Đã tạo tệp/);

  const pdf = await inspectPdf(new Uint8Array(await readFile((await file.path()) as string)));
  const allText = pdf.text.replace(/\s+/g, " ");
  expect(allText).toContain(NEW_TITLE);
  const drawn = pdf.pages.map(streamText).join(" ");
  expect(drawn).toContain(EDITED_TASK);
  expect(drawn).toContain(NEW_TASK);
  expect(pdf.text.normalize("NFC")).toBe(pdf.text);
});

test("asks before removing a task, and removes it only on confirmation", async ({ page }) => {
  const first = page.getByRole("group", { name: "Nhiệm vụ 1", exact: true });
  const content = await first.getByLabel("Nội dung nhiệm vụ").inputValue();
  await first.getByRole("button", { name: "Xóa nhiệm vụ 1" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Xóa nhiệm vụ 1?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Hủy" }).click();
  await expect(page.getByRole("heading", { name: "Nhiệm vụ (14)" })).toBeVisible();

  await first.getByRole("button", { name: "Xóa nhiệm vụ 1" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Xóa" }).click();
  await expect(page.getByRole("heading", { name: "Nhiệm vụ (13)" })).toBeVisible();
  await expect(
    page.getByRole("group", { name: "Nhiệm vụ 1", exact: true }).getByLabel("Nội dung nhiệm vụ"),
  ).not.toHaveValue(content);
  // Closing the dialog must give the page back its pointer (a known Radix failure).
  await expect(page.locator("body")).not.toHaveCSS("pointer-events", "none");
});

test("shows hostile text as text in the preview", async ({ page }) => {
  await page
    .getByLabel("Trích yếu (tên kế hoạch)")
    .fill('<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>');
  const preview = page.getByRole("document", { name: "Xem trước văn bản" });
  await expect(preview).toContainText("<script>window.__pwned=1</script>");
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(preview.locator("img")).toHaveCount(0);
});

/**
 * Text in the order it was drawn. pdfmake draws a table cell's lines one after another, so a
 * cell's text stays together; a change of line counts as a space.
 */
function streamText(page: InspectedPage): string {
  let out = "";
  let lastY: number | undefined;
  for (const run of page.runs) {
    if (lastY !== undefined && Math.abs(run.y - lastY) > 1) out += " ";
    out += run.text;
    lastY = run.y;
  }
  return out.replace(/\s+/g, " ");
}
