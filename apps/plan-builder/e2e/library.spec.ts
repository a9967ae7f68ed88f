import { readFile } from "node:fs/promises";
import { inspectPdf } from "@kehoach/pdf-inspect";
import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations, streamText, test } from "./support.js";

// The library: the sample plan shown as the sample and never stored, a draft made from it carried
// forward to next year with its review list, the PDF exported and read back, a broken JSON file
// refused with nothing stored changed, a good file imported beside the original, search, delete
// with its undo beside the list, and the English interface.

const SAMPLE_TITLE = "Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên";

async function openSample(page: Page) {
  await page.goto("./#/mau");
  await expect(page.getByRole("heading", { level: 1, name: SAMPLE_TITLE })).toBeVisible();
}

/** A draft of the user's own, made from the sample; the library is shown after it. */
async function draftFromSample(page: Page) {
  await openSample(page);
  await page.getByRole("button", { name: "Tạo bản nháp từ mẫu này" }).click();
  await expect(page.getByText("Năm 2026 · Dự thảo")).toBeVisible();
  await page.getByRole("link", { name: "← Danh sách kế hoạch" }).click();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
}

test("shows the sample as the sample, stores it nowhere, and makes a draft of the user's from it", async ({
  page,
}) => {
  await openSample(page);
  await expect(page.getByText("Kế hoạch mẫu, chỉ để xem")).toBeVisible();
  await expect(page.locator(".pb-topbar").getByText("Kế hoạch mẫu")).toBeVisible();
  await expect(page.locator(".pb-save-state")).toHaveText("Chỉ để xem, không lưu");
  await expect(page.getByLabel("Trích yếu (tên kế hoạch)")).toBeDisabled();
  await expectNoAxeViolations(page, "the sample plan (read-only)");
  await page.getByRole("link", { name: "← Danh sách kế hoạch" }).click();
  await expect(page.getByRole("heading", { name: "Chưa có kế hoạch nào" })).toBeVisible();

  await draftFromSample(page);
  const row = page.getByRole("table").getByRole("row", { name: new RegExp(SAMPLE_TITLE) });
  await expect(row).toContainText("Dự thảo");
  await expect(row).not.toContainText("Kế hoạch mẫu");
});

test("carries the plan forward to the next year and lists what to review", async ({ page }) => {
  await draftFromSample(page);

  await page.getByRole("button", { name: `Chuyển sang năm 2027: “${SAMPLE_TITLE}”` }).click();
  const title = "Tuyên truyền cải cách hành chính năm 2027 trên địa bàn xã Kim Liên";
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Năm 2027 · Dự thảo")).toBeVisible();
  await expect(page.getByLabel("Năm kế hoạch")).toHaveValue("2027");
  await expect(page.locator('[data-path="tasks[8].time"]')).toHaveValue("Quý III/2027");
  const review = page.getByText(/Chuyển năm: \d+ mục cần xem lại/);
  await expect(review).toBeVisible();
  await page.getByRole("button", { name: "Căn cứ 2 › Nội dung" }).click();
  await expect(page.getByLabel("Căn cứ 2", { exact: true })).toBeFocused();
  await expectNoAxeViolations(page, "a plan carried forward, with its review list");

  await page.getByRole("link", { name: "← Danh sách kế hoạch" }).click();
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row", { name: new RegExp(title) })).toContainText("Dự thảo");
  await expect(table.getByRole("row", { name: new RegExp(SAMPLE_TITLE) })).toContainText("Dự thảo");
  await expectNoAxeViolations(page, "the library with plans");
});

test("exports the PDF, and the file holds the plan's text", async ({ page }) => {
  await openSample(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất PDF" }).click();
  const file = await download;
  // A file made from the sample says so.
  expect(file.suggestedFilename()).toBe(`Mẫu - Kế hoạch 15-KH-UBND - ${SAMPLE_TITLE}.pdf`);
  const pdf = await inspectPdf(new Uint8Array(await readFile((await file.path()) as string)));
  expect(pdf.text.replace(/\s+/g, " ")).toContain(SAMPLE_TITLE);
  const drawn = pdf.pages.map(streamText).join(" ");
  expect(drawn).toContain("Tổ chức Hội thi “Tìm hiểu cải cách hành chính và chính quyền địa phương hai cấp”");
  expect(drawn).toContain("Trần Thị Minh Hương");
  expect(pdf.text.normalize("NFC")).toBe(pdf.text);

  // Printing prints those same pages, drawn from the PDF, and nothing else of the page.
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { __printed: number }).__printed =
        document.querySelectorAll(".pb-print-pages img").length;
    };
  });
  await page.getByRole("button", { name: "In", exact: true }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed))
    .toBe(pdf.pages.length);
  await expect(page.locator("html")).toHaveClass(/\bpb-printing\b/);
});

