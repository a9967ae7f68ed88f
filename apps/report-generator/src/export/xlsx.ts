import { type PeriodReport, showDate } from "@kehoach/report-model";

// The appendix table and the two completion charts' figures as a workbook, for offices that
// keep their own spreadsheets. exceljs is a large library, loaded only when asked for.

export async function reportXlsx(report: PeriodReport): Promise<Blob> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  book.creator = report.issuer.name;
  book.created = new Date();

  const tasks = book.addWorksheet("Phụ lục nhiệm vụ", { views: [{ state: "frozen", ySplit: 3 }] });
  tasks.addRow([`Kết quả thực hiện các nhiệm vụ ${report.periodPhrase}`]).font = { bold: true, size: 13 };
  tasks.addRow([`${report.planReference}: ${report.planTitle}. Số liệu ${windowText(report)}.`]);
  const header = tasks.addRow([
    "STT",
    "Nhiệm vụ",
    "Cơ quan chủ trì",
    "Kết quả thực hiện",
    "Số liệu",
    "Tiến độ",
    "Tỷ lệ (%)",
    "Tài liệu kiểm chứng",
    "Ghi chú",
  ]);
  header.font = { bold: true };
  for (const row of report.rows) {
    tasks.addRow([
      row.number,
      row.title,
      row.leads.join("; "),
      row.result,
      row.figures,
      row.statusLabel,
      row.percent,
      row.evidence.map((e) => (e.label ? `${e.label}: ${e.url}` : e.url)).join("\n"),
      row.notes.join("; "),
    ]);
  }
  tasks.columns.forEach((column, i) => {
    column.width = [6, 50, 24, 40, 24, 22, 10, 36, 30][i] ?? 16;
    column.alignment = { wrapText: true, vertical: "top" };
  });

  const status = book.addWorksheet("Theo tình trạng");
  status.addRow(["Tình trạng", "Số nhiệm vụ", "Tỷ lệ (%)"]).font = { bold: true };
  for (const s of report.facts.byStatus) status.addRow([s.label, s.count, s.share]);
  status.addRow(["Tổng số", report.facts.total, 100]).font = { bold: true };
  status.columns.forEach((c, i) => {
    c.width = [30, 14, 12][i] ?? 14;
  });

  const agencies = book.addWorksheet("Theo cơ quan chủ trì");
  agencies.addRow([
    "Cơ quan chủ trì",
    "Số nhiệm vụ",
    "Hoàn thành",
    "Đang thực hiện trong hạn",
    "Quá hạn",
    "Chưa thực hiện",
    "Tỷ lệ hoàn thành (%)",
  ]).font = { bold: true };
  for (const a of report.facts.byAgency) {
    agencies.addRow([
      a.name,
      a.total,
      a.done,
      a.counts.in_progress,
      a.counts.overdue,
      a.counts.not_started,
      a.doneShare,
    ]);
  }
  agencies.columns.forEach((c, i) => {
    c.width = i === 0 ? 40 : 16;
  });

  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

function windowText(report: PeriodReport): string {
  return `từ ${showDate(report.window.from)} đến ${showDate(report.window.to)}`;
}
