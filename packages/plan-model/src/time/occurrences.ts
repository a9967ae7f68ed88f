import type { Cadence, TimeSpec } from "../schema/time-spec.js";
import { addDays, endOf, iso, lastDayOfMonth, periodBounds } from "./calendar.js";

// When a task happens within the plan year: the stretches a schedule shows and a reminder counts
// down to. Each occurrence has a due date, the day by which that instance should be done.

export interface Occurrence {
  start: string;
  end: string;
  due: string;
  /** The task goes on through the whole stretch ("Thường xuyên") rather than being one piece of work. */
  continuous?: true;
}

/**
 * Occurrences of a time within a year, clipped to that year. A relative or unspecified time has
 * none (nobody knows when); a conditional time has those of its time once triggered; a choice of
 * cadences counts its first option; several times that all apply count all of them.
 */
export function occurrences(spec: TimeSpec, year: number): Occurrence[] {
  const yearStart = iso(year, 1, 1);
  const yearEnd = iso(year, 12, 31);
  const clip = (start: string, end: string): Occurrence | null => {
    const s = start < yearStart ? yearStart : start;
    const e = end > yearEnd ? yearEnd : end;
    return s <= e ? { start: s, end: e, due: e } : null;
  };
  switch (spec.kind) {
    case "unspecified":
    case "relative":
      return [];
    case "conditional":
      return occurrences(spec.time, year);
    case "anyOf":
      return spec.options[0] ? occurrences(spec.options[0], year) : [];
    case "allOf":
      return spec.options
        .flatMap((o) => occurrences(o, year))
        .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
    case "within": {
      const { start, end } = periodBounds(spec.period);
      const o = clip(start, end);
      return o ? [o] : [];
    }
    case "ongoing": {
      const { start, end } = spec.within ? periodBounds(spec.within) : { start: yearStart, end: yearEnd };
      const o = clip(start, end);
      return o ? [{ ...o, continuous: true }] : [];
    }
    case "deadline": {
      const due = endOf(spec.by);
      if (due < yearStart || due > yearEnd) return [];
      return [{ start: yearStart, end: due, due }];
    }
    case "recurring": {
      const { start, end } = spec.within ? periodBounds(spec.within) : { start: yearStart, end: yearEnd };
      return instances(spec.every, spec.interval ?? 1, year)
        .filter((o) => o.end >= start && o.start <= end)
        .flatMap((o) => {
          // ISO dates compare as text; the later start and the earlier end bound the instance.
          const c = clip([o.start, start].sort()[1] as string, [o.end, end].sort()[0] as string);
          return c ? [c] : [];
        });
    }
  }
}

/** The instances of a cadence in a year: weeks from the first Monday, months, quarters, halves. */
function instances(every: Cadence, interval: number, year: number): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  const months = (size: number) => {
    for (let m = 1; m <= 12; m += size * interval) {
      const last = m + size - 1;
      out.push({ start: iso(year, m, 1), end: iso(year, last, lastDayOfMonth(year, last)) });
    }
  };
  switch (every) {
    case "day":
      for (let d = iso(year, 1, 1); d <= iso(year, 12, 31); d = addDays(d, interval))
        out.push({ start: d, end: d });
      break;
    case "week": {
      // Weeks run Monday to Sunday; the first is the one holding 1 January.
      const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
      let monday = addDays(iso(year, 1, 1), -((jan1 + 6) % 7));
      while (monday <= iso(year, 12, 31)) {
        out.push({ start: monday, end: addDays(monday, 6) });
        monday = addDays(monday, 7 * interval);
      }
      break;
    }
    case "month":
      months(1);
      break;
    case "quarter":
      months(3);
      break;
    case "halfYear":
      months(6);
      break;
    case "year":
      out.push({ start: iso(year, 1, 1), end: iso(year, 12, 31) });
      break;
  }
  return out;
}