test("exports the same plan as an editable Word file that a real client reads back", async ({ page }) => {
  await openSample(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất Word" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`Mẫu - Kế hoạch 15-KH-UBND - ${SAMPLE_TITLE}.docx`);
  await expect(page.getByText(`Đã tạo tệp Mẫu - Kế hoạch 15-KH-UBND - ${SAMPLE_TITLE}.docx`)).toBeVisible();
  const { convertDocxToPdf } = await import("@kehoach/pdf-inspect/libreoffice");
  const converted = await convertDocxToPdf([
    { name: "ke-hoach", bytes: new Uint8Array(await readFile((await file.path()) as string)) },
  ]);
  const pdf = await inspectPdf(converted.get("ke-hoach") as Uint8Array);
  expect(pdf.text.replace(/\s+/g, " ")).toContain(SAMPLE_TITLE);
  expect(pdf.pages.map(streamText).join(" ")).toContain("Trần Thị Minh Hương");
});

test("refuses a broken JSON file, saying what and where, and changes nothing stored", async ({ page }) => {
  await draftFromSample(page);

  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "chọn tệp từ máy" }).click();
  const broken = JSON.stringify({ schemaVersion: 2, id: "x", planYear: "năm sau", title: 5 });
  await (await chooser).setFiles({
    name: "kế hoạch hỏng.json",
    mimeType: "application/json",
    buffer: Buffer.from(broken),
  });
  const alert = page.getByRole("alert").filter({ hasText: "Không nhập được tệp" });
  await expect(alert).toContainText("Không nhập được tệp “kế hoạch hỏng.json”");
  await expect(alert).toContainText("Không có kế hoạch nào bị thay đổi");
  await expect(alert).toContainText("Năm kế hoạch");
  await expect(alert).toContainText("(planYear)");
  await expect(alert).toContainText("Trích yếu");
  await expectNoAxeViolations(page, "the library refusing a file");
  // In English, the same problems in English: none of them is marked as Vietnamese text.
  await page.getByRole("button", { name: "English" }).click();
  const english = page.getByRole("alert").filter({ hasText: "could not be imported" });
  await expect(english).toContainText("Plan year");
  await expect(english).toContainText("(planYear)");
  await expect(english).toContainText("Wrong type of data: expected a number.");
  await expect(english).not.toContainText("Năm kế hoạch");
  await expect(english.locator("li [lang='vi']")).toHaveCount(0);
  await expectNoAxeViolations(page, "the library refusing a file, in English");
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await page.reload();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("table")).toContainText(SAMPLE_TITLE);

  // A good file whose plan is already stored comes in beside it, as a copy.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: `Xuất JSON: “${SAMPLE_TITLE}”` }).click();
  const json = await readFile((await (await download).path()) as string);
  const chooser2 = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "chọn tệp từ máy" }).click();
  await (await chooser2).setFiles({ name: "mau.json", mimeType: "application/json", buffer: json });
  await expect(page.getByText(`Đã nhập kế hoạch “${SAMPLE_TITLE}” thành một bản riêng`)).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);
});

test("searches, duplicates and deletes with undo, in Vietnamese or English", async ({ page }) => {
  await draftFromSample(page);
  await page.getByRole("button", { name: `Nhân bản: “${SAMPLE_TITLE}”` }).click();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);

  await page.getByLabel("Tìm kế hoạch").fill("ban sao");
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
  await page.getByLabel("Tìm kế hoạch").fill("");

  await page.getByRole("button", { name: `Xóa: “${SAMPLE_TITLE} (bản sao)”` }).click();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
  // The undo is beside the list, and has the keyboard (the row's buttons are gone).
  const undo = page.getByRole("button", { name: "Hoàn tác" });
  await expect(undo).toBeFocused();
  const [undoBox, tableBox] = await Promise.all([undo.boundingBox(), page.getByRole("table").boundingBox()]);
  expect(tableBox && undoBox && tableBox.y - (undoBox.y + undoBox.height)).toBeLessThan(120);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Saved plans" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page, "the library in English");
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kế hoạch đã lưu" })).toBeVisible();
});
