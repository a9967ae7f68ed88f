import { describe, expect, it } from "vitest";
import { choiceOf, defaultPeriod, periodOf } from "./periods.js";

describe("choosing a period", () => {
  it("opens on the quarter whose data window holds today", () => {
    // 20/3/2026 lies in Quý II's window (15/3 – 14/6), not in calendar Quý I.
    expect(defaultPeriod(2026, "2026-03-20")).toEqual({ kind: "quarter", year: 2026, quarter: 2 });
    expect(defaultPeriod(2026, "2025-12-20")).toEqual({ kind: "quarter", year: 2026, quarter: 1 });
    expect(defaultPeriod(2026, "2030-01-01")).toEqual({ kind: "quarter", year: 2026, quarter: 1 });
  });

  it("turns every choice into its period and back", () => {
    const dates = { from: "2026-02-01", to: "2026-02-28" };
    for (const choice of ["q1", "q2", "q3", "q4", "halfYear", "nineMonths", "year", "adhoc"] as const) {
      expect(choiceOf(periodOf(choice, 2026, dates))).toBe(choice);
    }
  });
});
