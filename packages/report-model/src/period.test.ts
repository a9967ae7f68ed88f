import { periodWindow, type ReportPeriod } from "@kehoach/plan-model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./dates.js";
import {
  nextPeriodPhrase,
  parsePeriodKey,
  periodKey,
  periodPhrase,
  periodTitle,
  previousPeriod,
  samePeriod,
} from "./period.js";

describe("report periods", () => {
  it("reads a period key back into its period, and nothing else", () => {
    const periods: ReportPeriod[] = [
      { kind: "month", year: 2026, month: 3 },
      { kind: "month", year: 2026, month: 12 },
      { kind: "quarter", year: 2026, quarter: 4 },
      { kind: "halfYear", year: 2026 },
      { kind: "nineMonths", year: 2026 },
      { kind: "year", year: 2027 },
      { kind: "adhoc", from: "2026-02-01", to: "2026-02-28" },
    ];
    for (const period of periods) expect(parsePeriodKey(periodKey(period))).toEqual(period);
    for (const text of [
      "",
      "2026",
      "2026-Q5",
      "2026-M3",
      "2026-M13",
      "2026-H2",
      "2026-q2",
      "adhoc-2026-02-28-2026-02-01",
      "adhoc-2026-02-30-2026-03-01",
      "t01@2026-Q2",
      " 2026-Q2",
    ]) {
      expect(parsePeriodKey(text), text).toBeUndefined();
    }
  });

  it("names each period by a key that files carry", () => {
    expect(periodKey({ kind: "quarter", year: 2026, quarter: 2 })).toBe("2026-Q2");
    expect(periodKey({ kind: "halfYear", year: 2026 })).toBe("2026-H1");
    expect(periodKey({ kind: "nineMonths", year: 2026 })).toBe("2026-9M");
    expect(periodKey({ kind: "year", year: 2026 })).toBe("2026-Y");
    expect(periodKey({ kind: "adhoc", from: "2026-02-01", to: "2026-02-28" })).toBe(
      "adhoc-2026-02-01-2026-02-28",
    );
    expect(samePeriod({ kind: "year", year: 2026 }, { kind: "year", year: 2025 })).toBe(false);
  });

  it("shows the 15th-to-14th data window with the period", () => {
    expect(periodTitle({ kind: "quarter", year: 2026, quarter: 1 })).toBe(
      "Quý I năm 2026 (số liệu từ 15/12/2025 đến 14/3/2026)",
    );
    expect(periodTitle({ kind: "halfYear", year: 2026 })).toBe(
      "6 tháng đầu năm 2026 (số liệu từ 15/12/2025 đến 14/6/2026)",
    );
    expect(periodTitle({ kind: "year", year: 2026 })).toBe("Năm 2026 (số liệu từ 15/12/2025 đến 14/12/2026)");
  });

  it("follows a locality's own closing day (31 gives calendar periods)", () => {
    expect(periodTitle({ kind: "quarter", year: 2026, quarter: 2 }, { closingDay: 31 })).toBe(
      "Quý II năm 2026 (số liệu từ 01/4/2026 đến 30/6/2026)",
    );
  });

  it("phrases the period inside a sentence and names the next one", () => {
    expect(periodPhrase({ kind: "quarter", year: 2026, quarter: 2 })).toBe("quý II năm 2026");
    expect(periodPhrase({ kind: "adhoc", from: "2026-02-01", to: "2026-02-28" })).toBe(
      "từ ngày 01/02/2026 đến ngày 28/02/2026",
    );
    expect(nextPeriodPhrase({ kind: "quarter", year: 2026, quarter: 4 })).toBe("quý I năm 2027");
    expect(nextPeriodPhrase({ kind: "halfYear", year: 2026 })).toBe("6 tháng cuối năm 2026");
  });

  it("makes consecutive quarters' windows meet with no gap and no overlap, for any closing day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 28 }),
        (year, closingDay) => {
          for (let quarter = 1; quarter <= 4; quarter++) {
            const period: ReportPeriod = { kind: "quarter", year, quarter };
            const before = previousPeriod(period);
            if (!before) return false;
            const a = periodWindow(before, { closingDay });
            const b = periodWindow(period, { closingDay });
            if (addDays(a.to, 1) !== b.from || b.from > b.to) return false;
          }
          return true;
        },
      ),
    );
  });
});
