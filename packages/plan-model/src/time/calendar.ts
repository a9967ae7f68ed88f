import type { PartialDate } from "@kehoach/text-vi";
import type { PeriodSpec } from "../schema/time-spec.js";

// Calendar arithmetic on ISO dates ("2026-03-14") in UTC, so every runtime and time zone agrees.

export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2026-03-14" → 2026-03-15. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The first day a partial date can mean: 2026-03 → 2026-03-01. */
export function startOf(date: PartialDate): string {
  return iso(date.year, date.month ?? 1, date.day ?? 1);
}

/** The last day a partial date can mean: 2026-03 → 2026-03-31, 2026 → 2026-12-31. */
export function endOf(date: PartialDate): string {
  const month = date.month ?? 12;
  return iso(date.year, month, date.day ?? lastDayOfMonth(date.year, month));
}

/** The first and last day of a period. */
export function periodBounds(period: PeriodSpec): { start: string; end: string } {
  switch (period.unit) {
    case "year":
      return { start: iso(period.year, 1, 1), end: iso(period.year, 12, 31) };
    case "half":
      return period.half === 1
        ? { start: iso(period.year, 1, 1), end: iso(period.year, 6, 30) }
        : { start: iso(period.year, 7, 1), end: iso(period.year, 12, 31) };
    case "nineMonths":
      return { start: iso(period.year, 1, 1), end: iso(period.year, 9, 30) };
    case "quarter": {
      const first = period.quarter * 3 - 2;
      return {
        start: iso(period.year, first, 1),
        end: iso(period.year, first + 2, lastDayOfMonth(period.year, first + 2)),
      };
    }
    case "month":
      return {
        start: iso(period.year, period.month, 1),
        end: iso(period.year, period.month, lastDayOfMonth(period.year, period.month)),
      };
    case "day":
      return { start: startOf(period.date), end: endOf(period.date) };
    case "range":
      return { start: startOf(period.from), end: endOf(period.to) };
  }
}

/** Month number (1–12) of an ISO date. */
export function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

export function yearOfIso(date: string): number {
  return Number(date.slice(0, 4));
}

export function toPartial(date: string): PartialDate {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}
