import type { ProvinceRollup, UnitReporting } from "@kehoach/hub";
import { describe, expect, it } from "vitest";
import { currentChoice, NO_FILTERS, periodOf, reportedShare, totals, visibleUnits } from "./view.js";

const unit = (
  code: string,
  name: string,
  counts: Partial<UnitReporting>,
  plans: string[] = [],
): UnitReporting => ({
  code,
  name,
  kind: code.startsWith("so-") ? "agency" : "unit",
  tasks: 0,
  reported: 0,
  notYet: 0,
  overdue: 0,
  ...counts,
  plans: plans.map((title) => ({
    plan: { unit: "so-noi-vu", id: title },
    title,
    planYear: 2026,
    own: false,
    submitted: false,
    tasks: 1,
    reported: 0,
    notYet: 1,
    overdue: 0,
    rows: [],
  })),
});

const rollup = {
  units: [
    unit("xa-kim-lien", "xã Kim Liên", { tasks: 4, reported: 4 }, ["Tuyên truyền cải cách hành chính"]),
    unit("phuong-vinh-phu", "phường Vinh Phú", { tasks: 4, reported: 1, notYet: 2, overdue: 1 }),
    unit("xa-hoa-binh", "xã Hòa Bình", { tasks: 2, notYet: 2 }),
    unit("so-noi-vu", "Sở Nội vụ", {}),
  ],
} as unknown as ProvinceRollup;
const codes = (units: UnitReporting[]) => units.map((u) => u.code);

describe("what the province view shows", () => {
  it("finds units and plans typed with or without accents, in any case", () => {
    expect(codes(visibleUnits(rollup, { ...NO_FILTERS, query: "kim lien" }))).toEqual(["xa-kim-lien"]);
    expect(codes(visibleUnits(rollup, { ...NO_FILTERS, query: "HOA BINH" }))).toEqual(["xa-hoa-binh"]);
    // Both spellings of one syllable ("hòa", "hoà") and a plan's title find the same unit.
    expect(codes(visibleUnits(rollup, { ...NO_FILTERS, query: "Hoà" }))).toEqual(["xa-hoa-binh"]);
    expect(codes(visibleUnits(rollup, { ...NO_FILTERS, query: "cai cach" }))).toEqual(["xa-kim-lien"]);
    expect(codes(visibleUnits(rollup, { ...NO_FILTERS, query: "  " }))).toHaveLength(4);
  });

  it("filters by how far a unit is with its reports, and by its kind", () => {
    expect(codes(visibleUnits(rollup, { ...NO_FILTERS, status: "behind" }))).toEqual([
      "phuong-vinh-phu",
      "xa-hoa-binh",
    ]);
    expect(codes(visibleUnits(rollup, { ...NO_FILTERS, status: "overdue" }))).toEqual(["phuong-vinh-phu"]);
    expect(codes(visibleUnits(rollup, { ...NO_FILTERS, status: "complete" }))).toEqual(["xa-kim-lien"]);
    expect(codes(visibleUnits(rollup, { ...NO_FILTERS, status: "none" }))).toEqual(["so-noi-vu"]);
    expect(codes(visibleUnits(rollup, { ...NO_FILTERS, kind: "agency" }))).toEqual(["so-noi-vu"]);
  });

  it("adds up what is shown, counting only units with tasks", () => {
    expect(totals(rollup.units)).toEqual({ units: 3, tasks: 10, reported: 5, notYet: 4, overdue: 1 });
    expect(reportedShare({ tasks: 3, reported: 1 })).toBe(33.3);
    expect(reportedShare({ tasks: 0, reported: 0 })).toBe(0);
  });

  it("offers the usual periods, starting from the quarter under way", () => {
    expect(currentChoice("2026-05-20")).toEqual({ choice: "q2", year: 2026 });
    expect(currentChoice("2026-12-31")).toEqual({ choice: "q4", year: 2026 });
    expect(periodOf("m9", 2026)).toEqual({ kind: "nineMonths", year: 2026 });
    expect(periodOf("q3", 2027)).toEqual({ kind: "quarter", year: 2027, quarter: 3 });
  });
});
