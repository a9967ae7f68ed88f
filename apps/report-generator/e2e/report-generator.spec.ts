import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { inspectPdf } from "@kehoach/pdf-inspect";
import { type Download, expect, type Locator, type Page, test } from "@playwright/test";

// The report generator's promise, in a real browser: progress entered for Quý II 2026 of the
// sample plan, return files out to two agencies, both filled in the app as the agencies would,
// imported back (one conflicting with a later edit of the office, settled by the user), a return
// for the wrong period refused with nothing changed, and the báo cáo's PDF carrying the right
// totals, the overdue task and the period's dates. Every view is checked with axe.

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");

const OVERDUE_TASK =
  "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 và hướng dẫn các thôn triển khai";
const PROPOSAL = "Đề nghị Sở Nội vụ cấp tài liệu tuyên truyền về dịch vụ công trực tuyến cho 12 thôn.";

async function axeViolations(page: Page): Promise<string[]> {
  // As the other apps do: evaluated by the test driver, which the site's CSP (now on the preview) allows.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<Result> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
  });
}

async function text(download: Download): Promise<string> {
  return readFile((await download.path()) as string, "utf8");
}

function task(page: Page, number: number): Locator {
  return page.getByRole("region", { name: new RegExp(`^Nhiệm vụ ${number}\\. `) });
}

async function openTask(page: Page, number: number): Promise<Locator> {
  const card = task(page, number);
  await card.getByRole("button", { name: `Nhập tiến độ nhiệm vụ ${number}` }).click();
  return card;
}

async function addFigure(card: Locator, index: number, label: string, value: string, unit: string) {
  await card.getByRole("button", { name: "Thêm chỉ tiêu", exact: true }).click();
  await card.getByLabel(`Chỉ tiêu ${index}`, { exact: true }).fill(label);
  await card.getByLabel(`Số lượng ${index}`, { exact: true }).fill(value);
  await card.getByLabel(`Đơn vị ${index}`, { exact: true }).fill(unit);
}

async function tab(page: Page, name: string) {
  await page.getByRole("tab", { name, exact: true }).click();
}

async function exportReturn(page: Page, agency: string): Promise<string> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: `Xuất tệp cho ${agency}` }).click();
  return text(await download);
}

async function periodData(page: Page): Promise<{ file: string; entries: unknown }> {
  await tab(page, "Báo cáo");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất dữ liệu kỳ (JSON)" }).click();
  const file = await text(await download);
  const data = JSON.parse(file) as { entries: { id: string }[] };
  return { file, entries: data.entries.sort((a, b) => a.id.localeCompare(b.id)) };
}

function fileInput(page: Page, section: string): Locator {
  return page.getByRole("region", { name: section }).locator("input[type=file]");
}

const RETURNS_IN = "2. Nhập tệp các cơ quan gửi lại";

