import type { ReportPeriod, Window } from "@kehoach/plan-model";
import { periodPhrase, showDate } from "@kehoach/report-model";
import { compareVi, formatPercent } from "@kehoach/text-vi";
import type { Block, TableBlock } from "@kehoach/vanban";

// The province's roll-up of a period as a section of a báo cáo ("tình hình báo cáo của các đơn
// vị"): one khoản with the totals in a sentence, the units behind on their reports by name, and a
// table of every unit with tasks to report. The input is plain data (what @kehoach/hub's
// provinceRollup gives, or any source of the same counts), so this package knows no hub.

export interface UnitReportingCounts {
  /** As people name it: "xã Kim Liên", "Sở Nội vụ". */
  name: string;
  tasks: number;
  reported: number;
  notYet: number;
  overdue: number;
  /** ISO time of the unit's newest data that reached the province, if any. */
  lastUpdateAt?: string | undefined;
  /** The plans it reports on, and whether it marked its report for the period as sent. */
  plans: readonly { submitted: boolean }[];
}

export interface ReportingSectionInput {
  period: ReportPeriod;
  window: Window;
  units: readonly UnitReportingCounts[];
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** "a (2), b (1)": units by name with a count, largest first, then in Vietnamese order. */
function namedList(units: readonly UnitReportingCounts[], count: (u: UnitReportingCounts) => number): string {
  return [...units]
    .filter((u) => count(u) > 0)
    .sort((a, b) => count(b) - count(a) || compareVi(a.name, b.name))
    .map((u) => `${u.name} (${count(u)})`)
    .join(", ");
}

export function reportingSection(input: ReportingSectionInput, number = "1"): Block[] {
  const due = input.units.filter((u) => u.tasks > 0);
  const total = { tasks: 0, reported: 0, notYet: 0, overdue: 0 };
  for (const u of due) {
    total.tasks += u.tasks;
    total.reported += u.reported;
    total.notYet += u.notYet;
    total.overdue += u.overdue;
  }
  const sent = due.filter((u) => u.plans.length > 0 && u.plans.every((p) => p.submitted)).length;
  const phrase = periodPhrase(input.period);
  const window = `từ ngày ${showDate(input.window.from)} đến ngày ${showDate(input.window.to)}`;
  const blocks: Block[] = [
    { type: "heading", level: "khoan", number, text: "Tình hình báo cáo tiến độ của các đơn vị" },
  ];
  if (due.length === 0) {
    blocks.push({
      type: "paragraph",
      content: `Trong ${phrase} (số liệu tính ${window}), chưa có đơn vị nào có nhiệm vụ phải báo cáo qua máy chủ tỉnh.`,
    });
    return blocks;
  }
  blocks.push({
    type: "paragraph",
    content: `Trong ${phrase} (số liệu tính ${window}), ${due.length} đơn vị có nhiệm vụ phải báo cáo với tổng số ${total.tasks} nhiệm vụ: đã báo cáo ${total.reported} nhiệm vụ (${formatPercent(share(total.reported, total.tasks))}); chưa báo cáo ${total.notYet} nhiệm vụ; quá hạn chưa hoàn thành ${total.overdue} nhiệm vụ. Có ${sent}/${due.length} đơn vị đã gửi báo cáo kỳ.`,
  });
  const overdue = namedList(due, (u) => u.overdue);
  if (overdue) {
    blocks.push({
      type: "item",
      marker: "dash",
      content: `Đơn vị có nhiệm vụ quá hạn (số nhiệm vụ): ${overdue}.`,
    });
  }
  const notYet = namedList(due, (u) => u.notYet);
  if (notYet) {
    blocks.push({ type: "item", marker: "dash", content: `Đơn vị chưa báo cáo (số nhiệm vụ): ${notYet}.` });
  }
  blocks.push(reportingTable(due));
  return blocks;
}

/** Every unit with tasks to report: its counts, its share reported and its last update. */
export function reportingTable(units: readonly UnitReportingCounts[]): TableBlock {
  const rows = [...units].sort((a, b) => compareVi(a.name, b.name));
  return {
    type: "table",
    columns: [
      { header: "STT", weight: 3, align: "center" },
      { header: "Đơn vị", weight: 14 },
      { header: "Số nhiệm vụ", weight: 5, align: "center" },
      { header: "Đã báo cáo", weight: 5, align: "center" },
      { header: "Chưa báo cáo", weight: 5, align: "center" },
      { header: "Quá hạn", weight: 5, align: "center" },
      { header: "Tỷ lệ đã báo cáo", weight: 6, align: "center" },
      { header: "Cập nhật lần cuối", weight: 7, align: "center" },
    ],
    rows: rows.map((u, i) => ({
      cells: [
        String(i + 1),
        u.name,
        String(u.tasks),
        String(u.reported),
        String(u.notYet),
        String(u.overdue),
        formatPercent(share(u.reported, u.tasks)),
        u.lastUpdateAt ? showDate(vietnamDate(u.lastUpdateAt)) : "Chưa có",
      ],
    })),
    fontSize: 11,
  };
}

/** The calendar day of an instant in Việt Nam (UTC+7, no daylight saving), as ISO: what the province's clock said. */
function vietnamDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });
}
