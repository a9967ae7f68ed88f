import { describe, expect, it } from "vitest";
import { isSamplePlan, SAMPLE_PLAN_ID, samplePlan } from "./index.js";

describe("the sample plan's id", () => {
  it("is the id the sample carries, so apps tell the sample from the user's plans", () => {
    expect(samplePlan.id).toBe(SAMPLE_PLAN_ID);
    expect(isSamplePlan(samplePlan.id)).toBe(true);
    expect(isSamplePlan("ke-hoach-cua-xa")).toBe(false);
  });
});
