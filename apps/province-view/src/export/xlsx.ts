import type { ProvinceRollup, ReportingState, UnitReporting } from "@kehoach/hub";
import { STATUS_LABELS } from "@kehoach/plan-model";
import { periodTitle } from "@kehoach/report-model";
import { reportedShare } from "../model/view.js";

// The roll-up as a workbook (exceljs, loaded only when someone exports): a sheet of the units
// shown, one row each, and a sheet of their tasks. Counts are numbers, the share reported a
// number formatted as a percentage and times real dates, so the province can add up, sort and
// chart them in Excel. The workbook is in Vietnamese, as files are.

const STATE_LABELS: Record<ReportingState, string> = {
  reported: "Đã báo cáo",
  notYet: "Chưa báo cáo",
  overdue: "Quá hạn",
};

/** An ISO instant as Excel's local date-time, in Việt Nam's time (UTC+7, no daylight saving). */
function vietnamTime(iso: string): Date {
  const t = new Date(iso).getTime() + 7 * 3600 * 1000;
  return new Date(t);
}

export async function rollupXlsx(
  rollup: ProvinceRollup,
  units: readonly UnitReporting[],
  notes: { locality: string; filters: string; cutoff: { closingDay: number } },
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kế hoạch Kit";
  workbook.title = `Tình hình báo cáo ${periodTitle(rollup.period, notes.cutoff)}`;

  const summary = workbook.addWorksheet("Tổng hợp", { views: [{ state: "frozen", xSplit: 2, ySplit: 1 }] });
  summary.columns = [
    { header: "STT", key: "n", width: 6 },
    { header: "Đơn vị", key: "name", width: 34 },
    { header: "Mã đơn vị", key: "code", width: 22 },
    { header: "Số kế hoạch", key: "plans", width: 12 },
    { header: "Số nhiệm vụ", key: "tasks", width: 12 },
    { header: "Đã báo cáo", key: "reported", width: 12 },
    { header: "Chưa báo cáo", key: "notYet", width: 12 },
    { header: "Quá hạn", key: "overdue", width: 12 },
    { header: "Tỷ lệ đã báo cáo", key: "share", width: 14, style: { numFmt: "0.0%" } },
    { header: "Đã gửi báo cáo kỳ", key: "sent", width: 14 },
    { header: "Cập nhật lần cuối", key: "last", width: 18, style: { numFmt: "dd/mm/yyyy hh:mm" } },
  ];
  units.forEach((u, i) => {
    summary.addRow({
      n: i + 1,
      name: u.name.normalize("NFC"),
      code: u.code,
      plans: u.plans.length,
      tasks: u.tasks,
      reported: u.reported,
      notYet: u.notYet,
      overdue: u.overdue,
      share: u.tasks > 0 ? reportedShare(u) / 100 : null,
      sent: u.plans.filter((p) => p.submitted).length,
      last: u.lastUpdateAt ? vietnamTime(u.lastUpdateAt) : null,
    });
  });

  const tasks = workbook.addWorksheet("Nhiệm vụ", { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  tasks.columns = [
    { header: "Đơn vị", key: "unit", width: 30 },
    { header: "Kế hoạch", key: "plan", width: 40 },
    { header: "Số, ký hiệu", key: "number", width: 14 },
    { header: "STT nhiệm vụ", key: "n", width: 10 },
    { header: "Nhiệm vụ", key: "task", width: 50 },
    { header: "Tình hình báo cáo", key: "state", width: 16 },
    { header: "Tình trạng", key: "status", width: 24 },
    { header: "Tỷ lệ thực hiện", key: "percent", width: 12, style: { numFmt: "0%" } },
    { header: "Ngày cập nhật", key: "date", width: 14, style: { numFmt: "dd/mm/yyyy" } },
    { header: "Kết quả", key: "result", width: 50 },
  ];
  for (const u of units) {
    for (const p of u.plans) {
      for (const row of p.rows) {
        tasks.addRow({
          unit: u.name.normalize("NFC"),
          plan: p.title.normalize("NFC"),
          number: p.number ?? "",
          n: row.number,
          task: row.title.normalize("NFC"),
          state: STATE_LABELS[row.state],
          status: STATUS_LABELS[row.status],
          percent: row.latest?.percent !== undefined ? row.latest.percent / 100 : null,
          date: row.latest ? new Date(`${row.latest.date}T00:00:00Z`) : null,
          result: (row.latest?.result ?? "").normalize("NFC"),
        });
      }
    }
  }
  for (const sheet of [summary, tasks]) {
    const head = sheet.getRow(1);
    head.font = { bold: true };
    head.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    sheet.eachRow((row, index) => {
      if (index > 1) row.alignment = { wrapText: true, vertical: "top" };
    });
  }
  const about = workbook.addWorksheet("Ghi chú");
  about.columns = [{ width: 110 }];
  about.addRow([`Tình hình báo cáo của các đơn vị: ${periodTitle(rollup.period, notes.cutoff)}`]).font = {
    bold: true,
  };
  about.addRow([`Địa phương: ${notes.locality}`.normalize("NFC")]);
  about.addRow([`Điều kiện lọc: ${notes.filters}`.normalize("NFC")]);
  about.addRow([
    "Nhiệm vụ “đã báo cáo” khi đơn vị có cập nhật tiến độ trong kỳ hoặc đã hoàn thành; “quá hạn” khi đã đến hạn mà chưa hoàn thành; “chưa báo cáo” khi chưa có cập nhật trong kỳ.",
  ]);
  about.addRow(["Nguồn: dữ liệu tổng hợp của máy chủ tỉnh, theo thời điểm đồng bộ gần nhất trên máy này."]);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
