import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { validatePlanData } from "./load.js";

describe("a ký hiệu as offices write it", () => {
  it('accepts "&" joining two abbreviations in a group, as in KH-SGD&ĐT', () => {
    expect(validatePlanData({ ...samplePlan, symbol: "KH-SGD&ĐT" }).ok).toBe(true);
    expect(validatePlanData({ ...samplePlan, symbol: "KH-PGD&ĐT" }).ok).toBe(true);
  });

  it("still refuses spaces, a dangling & or a missing type part", () => {
    for (const symbol of ["KH - UBND", "KH-&UBND", "KH-UBND&", "UBND"]) {
      expect(validatePlanData({ ...samplePlan, symbol }).ok, symbol).toBe(false);
    }
  });
});
