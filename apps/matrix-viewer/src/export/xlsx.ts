import type { ExportTable } from "./tables.js";

// XLSX through exceljs, loaded only when someone exports (about 1 MB of code the first screen
// never waits for). One sheet per table: a bold header row that stays in view, the first
// columns frozen, text wrapped, and a sheet of notes saying which plans and filters it shows.

export interface XlsxNotes {
  title: string;
  lines: string[];
}

export async function toXlsx(tables: readonly ExportTable[], notes: XlsxNotes): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kế hoạch Kit";
  workbook.title = notes.title;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, {
      views: [{ state: "frozen", xSplit: table.frozenColumns, ySplit: 1 }],
    });
    sheet.columns = table.header.map((header, i) => ({ header, width: table.widths[i] ?? 16 }));
    const head = sheet.getRow(1);
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    // Numbers stay numbers (a count a spreadsheet can add up); text is NFC.
    for (const cells of table.rows)
      sheet.addRow(cells.map((c) => (typeof c === "number" ? c : c.normalize("NFC"))));
    sheet.eachRow((row, index) => {
      if (index > 1) row.alignment = { wrapText: true, vertical: "top" };
    });
  }
  const about = workbook.addWorksheet("Ghi chú");
  about.columns = [{ width: 100 }];
  about.addRow([notes.title]).font = { bold: true };
  for (const line of notes.lines) about.addRow([line.normalize("NFC")]);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
