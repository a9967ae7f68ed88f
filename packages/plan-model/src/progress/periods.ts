import { type CutoffRule, DEFAULT_CUTOFF_RULE } from "../schema/locality.js";
import type { ReportCadence } from "../schema/plan-v2.js";
import type { ReportPeriod } from "../schema/progress.js";
import { addDays, iso, lastDayOfMonth } from "../time/calendar.js";

// Report periods are not calendar quarters: each has a data cut-off window (thời gian chốt số
// liệu). Under NĐ 09/2019 the window runs from the 15th of the month before the period to the
// 14th of its last month (Quý I: 15/12 → 14/3; 6 tháng: 15/12 → 14/6; năm: 15/12 → 14/12).
// A locality may configure another closing day; 31 gives calendar periods.

export interface Window {
  from: string;
  to: string;
}

/** First and last month of a period, counted from January of its year (0 = December before). */
function monthSpan(period: Exclude<ReportPeriod, { kind: "adhoc" }>): [number, number] {
  switch (period.kind) {
    case "month":
      return [period.month, period.month];
    case "quarter":
      return [period.quarter * 3 - 2, period.quarter * 3];
    case "halfYear":
      return [1, 6];
    case "nineMonths":
      return [1, 9];
    case "year":
      return [1, 12];
  }
}

function closing(year: number, month: number, day: number): string {
  const y = month < 1 ? year - 1 : year;
  const m = month < 1 ? month + 12 : month;
  return iso(y, m, Math.min(day, lastDayOfMonth(y, m)));
}

export function periodWindow(period: ReportPeriod, rule: CutoffRule = DEFAULT_CUTOFF_RULE): Window {
  if (period.kind === "adhoc") return { from: period.from, to: period.to };
  const [first, last] = monthSpan(period);
  return {
    from: addDays(closing(period.year, first - 1, rule.closingDay), 1),
    to: closing(period.year, last, rule.closingDay),
  };
}

/** The day the report is due: `reportDueDay` of the period's last month, or the window's end. */
export function reportDueDate(period: ReportPeriod, rule: CutoffRule = DEFAULT_CUTOFF_RULE): string {
  if (period.kind === "adhoc") return period.to;
  const [, last] = monthSpan(period);
  return rule.reportDueDay ? closing(period.year, last, rule.reportDueDay) : periodWindow(period, rule).to;
}

/** The periods of a year for the cadences a plan's reporting duties name. */
export function reportPeriods(year: number, cadences: readonly ReportCadence[]): ReportPeriod[] {
  const out: ReportPeriod[] = [];
  for (const cadence of cadences) {
    if (cadence === "month")
      for (let month = 1; month <= 12; month++) out.push({ kind: "month", year, month });
    if (cadence === "quarter")
      for (let quarter = 1; quarter <= 4; quarter++) out.push({ kind: "quarter", year, quarter });
    if (cadence === "halfYear") out.push({ kind: "halfYear", year });
    if (cadence === "nineMonths") out.push({ kind: "nineMonths", year });
    if (cadence === "year") out.push({ kind: "year", year });
  }
  // By the day the data closes; of two closing together, the shorter period comes first.
  return out.sort((a, b) => {
    const wa = periodWindow(a);
    const wb = periodWindow(b);
    return wa.to.localeCompare(wb.to) || wb.from.localeCompare(wa.from);
  });
}

/** "Quý I năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "Năm 2026", "Tháng 3 năm 2026". */
export function periodLabel(period: ReportPeriod): string {
  switch (period.kind) {
    case "month":
      return `Tháng ${period.month} năm ${period.year}`;
    case "quarter":
      return `Quý ${["I", "II", "III", "IV"][period.quarter - 1]} năm ${period.year}`;
    case "halfYear":
      return `6 tháng đầu năm ${period.year}`;
    case "nineMonths":
      return `9 tháng năm ${period.year}`;
    case "year":
      return `Năm ${period.year}`;
    case "adhoc":
      return period.title ?? `Từ ${period.from} đến ${period.to}`;
  }
}

/** The same periods for a screen shown in English: "Q2 2026", "First half of 2026". */
export function periodLabelEn(period: ReportPeriod): string {
  switch (period.kind) {
    case "month":
      return `${MONTHS_EN[period.month - 1]} ${period.year}`;
    case "quarter":
      return `Q${period.quarter} ${period.year}`;
    case "halfYear":
      return `First half of ${period.year}`;
    case "nineMonths":
      return `First nine months of ${period.year}`;
    case "year":
      return `Year ${period.year}`;
    case "adhoc":
      // An ad hoc period's title is the person's own words.
      return period.title ?? `From ${period.from} to ${period.to}`;
  }
}

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