test("collects a quarter's progress from two agencies and issues the báo cáo", async ({ page }) => {
  await page.goto("./");
  await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: "Quý II" });
  await page.getByLabel("Năm", { exact: true }).fill("2026");
  await expect(page.locator(".rg-window")).toContainText("từ ngày 15/3/2026 đến ngày 14/6/2026");
  await expect(page.getByRole("heading", { name: "Tiến độ quý II năm 2026" })).toBeVisible();

  // The office enters what it knows: the portal's articles so far, the leaflet done on time.
  const portal = await openTask(page, 2);
  await portal.getByLabel("Tình trạng", { exact: true }).selectOption({ label: "Đang thực hiện trong hạn" });
  await portal
    .getByLabel("Kết quả thực hiện", { exact: true })
    .fill("Đăng tin, bài về dịch vụ công trực tuyến");
  await addFigure(portal, 1, "Tin, bài", "10", "tin, bài");
  const leaflet = await openTask(page, 6);
  await leaflet.getByLabel("Tình trạng", { exact: true }).selectOption({ label: "Đã hoàn thành đúng hạn" });
  await leaflet.getByLabel("Ngày hoàn thành", { exact: true }).fill("20/05/2026");
  await addFigure(leaflet, 1, "Tờ gấp", "2000", "tờ");
  await expect(leaflet.locator('[data-slot="status-pill"]')).toHaveText("Đã hoàn thành đúng hạn");
  // A status the dates contradict is flagged, not taken: task 1 was due on 31/3/2026.
  const first = await openTask(page, 1);
  await first.getByLabel("Tình trạng", { exact: true }).selectOption({ label: "Đang thực hiện trong hạn" });
  await expect(
    first.getByText(/Ghi “Đang thực hiện trong hạn” nhưng theo ngày tháng \(hạn 31\/3\/2026/),
  ).toBeVisible();
  await expect(first.locator('[data-slot="status-pill"]')).toHaveText("Đang thực hiện quá hạn");
  expect(await axeViolations(page)).toEqual([]);

  // Return files for two agencies: only their tasks, prefilled.
  await tab(page, "Thu thập từ cơ quan");
  const office = JSON.parse(await exportReturn(page, "Văn phòng HĐND và UBND xã"));
  const centre = JSON.parse(await exportReturn(page, "Trung tâm Phục vụ hành chính công xã"));
  expect(office.tasks.map((t: { id: string }) => t.id)).toEqual(["t02", "t11", "t12"]);
  expect(centre.tasks.map((t: { id: string }) => t.id)).toEqual(["t04", "t05"]);
  expect(office.entries).toHaveLength(1);
  expect(await axeViolations(page)).toEqual([]);

  // After sending, the office corrects task 2 itself: the agency's return will conflict with it.
  await tab(page, "Tiến độ");
  await (await openTask(page, 2))
    .getByLabel("Kết quả thực hiện", { exact: true })
    .fill("Đăng tin, bài (văn phòng sửa sau khi gửi)");

  // Each agency fills its file in the same app.
  await tab(page, "Cơ quan điền báo cáo");
  await page.locator("input[type=file]").setInputFiles({
    name: "van-phong.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(office)),
  });
  await expect(
    page.getByRole("heading", { name: "Báo cáo của Văn phòng HĐND và UBND xã — Quý II năm 2026" }),
  ).toBeVisible();
  // The agency rewrites the same result the office corrected (a conflict to decide) and adds
  // figures, which the office did not touch (taken without a question).
  const agencyPortal = await openTask(page, 2);
  await agencyPortal
    .getByLabel("Kết quả thực hiện", { exact: true })
    .fill("Đăng 15 tin, bài và 20 ảnh về dịch vụ công trực tuyến");
  await agencyPortal.getByLabel("Số lượng 1", { exact: true }).fill("15");
  await addFigure(agencyPortal, 2, "Ảnh", "20", "ảnh");
  const dialogue = await openTask(page, 11);
  await dialogue
    .getByLabel("Tình trạng", { exact: true })
    .selectOption({ label: "Đang thực hiện trong hạn" });
  await dialogue.getByLabel("Kết quả thực hiện", { exact: true }).fill("Chuẩn bị hội nghị đối thoại quý III");
  await page.getByLabel("Người điền báo cáo", { exact: true }).fill("Nguyễn Thị Lan");
  expect(await axeViolations(page)).toEqual([]);
  let download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Lưu tệp đã điền để gửi lại" }).click();
  const officeFilled = await text(await download);

  await page.locator("input[type=file]").setInputFiles({
    name: "trung-tam.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(centre)),
  });
  await expect(
    page.getByRole("heading", { name: /^Báo cáo của Trung tâm Phục vụ hành chính công xã/ }),
  ).toBeVisible();
  const guidance = await openTask(page, 5);
  await guidance
    .getByLabel("Tình trạng", { exact: true })
    .selectOption({ label: "Đang thực hiện trong hạn" });
  await addFigure(guidance, 1, "Lượt hướng dẫn", "120", "lượt người");
  download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Lưu tệp đã điền để gửi lại" }).click();
  const centreFilled = await text(await download);

  // A return for another period, to be refused.
  await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: "Quý I" });
  await tab(page, "Thu thập từ cơ quan");
  const wrongPeriod = await exportReturn(page, "Văn phòng HĐND và UBND xã");
  await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: "Quý II" });
  await expect(page.locator(".rg-window")).toContainText("từ ngày 15/3/2026 đến ngày 14/6/2026");

  // Both returns come back: the centre's merges at once, the office's asks about task 2.
  await tab(page, "Thu thập từ cơ quan");
  await fileInput(page, RETURNS_IN).setInputFiles([
    { name: "trung-tam-da-dien.json", mimeType: "application/json", buffer: Buffer.from(centreFilled) },
    { name: "van-phong-da-dien.json", mimeType: "application/json", buffer: Buffer.from(officeFilled) },
  ]);
  const dialog = page.getByRole("dialog", { name: "Số liệu khác nhau — Văn phòng HĐND và UBND xã" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("Đăng tin, bài (văn phòng sửa sau khi gửi)")).toBeVisible();
  await expect(dialog.getByText(/15 tin, bài; 20 ảnh/)).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Áp dụng lựa chọn" })).toBeDisabled();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByLabel("Dùng số liệu của cơ quan", { exact: true }).check();
  await dialog.getByRole("button", { name: "Áp dụng lựa chọn" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Đã nhập tệp của Trung tâm Phục vụ hành chính công xã")).toBeVisible();
  await expect(page.getByText("Đã nhập tệp của Văn phòng HĐND và UBND xã")).toBeVisible();

  // The wrong period is refused, and nothing changes.
  const before = await periodData(page);
  await tab(page, "Thu thập từ cơ quan");
  await fileInput(page, RETURNS_IN).setInputFiles({
    name: "quy-1.json",
    mimeType: "application/json",
    buffer: Buffer.from(wrongPeriod),
  });
  await expect(page.getByRole("alert").filter({ hasText: "dành cho kỳ Quý I năm 2026" })).toContainText(
    "không phải kỳ đang tổng hợp Quý II năm 2026 (số liệu 15/3/2026 – 14/6/2026). Không nhập tệp này; dữ liệu hiện có giữ nguyên.",
  );
  expect((await periodData(page)).entries).toEqual(before.entries);

  // The period data file reads back into the same period: nothing differs, nothing is asked.
  await tab(page, "Thu thập từ cơ quan");
  await fileInput(page, "3. Nhập tệp dữ liệu kỳ").setInputFiles({
    name: "du-lieu-ky.json",
    mimeType: "application/json",
    buffer: Buffer.from(before.file),
  });
  await expect(page.getByText("Đã nhập tệp dữ liệu kỳ")).toBeVisible();
  await expect(
    page.getByText(
      /Cập nhật 0 nhiệm vụ; giữ nguyên số liệu của văn phòng ở 0 nhiệm vụ; 14 nhiệm vụ không có thay đổi\./,
    ),
  ).toBeVisible();

  // Dashboard: text values beside the bars.
  await tab(page, "Tổng quan");
  const byStatus = page.getByRole("table", { name: "Biểu đồ 1. Nhiệm vụ theo tình trạng thực hiện" });
  await expect(byStatus.getByRole("row", { name: /Đã hoàn thành đúng hạn 1 7,1%/ })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Biểu đồ 2. Tỷ lệ hoàn thành theo cơ quan chủ trì" }),
  ).toContainText("Phòng Văn hóa - Xã hội");
  expect(await axeViolations(page)).toEqual([]);

  // The báo cáo: narrative prefilled and editable, then the PDF.
  await tab(page, "Báo cáo");
  await expect(page.getByLabel("Tồn tại, hạn chế và nguyên nhân", { exact: true })).toHaveValue(
    new RegExp(`Còn \\d+ nhiệm vụ quá hạn chưa hoàn thành: “${OVERDUE_TASK}”`),
  );
  await page.getByLabel("Đề xuất, kiến nghị", { exact: true }).fill(PROPOSAL);
  await page.getByLabel("Số báo cáo", { exact: true }).fill("42");
  const preview = page.getByRole("document", { name: "Xem trước báo cáo" });
  await expect(preview).toContainText("Kính gửi");
  await expect(preview).toContainText(PROPOSAL);
  await expect(page.getByLabel("Nội dung phần lồng ghép", { exact: true })).toHaveValue(
    /^1\. Công tác thông tin, tuyên truyền cải cách hành chính/,
  );
  expect(await axeViolations(page)).toEqual([]);

  download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất PDF" }).click();
  const pdfFile = await download;
  expect(pdfFile.suggestedFilename()).toMatch(/^Báo cáo Quý II năm 2026 - .*\.pdf$/);
  const pdf = await inspectPdf(new Uint8Array(await readFile((await pdfFile.path()) as string)));
  const all = pdf.text.replace(/\s+/g, " ");
  expect(all).toContain("Số: 42/BC-UBND");
  expect(all).toContain("Kính gửi: Sở Nội vụ tỉnh Nghệ An");
  expect(all).toContain("số liệu tính từ ngày 15/3/2026 đến ngày 14/6/2026");
  expect(all).toContain("Kết quả trong kỳ: 15 tin, bài; 20 ảnh.");
  expect(all).toContain("Kết quả trong kỳ: Tờ gấp: 2.000 tờ.");
  expect(all).toContain("Kết quả trong kỳ: Lượt hướng dẫn: 120 lượt người.");
  expect(all).toContain("đã hoàn thành 1/14 nhiệm vụ");
  expect(all).toContain(OVERDUE_TASK);
  expect(all).toContain(PROPOSAL);
  expect(all).toContain("BIỂU ĐỒ TIẾN ĐỘ THỰC HIỆN");

  // The same report as an editable Word file, read by a real client (LibreOffice) back to text.
  download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất Word" }).click();
  const wordFile = await download;
  expect(wordFile.suggestedFilename()).toMatch(/^Báo cáo Quý II năm 2026 - .*\.docx$/);
  const { convertDocxToPdf } = await import("@kehoach/pdf-inspect/libreoffice");
  const converted = await convertDocxToPdf([
    { name: "bao-cao", bytes: new Uint8Array(await readFile((await wordFile.path()) as string)) },
  ]);
  const word = (await inspectPdf(converted.get("bao-cao") as Uint8Array)).text.replace(/\s+/g, " ");
  expect(word).toContain("Số: 42/BC-UBND");
  expect(word).toContain("Kính gửi: Sở Nội vụ tỉnh Nghệ An");
  expect(word).toContain(OVERDUE_TASK);

  // The appendix as a spreadsheet: one row per task.
  download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Xuất Excel phụ lục" }).click();
  const ExcelJS = (await import("exceljs")).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await (await download).path()) as string);
  const sheet = book.getWorksheet("Phụ lục nhiệm vụ");
  expect(sheet?.rowCount).toBe(3 + 14);
  expect(sheet?.getRow(5).getCell(5).value).toBe("15 tin, bài; 20 ảnh");
});

