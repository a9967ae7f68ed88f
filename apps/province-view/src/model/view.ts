import type { ProvinceRollup, UnitReporting } from "@kehoach/hub";
import type { ReportPeriod } from "@kehoach/plan-model";
import { asciiKey } from "@kehoach/text-vi";

// What the province view shows of a roll-up: the units a search and two filters leave, the
// period chosen from the usual ones of a year, and the totals of what is shown. Pure, so the
// same rules hold on screen, in the spreadsheet and in the báo cáo section.

export type StatusFilter = "all" | "behind" | "overdue" | "complete" | "none";
export type KindFilter = "all" | "unit" | "agency";

export interface ViewFilters {
  query: string;
  status: StatusFilter;
  kind: KindFilter;
}

export const NO_FILTERS: ViewFilters = { query: "", status: "all", kind: "all" };

/** Words of a search, matched with every mark removed: "kim lien", "Kim Liên" and "KIM LIÊN" meet. */
function words(text: string): string[] {
  return asciiKey(text).split(" ").filter(Boolean);
}

/** The text a unit is found by: its name, its code, and the titles of the plans it reports on. */
function searchText(unit: UnitReporting): string {
  return asciiKey([unit.name, unit.code, ...unit.plans.map((p) => p.title)].join(" "));
}

function statusMatches(unit: UnitReporting, status: StatusFilter): boolean {
  switch (status) {
    case "all":
      return true;
    case "behind":
      return unit.notYet + unit.overdue > 0;
    case "overdue":
      return unit.overdue > 0;
    case "complete":
      return unit.tasks > 0 && unit.reported === unit.tasks;
    case "none":
      return unit.tasks === 0;
  }
}

export function visibleUnits(rollup: ProvinceRollup, filters: ViewFilters): UnitReporting[] {
  const query = words(filters.query);
  return rollup.units.filter((unit) => {
    if (filters.kind !== "all" && unit.kind !== filters.kind) return false;
    if (!statusMatches(unit, filters.status)) return false;
    if (query.length === 0) return true;
    const text = searchText(unit);
    return query.every((word) => text.includes(word));
  });
}

/** A unit as the section and the spreadsheet see it when a search also narrows its plans. */
export interface Totals {
  units: number;
  tasks: number;
  reported: number;
  notYet: number;
  overdue: number;
}

export function totals(units: readonly UnitReporting[]): Totals {
  const out: Totals = { units: 0, tasks: 0, reported: 0, notYet: 0, overdue: 0 };
  for (const u of units) {
    if (u.tasks > 0) out.units++;
    out.tasks += u.tasks;
    out.reported += u.reported;
    out.notYet += u.notYet;
    out.overdue += u.overdue;
  }
  return out;
}

/** The share of tasks reported, 0–100 with one decimal; 0 when there is none to report. */
export function reportedShare(unit: { tasks: number; reported: number }): number {
  return unit.tasks === 0 ? 0 : Math.round((unit.reported / unit.tasks) * 1000) / 10;
}

export type PeriodChoice = "q1" | "q2" | "h1" | "q3" | "m9" | "q4" | "year";
export const PERIOD_CHOICES: readonly PeriodChoice[] = ["q1", "q2", "h1", "q3", "m9", "q4", "year"];

export function periodOf(choice: PeriodChoice, year: number): ReportPeriod {
  switch (choice) {
    case "q1":
    case "q2":
    case "q3":
    case "q4":
      return { kind: "quarter", year, quarter: Number(choice.slice(1)) as 1 | 2 | 3 | 4 };
    case "h1":
      return { kind: "halfYear", year };
    case "m9":
      return { kind: "nineMonths", year };
    case "year":
      return { kind: "year", year };
  }
}

/** The period of the usual ones whose data window holds `today` (the quarter under way). */
export function currentChoice(today: string): { choice: PeriodChoice; year: number } {
  const [year, month] = today.split("-").map(Number) as [number, number];
  return { choice: `q${Math.min(4, Math.floor((month - 1) / 3) + 1)}` as PeriodChoice, year };
}
