import { describe, expect, it } from "vitest";
import { validatePlan, validatePlanData } from "../index.js";
import { planStatus } from "../issued.js";
import { testContext } from "./fixtures/locality.test-helpers.js";
import { blankPlan, cchcCommunicationPlan } from "./templates.js";

const input = { id: "kh-moi", year: 2027, issuerId: "ubnd" };

describe("new plans from a template", () => {
  it("takes the issuer, symbol, place and signer from the locality", () => {
    const plan = blankPlan(testContext, input);
    expect(plan.issuer).toEqual({
      name: "Ủy ban nhân dân xã An Bình",
      headerLines: ["Ủy ban nhân dân", "xã An Bình"],
      agencyId: "ubnd",
    });
    expect(plan).toMatchObject({
      symbol: "KH-UBND",
      place: "An Bình",
      planYear: 2027,
      issuedOn: { year: 2027 },
    });
    expect(plan.signer).toEqual({ collective: "Ủy ban nhân dân", title: "Chủ tịch", name: "Nguyễn Văn An" });
  });

  it("gives plans the stored format accepts, as drafts", () => {
    for (const plan of [blankPlan(testContext, input), cchcCommunicationPlan(testContext, input)]) {
      expect(validatePlanData(plan).ok).toBe(true);
      expect(planStatus(plan)).toBe("draft");
    }
  });

  it("writes the communication plan for the year and the commune, with an empty task table", () => {
    const plan = cchcCommunicationPlan(testContext, input);
    expect(plan.title).toBe("Tuyên truyền cải cách hành chính năm 2027 trên địa bàn xã An Bình");
    expect(plan.tasks).toEqual([]);
    expect(plan.sections.map((s) => s.heading)).toContain("Nhiệm vụ cụ thể");
    expect(plan.closing?.endsWith("./.")).toBe(true);
  });

  it("has no error the author did not cause (only what a draft still lacks)", () => {
    const result = validatePlan(cchcCommunicationPlan(testContext, input), {
      directory: testContext.directory,
    });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