test("carries unfinished work of Quý I into Quý II and keeps the report's data through a reload", async ({
  page,
}) => {
  await page.goto("./");
  await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: "Quý I" });
  await page.getByLabel("Năm", { exact: true }).fill("2026");
  await expect(page.locator(".rg-window")).toContainText("từ ngày 15/12/2025 đến ngày 14/3/2026");
  const first = await openTask(page, 1);
  await first.getByLabel("Tình trạng", { exact: true }).selectOption({ label: "Đang thực hiện trong hạn" });
  await first.getByLabel("Tỷ lệ hoàn thành (%)", { exact: true }).fill("60");
  await first.getByLabel("Kết quả thực hiện", { exact: true }).fill("Đã có dự thảo kế hoạch");
  await expect(page.locator(".rg-save-state")).toHaveText(/^Đã lưu lúc/);

  await page.reload();
  await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: "Quý II" });
  const carry = page.getByText("1 nhiệm vụ chưa hoàn thành ở kỳ trước");
  await expect(carry).toBeVisible();
  await expect(task(page, 1)).toContainText(
    "Kỳ trước (14/3/2026): đang thực hiện, 60% — Đã có dự thảo kế hoạch",
  );
  await page.getByRole("button", { name: "Chuyển sang kỳ này" }).click();
  await expect(carry).toBeHidden();
  await expect(task(page, 1)).toContainText("Chuyển từ kỳ trước.");
  await expect(task(page, 1).locator('[data-slot="status-pill"]')).toHaveText("Đang thực hiện quá hạn");
  await expect(task(page, 1)).toContainText("60%");
});

