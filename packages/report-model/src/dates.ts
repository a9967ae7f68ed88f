import { formatShortDate } from "@kehoach/text-vi";

// ISO calendar dates ("2026-03-14") compare as text and are shown the Nghị định 30 way
// ("14/3/2026"); arithmetic is done in UTC so every time zone agrees.

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()]
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0"))
    .join("-");
}

/** "2026-03-14" → "14/3/2026". */
export function showDate(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return formatShortDate({ year, month, day });
}

/** Today as ISO in the local calendar of the machine (the day an official sees on the wall). */
export function localToday(now: Date = new Date()): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0"))
    .join("-");
}
