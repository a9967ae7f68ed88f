import { periodWindow, type ReportPeriod } from "@kehoach/plan-model";
import { standardPeriods } from "@kehoach/report-model";
import { vi } from "../i18n/vi.js";

/** The period whose data window holds today, in the plan's year; the first quarter otherwise. */
export function defaultPeriod(planYear: number, today: string): ReportPeriod {
  const quarters = standardPeriods(planYear).filter((p) => p.kind === "quarter");
  const current = quarters.find((p) => {
    const w = periodWindow(p);
    return today >= w.from && today <= w.to;
  });
  return current ?? { kind: "quarter", year: planYear, quarter: 1 };
}

export type PeriodChoice = "q1" | "q2" | "q3" | "q4" | "halfYear" | "nineMonths" | "year" | "adhoc";

export const PERIOD_CHOICE_VALUES: readonly PeriodChoice[] = [
  "q1",
  "q2",
  "q3",
  "q4",
  "halfYear",
  "nineMonths",
  "year",
  "adhoc",
];

/** The choices with their names in a screen's words (Vietnamese by default). */
export function periodChoices(
  names: Record<PeriodChoice, string> = vi.period.choices,
): { value: PeriodChoice; label: string }[] {
  return PERIOD_CHOICE_VALUES.map((value) => ({ value, label: names[value] }));
}

export const PERIOD_CHOICES = periodChoices();

export function choiceOf(period: ReportPeriod): PeriodChoice {
  switch (period.kind) {
    case "quarter":
      return `q${period.quarter}` as PeriodChoice;
    case "halfYear":
    case "nineMonths":
    case "year":
    case "adhoc":
      return period.kind;
    case "month":
      return "q1";
  }
}

export function periodOf(
  choice: PeriodChoice,
  year: number,
  adhoc: { from: string; to: string },
): ReportPeriod {
  switch (choice) {
    case "q1":
    case "q2":
    case "q3":
    case "q4":
      return { kind: "quarter", year, quarter: Number(choice.slice(1)) };
    case "halfYear":
      return { kind: "halfYear", year };
    case "nineMonths":
      return { kind: "nineMonths", year };
    case "year":
      return { kind: "year", year };
    case "adhoc":
      return { kind: "adhoc", from: adhoc.from, to: adhoc.to };
  }
}
