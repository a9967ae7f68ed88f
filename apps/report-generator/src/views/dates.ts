import type { PartialDate } from "@kehoach/text-vi";

export function isoToPartial(iso: string): PartialDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

export function partialToIso(date: PartialDate | null): string {
  if (!date || date.month === undefined || date.day === undefined) return "";
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}
