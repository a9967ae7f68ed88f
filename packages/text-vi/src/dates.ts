// Dates as Nghị định 30 writes them (nd30-layout §11.6): the day takes a leading zero below 10,
// the month only when it is 1 or 2 ("tháng 01", "tháng 02", but "tháng 3"), the year in full.

/** A date a draft may leave partly blank: the number and date are given after signature. */
export interface PartialDate {
  year: number;
  month?: number | undefined;
  day?: number | undefined;
}

export function padDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function padMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** Blank used in drafts where the day or month is not yet known (wide enough to write in by hand). */
export const DATE_BLANK = "\u2002\u2002\u2002\u2002";

/** "ngày 05 tháng 3 năm 2026"; a draft's unknown parts become blanks: "ngày     tháng     năm 2026". */
export function formatNd30Date(date: PartialDate): string {
  const day = date.day === undefined ? DATE_BLANK : padDay(date.day);
  const month = date.month === undefined ? DATE_BLANK : padMonth(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/** The ô-4 line: "Kim Liên, ngày 05 tháng 3 năm 2026". */
export function formatPlaceAndDate(place: string, date: PartialDate): string {
  return `${place}, ${formatNd30Date(date)}`;
}

/** Short form used inside text and tables: "05/3/2026" (same padding rule), or "…/…/2026" for a draft. */
export function formatShortDate(date: PartialDate): string {
  const day = date.day === undefined ? "…" : padDay(date.day);
  const month = date.month === undefined ? "…" : padMonth(date.month);
  return `${day}/${month}/${date.year}`;
}

/** dd/mm/yyyy with both parts padded, for form fields where a fixed width reads better. */
export function formatFieldDate(date: PartialDate): string {
  const two = (n: number | undefined) => (n === undefined ? "" : String(n).padStart(2, "0"));
  return `${two(date.day)}/${two(date.month)}/${date.year}`;
}

export function isCompleteDate(date: PartialDate): date is Required<PartialDate> {
  return date.day !== undefined && date.month !== undefined;
}

/** Whether the parts make a real calendar date (29/02 only in leap years). */
export function isValidPartialDate(date: PartialDate): boolean {
  if (!Number.isInteger(date.year) || date.year < 1900 || date.year > 2200) return false;
  if (date.month === undefined) return date.day === undefined;
  if (!Number.isInteger(date.month) || date.month < 1 || date.month > 12) return false;
  if (date.day === undefined) return true;
  const last = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
  return Number.isInteger(date.day) && date.day >= 1 && date.day <= last;
}

/** ISO "2026-03-05" for a complete date, null otherwise. */
export function toIsoDate(date: PartialDate): string | null {
  if (!isCompleteDate(date)) return null;
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}
