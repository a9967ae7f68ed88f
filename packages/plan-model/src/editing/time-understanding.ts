import { formatTime, occurrences, type TimeSpec } from "../index.js";

// What the time field shows under what was typed: how the parser understood it, as dates. An
// official who types "Quý III/2026" sees "01/07/2026–30/09/2026" and knows the plan will be
// tracked against that window; one who types something the parser cannot read is told so, and
// the text is still printed exactly as typed.

export type TimeUnderstanding =
  | { state: "empty" }
  | { state: "unknown" }
  /** "Theo thời hạn tại Kế hoạch của UBND tỉnh": nobody can know the dates without that document. */
  | { state: "reference"; to: string }
  | {
      state: "understood";
      /** The official wording of what was understood ("Quý III/2026"). */
      formatted: string;
      /** First and last day it covers, as dd/mm/yyyy. */
      start?: string;
      end?: string;
      /** How many times a recurring task happens in the year. */
      count?: number;
      /** The task is a deadline: due on this day. */
      due?: string;
      /** The time applies once this happens ("khi có Kế hoạch của tỉnh"). */
      trigger?: string;
      /** The dates fall outside the plan year (or none at all fall inside it). */
      outsideYear: boolean;
    };

export function describeTime(spec: TimeSpec, planYear: number): TimeUnderstanding {
  if (spec.raw.trim() === "" && spec.kind === "unspecified") return { state: "empty" };
  if (spec.kind === "unspecified") return { state: "unknown" };
  if (spec.kind === "relative") return { state: "reference", to: spec.to.text };
  const inner = spec.kind === "conditional" ? spec.time : spec;
  const trigger = spec.kind === "conditional" ? spec.trigger.text : undefined;
  const base = {
    state: "understood" as const,
    formatted: formatTime(spec),
    ...(trigger ? { trigger } : {}),
  };
  if (inner.kind === "unspecified" || inner.kind === "relative") return { ...base, outsideYear: false };

  const inYear = occurrences(inner, planYear);
  // A time outside the plan year has no occurrence in it; its own year still says what it means.
  const ownYear = inYear.length > 0 ? planYear : yearOf(inner);
  const list = inYear.length > 0 ? inYear : ownYear !== undefined ? occurrences(inner, ownYear) : [];
  const outsideYear = inYear.length === 0 && list.length > 0;
  if (list.length === 0) return { ...base, outsideYear: true };
  const first = list[0]!;
  const last = list[list.length - 1]!;
  if (inner.kind === "deadline") return { ...base, due: dmy(last.due), outsideYear };
  return {
    ...base,
    start: dmy(first.start),
    end: dmy(last.end),
    ...(inner.kind === "recurring" ? { count: list.length } : {}),
    outsideYear,
  };
}

function yearOf(spec: TimeSpec): number | undefined {
  switch (spec.kind) {
    case "within":
      return spec.period.unit === "day"
        ? spec.period.date.year
        : spec.period.unit === "range"
          ? spec.period.from.year
          : spec.period.year;
    case "deadline":
      return spec.by.year;
    case "ongoing":
    case "recurring":
      if (!spec.within) return undefined;
      return yearOf({ raw: "", kind: "within", period: spec.within });
    case "anyOf":
    case "allOf":
      return spec.options[0] ? yearOf(spec.options[0]) : undefined;
    case "conditional":
      return yearOf(spec.time);
    default:
      return undefined;
  }
}

/** "2026-07-01" → "01/07/2026": the screen shows whole dates, unlike the document's NĐ 30 padding. */
export function dmy(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
