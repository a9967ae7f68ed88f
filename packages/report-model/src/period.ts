import {
  type CutoffRule,
  DEFAULT_CUTOFF_RULE,
  periodLabel,
  periodLabelEn,
  periodWindow,
  type ReportPeriod,
  ReportPeriodSchema,
  type Window,
} from "@kehoach/plan-model";
import { addDays, showDate } from "./dates.js";

// A report period named the way officials name it, keyed so that a period data file and a return
// file can say which period they belong to, and compared by key (two ad hoc periods are the same
// when their windows are).

const ROMAN_QUARTERS = ["I", "II", "III", "IV"] as const;

/** "2026-Q2", "2026-H1", "2026-9M", "2026-Y", "2026-M03", "adhoc-2026-02-01-2026-02-28". */
export function periodKey(period: ReportPeriod): string {
  switch (period.kind) {
    case "month":
      return `${period.year}-M${String(period.month).padStart(2, "0")}`;
    case "quarter":
      return `${period.year}-Q${period.quarter}`;
    case "halfYear":
      return `${period.year}-H1`;
    case "nineMonths":
      return `${period.year}-9M`;
    case "year":
      return `${period.year}-Y`;
    case "adhoc":
      return `adhoc-${period.from}-${period.to}`;
  }
}

const KEYED = /^(-?\d+)-(?:M(\d{2})|Q([1-4])|(H1)|(9M)|(Y))$/;
const ADHOC = /^adhoc-(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2})$/;

/**
 * The period a key names, or undefined for text that is no period key: periodKey read back, so a
 * record keyed by period ("t01@2026-Q2") tells its period. An ad hoc period comes back without
 * its title, which the key does not carry.
 */
export function parsePeriodKey(key: string): ReportPeriod | undefined {
  const adhoc = ADHOC.exec(key);
  const candidate: unknown = adhoc
    ? { kind: "adhoc", from: adhoc[1], to: adhoc[2] }
    : (() => {
        const m = KEYED.exec(key);
        if (!m) return undefined;
        const year = Number(m[1]);
        if (m[2]) return { kind: "month", year, month: Number(m[2]) };
        if (m[3]) return { kind: "quarter", year, quarter: Number(m[3]) };
        if (m[4]) return { kind: "halfYear", year };
        if (m[5]) return { kind: "nineMonths", year };
        return { kind: "year", year };
      })();
  const parsed = ReportPeriodSchema.safeParse(candidate);
  if (!parsed.success) return undefined;
  if (parsed.data.kind === "adhoc" && parsed.data.from > parsed.data.to) return undefined;
  // Only a key periodKey itself writes ("2026-M3" or "2026-M13" is none).
  return periodKey(parsed.data) === key ? parsed.data : undefined;
}

export function samePeriod(a: ReportPeriod, b: ReportPeriod): boolean {
  return periodKey(a) === periodKey(b);
}

/** The period as it follows a noun in a sentence: "quý II năm 2026", "6 tháng đầu năm 2026". */
export function periodPhrase(period: ReportPeriod): string {
  if (period.kind === "adhoc") {
    return period.title?.trim()
      ? lowerFirst(period.title.trim())
      : `từ ngày ${showDate(period.from)} đến ngày ${showDate(period.to)}`;
  }
  return lowerFirst(periodLabel(period));
}

/** "Quý II năm 2026 (số liệu từ 15/3/2026 đến 14/6/2026)". */
export function periodTitle(period: ReportPeriod, rule: CutoffRule = DEFAULT_CUTOFF_RULE): string {
  const window = periodWindow(period, rule);
  return `${periodLabel(period)} (số liệu từ ${showDate(window.from)} đến ${showDate(window.to)})`;
}

/** "từ ngày 15/3/2026 đến ngày 14/6/2026". */
export function windowPhrase(window: Window): string {
  return `từ ngày ${showDate(window.from)} đến ngày ${showDate(window.to)}`;
}

// The same phrases for a screen shown in English; the báo cáo itself is always Vietnamese.

/** "Q2 2026", "first half of 2026"; an ad hoc period's own title, else its dates. */
export function periodPhraseEn(period: ReportPeriod): string {
  if (period.kind === "adhoc") {
    return period.title?.trim()
      ? period.title.trim()
      : `from ${showDate(period.from)} to ${showDate(period.to)}`;
  }
  const label = periodLabelEn(period);
  return period.kind === "quarter" || period.kind === "month" ? label : lowerFirst(label);
}

/** "Q2 2026 (data from 15/3/2026 to 14/6/2026)". */
export function periodTitleEn(period: ReportPeriod, rule: CutoffRule = DEFAULT_CUTOFF_RULE): string {
  const window = periodWindow(period, rule);
  return `${periodLabelEn(period)} (data from ${showDate(window.from)} to ${showDate(window.to)})`;
}

/** "from 15/3/2026 to 14/6/2026". */
export function windowPhraseEn(window: Window): string {
  return `from ${showDate(window.from)} to ${showDate(window.to)}`;
}

/** What "the next period" is in the Phương hướng section: the period that follows this one. */
export function nextPeriodPhrase(period: ReportPeriod): string {
  switch (period.kind) {
    case "month":
      return period.month === 12
        ? `tháng 01 năm ${period.year + 1}`
        : `tháng ${period.month + 1 <= 2 ? `0${period.month + 1}` : period.month + 1} năm ${period.year}`;
    case "quarter":
      return period.quarter === 4
        ? `quý I năm ${period.year + 1}`
        : `quý ${ROMAN_QUARTERS[period.quarter]} năm ${period.year}`;
    case "halfYear":
      return `6 tháng cuối năm ${period.year}`;
    case "nineMonths":
      return `quý IV năm ${period.year}`;
    case "year":
      return `năm ${period.year + 1}`;
    case "adhoc":
      return "thời gian tới";
  }
}

/**
 * The period just before, whose unfinished work carries over: the quarter before a quarter, the
 * month before a month; a 6-month, 9-month or annual report follows the quarter that closes
 * before its window ends. An ad hoc period has none of its own.
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod | undefined {
  switch (period.kind) {
    case "month":
      return period.month === 1
        ? { kind: "month", year: period.year - 1, month: 12 }
        : { kind: "month", year: period.year, month: period.month - 1 };
    case "quarter":
      return period.quarter === 1
        ? { kind: "quarter", year: period.year - 1, quarter: 4 }
        : { kind: "quarter", year: period.year, quarter: period.quarter - 1 };
    case "halfYear":
      return { kind: "quarter", year: period.year, quarter: 1 };
    case "nineMonths":
      return { kind: "quarter", year: period.year, quarter: 2 };
    case "year":
      return { kind: "quarter", year: period.year, quarter: 3 };
    case "adhoc":
      return undefined;
  }
}

/** The day before a window opens: the carry-over is what stood then. */
export function dayBefore(window: Window): string {
  return addDays(window.from, -1);
}

/** The periods a user picks from for a plan year (ad hoc is chosen with two dates instead). */
export function standardPeriods(year: number): ReportPeriod[] {
  return [
    { kind: "quarter", year, quarter: 1 },
    { kind: "quarter", year, quarter: 2 },
    { kind: "halfYear", year },
    { kind: "quarter", year, quarter: 3 },
    { kind: "nineMonths", year },
    { kind: "quarter", year, quarter: 4 },
    { kind: "year", year },
  ];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}
