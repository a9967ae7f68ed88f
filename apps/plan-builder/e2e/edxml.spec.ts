import { readFile } from "node:fs/promises";
import { readEdxml } from "@kehoach/edxml";
import { inspectPdf } from "@kehoach/pdf-inspect";
import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations, test } from "./support.js";

// "Xuất gói edXML": the plan as a QCVN 102:2016 package, read back with @kehoach/edxml's reader,
// field by field; addressed by the directory's codes (a build of the app for a directory that has
// them, e2e/edxml-site); refused, reason by reason, where the directory has none.

const SAMPLE_TITLE = "Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên";
const WITH_CODES = "http://127.0.0.1:4190/plan-builder/";

async function openSample(page: Page, base = "./") {
  await page.goto(`${base}#/mau`);
  await expect(page.getByRole("heading", { level: 1, name: SAMPLE_TITLE })).toBeVisible();
}

test("exports the issued plan as an edXML package that reads back field by field", async ({ page }) => {
  await openSample(page, WITH_CODES);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất gói edXML" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`Mẫu - Kế hoạch 15-KH-UBND - ${SAMPLE_TITLE}.edxml`);
  const message = readEdxml(await readFile((await file.path()) as string, "utf8"));

  // The directory's codes: the sender, and the one nơi nhận that has a code.
  expect(message.from).toMatchObject({ organId: "000.01.00.Z99", organName: "Ủy ban nhân dân xã Kim Liên" });
  expect(message.to.map((o) => [o.organId, o.organName])).toEqual([
    ["000.19.00.Z99", "Sở Nội vụ tỉnh Nghệ An"],
    ["000.10.00.Z99", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
    ["000.07.00.Z99", "Các cơ quan, đơn vị thuộc UBND xã"],
    ["000.16.00.Z99", "Trưởng các thôn"],
  ]);
  expect(message.code).toEqual({ number: "15", notation: "KH-UBND" });
  expect(message.promulgation).toEqual({ place: "Kim Liên", date: "2026/01/20" });
  expect(message.documentType).toMatchObject({ type: 10, typeName: "Kế hoạch" });
  expect(message.subject).toBe(SAMPLE_TITLE);
  expect(message.signer.fullName).toBe("Trần Thị Minh Hương");
  expect(message.documentId).toBe("000.01.00.Z99,2026/01/20,15/KH-UBND");
  expect(message.toPlaces).toContain("Sở Nội vụ tỉnh Nghệ An (để b/c)");

  // The PDF and the Word file, named after the plan, are the documents themselves.
  const [pdf, docx] = message.attachments;
  expect(pdf?.name).toBe(`Mẫu - Kế hoạch 15-KH-UBND - ${SAMPLE_TITLE}.pdf`);
  expect(pdf?.contentType).toBe("application/pdf");
  const read = await inspectPdf(pdf?.data as Uint8Array);
  expect(read.text.replace(/\s+/g, " ")).toContain(SAMPLE_TITLE);
  expect(docx?.name).toBe(`Mẫu - Kế hoạch 15-KH-UBND - ${SAMPLE_TITLE}.docx`);
  expect([...(docx?.data.slice(0, 2) ?? [])]).toEqual([0x50, 0x4b]);

  // Said once: made, and who will not receive it through the exchange.
  const outcome = page.getByRole("alert").filter({ hasText: `${SAMPLE_TITLE}.edxml` });
  await expect(outcome).toContainText("không nhận được qua trục liên thông");
  await expect(outcome).toContainText("TT Đảng ủy, TT HĐND xã (để b/c)");
  await expectNoAxeViolations(page, "the edXML export's outcome");
});

test("refuses the package, reason by reason, where the directory has no codes", async ({ page }) => {
  await openSample(page);
  await page.getByRole("button", { name: "Xuất gói edXML" }).click();
  const refused = page.getByRole("alert").filter({ hasText: "Chưa tạo được gói edXML" });
  await expect(refused).toContainText(
    'cơ quan ban hành "Ủy ban nhân dân xã Kim Liên" chưa có mã định danh điện tử (edocCode) trong danh mục',
  );
  await expect(refused).toContainText("không nơi nhận nào có mã định danh điện tử trong danh mục");
});
