import { execFileSync } from "node:child_process";
import { expect } from "@playwright/test";
import { test } from "./support.js";

// The preview's text reads as the document reads: every word wrapped inside a table cell or a
// paragraph stays a word ("Tổ chức hội nghị", never "Tổchức hộinghị"), so what a screen reader
// reads and what Ctrl+F finds in the preview are the words poppler's pdftotext reads from the
// very PDF the preview draws.

const words = (text: string) => text.split(/\s+/u).filter(Boolean);

test("the sample plan's preview has the words pdftotext reads from its PDF, in order", async ({ page }) => {
  await page.goto("./#/mau");
  const preview = page.getByRole("document", { name: "Xem trước văn bản" });
  await expect(page.locator(".pb-preview__status")).toHaveText(/^\d+ trang/);
  const pages = await page.locator(".pb-page").count();
  expect(pages).toBeGreaterThan(1);
  // Each page's text comes when the page is idle.
  await expect(preview.locator(".textLayer")).toHaveCount(pages, { timeout: 30_000 });

  // The PDF the preview draws: the sample is complete, so it is the exported one, byte for byte.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất PDF" }).click();
  const file = await (await download).path();
  const pdfWords = words(
    execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }),
  );

  const previewWords = words(
    (await preview
      .locator(".textLayer")
      .evaluateAll((layers) => layers.map((l) => l.textContent).join(" "))) ?? "",
  );
  expect(previewWords.length).toBeGreaterThan(1000);
  expect(previewWords).toEqual(pdfWords);
  const text = previewWords.join(" ");
  expect(text).toContain("Tổ chức Hội thi “Tìm hiểu cải cách hành chính và chính quyền địa phương hai cấp”");
  expect(text).toContain("Phòng Văn hóa - Xã hội");
  expect(text).not.toMatch(/Tổchức|hộinghị|Vănhóa/u);
});
