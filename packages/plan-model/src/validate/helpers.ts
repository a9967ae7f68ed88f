import type { PartialDate } from "@kehoach/text-vi";
import { formatShortDate } from "@kehoach/text-vi";
import type { Language, PathSegment } from "../field-labels.js";
import type { TimeSpec } from "../schema/time-spec.js";
import type { TaskNode } from "../tasks.js";
import { endOf, periodBounds, startOf } from "../time/calendar.js";

/** The stretches a time names, with the path inside the TimeSpec of each (for nested options). */
export function timeWindows(
  spec: TimeSpec,
  path: PathSegment[],
): { start: string; end: string; path: PathSegment[] }[] {
  switch (spec.kind) {
    case "within":
      return [{ ...periodBounds(spec.period), path }];
    case "ongoing":
    case "recurring":
      return spec.within ? [{ ...periodBounds(spec.within), path }] : [];
    case "deadline":
      return [{ start: startOf({ year: spec.by.year }), end: endOf(spec.by), path }];
    case "conditional":
      return timeWindows(spec.time, [...path, "time"]);
    case "anyOf":
    case "allOf":
      return spec.options.flatMap((o, i) => timeWindows(o, [...path, "options", i]));
    default:
      return [];
  }
}

/** Every time kind present in a spec, nested ones included. */
export function timeParts(spec: TimeSpec): TimeSpec[] {
  if (spec.kind === "anyOf" || spec.kind === "allOf") return [spec, ...spec.options.flatMap(timeParts)];
  if (spec.kind === "conditional") return [spec, ...timeParts(spec.time)];
  return [spec];
}

/** "Nhiệm vụ 2.3" for messages ("Task 2.3" in English). */
export function taskLabel(node: TaskNode, language: Language = "vi"): string {
  return `${language === "en" ? "Task" : "Nhiệm vụ"} ${node.number}`;
}

export function showDate(date: PartialDate): string {
  return formatShortDate(date);
}

/** "2026-03-14" → "14/3/2026" in the NĐ 30 style. */
export function showIso(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return formatShortDate({ year: y, month: m, day: d });
}

/** A short quotation of a text around a match, for messages. */
export function quote(text: string, index: number, length: number, context = 30): string {
  const start = Math.max(0, index - context);
  const end = Math.min(text.length, index + length + context);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}
