import { isValidPartialDate, type PartialDate, padDay } from "@kehoach/text-vi";

export type DateProblem = "format" | "not-real" | "needs-full" | "year-range";
export type DateParse = { ok: true; date: PartialDate | null } | { ok: false; problem: DateProblem };

const SEPARATORS = /\s*[/.\-\s]\s*/;

/**
 * Reads what a person typed: "5/3/2026", "05-03-2026", "05.03.2026"; with `allowPartial` also
 * "3/2026" (month and year) and "2026" (year only), as drafts need. Empty text is no date.
 */
export function parseDateText(text: string, allowPartial: boolean): DateParse {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, date: null };
  const parts = trimmed.split(SEPARATORS);
  if (!parts.every((p) => /^\d+$/.test(p))) return { ok: false, problem: "format" };
  const numbers = parts.map(Number);
  const yearText = parts.at(-1) ?? "";
  if (yearText.length !== 4) return { ok: false, problem: "format" };
  let date: PartialDate;
  if (parts.length === 3) {
    if ((parts[0] ?? "").length > 2 || (parts[1] ?? "").length > 2) return { ok: false, problem: "format" };
    date = { day: numbers[0], month: numbers[1], year: numbers[2] ?? 0 };
  } else if (parts.length === 2) {
    if ((parts[0] ?? "").length > 2) return { ok: false, problem: "format" };
    date = { month: numbers[0], year: numbers[1] ?? 0 };
  } else if (parts.length === 1) {
    date = { year: numbers[0] ?? 0 };
  } else {
    return { ok: false, problem: "format" };
  }
  if (date.year < 1900 || date.year > 2200) return { ok: false, problem: "year-range" };
  if (!isValidPartialDate(date)) return { ok: false, problem: "not-real" };
  if (!allowPartial && date.day === undefined) return { ok: false, problem: "needs-full" };
  return { ok: true, date };
}

/** How a date is written back into the field: 05/03/2026, 03/2026 or 2026. */
export function formatDateText(date: PartialDate | null): string {
  if (date === null) return "";
  const month = date.month === undefined ? undefined : padDay(date.month);
  if (date.day !== undefined && month !== undefined) return `${padDay(date.day)}/${month}/${date.year}`;
  if (month !== undefined) return `${month}/${date.year}`;
  return String(date.year);
}