test("refuses a return the office did not issue, or that writes for another agency's task", async ({
  page,
}) => {
  await page.goto("./");
  await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: "Quý II" });
  await page.getByLabel("Năm", { exact: true }).fill("2026");
  await tab(page, "Thu thập từ cơ quan");
  const vhxh = JSON.parse(await exportReturn(page, "Phòng Văn hóa - Xã hội"));
  const before = await periodData(page);
  await tab(page, "Thu thập từ cơ quan");

  const attempts: [string, unknown, RegExp][] = [
    [
      "them-nhiem-vu-4.json",
      {
        ...vhxh,
        tasks: [...vhxh.tasks, { ...vhxh.tasks[0], id: "t04", number: "4", title: "Niêm yết thủ tục" }],
        entries: [
          ...vhxh.entries,
          {
            id: "t04@2026-Q2",
            taskId: "t04",
            date: "2026-06-01",
            state: "done",
            indicators: [],
            evidence: [],
          },
        ],
      },
      /không giao cho Phòng Văn hóa - Xã hội trong phiếu này: “4\. Niêm yết thủ tục”/,
    ],
    [
      "ma-phieu-gia.json",
      { ...vhxh, returnId: "ma-tu-dat" },
      /mã phiếu “ma-tu-dat” mà văn phòng chưa từng xuất/,
    ],
  ];
  for (const [name, file, message] of attempts) {
    await fileInput(page, RETURNS_IN).setInputFiles({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect(page.getByRole("alert").filter({ hasText: message })).toContainText(
      "Không nhập tệp này; dữ liệu hiện có giữ nguyên.",
    );
  }
  expect((await periodData(page)).entries).toEqual(before.entries);
});
