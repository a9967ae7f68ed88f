import { describe, expect, it } from "vitest";
import { serializePlan } from "../index.js";
import { samplePlan } from "../sample/index.js";
import { importPlanText } from "./import-json.js";

describe("importing a plan file", () => {
  it("accepts a valid plan as it is", () => {
    const result = importPlanText(serializePlan(samplePlan), new Set(), () => "moi");
    expect(result).toMatchObject({ ok: true, copied: false, plan: { id: samplePlan.id } });
  });

  it("brings a plan whose id is already stored in as a copy, never over the stored one", () => {
    const result = importPlanText(serializePlan(samplePlan), new Set([samplePlan.id]), () => "moi");
    expect(result).toMatchObject({ ok: true, copied: true, plan: { id: "moi", title: samplePlan.title } });
  });

  it("refuses a broken file with where and what is wrong", () => {
    const broken = JSON.stringify({ ...samplePlan, planYear: "năm sau" });
    const result = importPlanText(broken, new Set(), () => "moi");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ path: "planYear", where: "Năm kế hoạch" });
  });

  it("refuses text that is not JSON", () => {
    const result = importPlanText('{"schemaVersion": 2, ', new Set(), () => "moi");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/JSON/);
  });
});
