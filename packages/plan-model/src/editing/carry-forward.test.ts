import { describe, expect, it } from "vitest";
import { type Plan, validatePlanData } from "../index.js";
import { planStatus } from "../issued.js";
import { samplePlan } from "../sample/index.js";
import { carryForward } from "./carry-forward.js";

describe("carrying a plan forward to the next year", () => {
  const { plan, review } = carryForward(samplePlan, "kh-2027");

  it("moves the year in the title, the running text and every task time", () => {
    expect(plan.planYear).toBe(2027);
    expect(plan.title).toBe("Tuyên truyền cải cách hành chính năm 2027 trên địa bàn xã Kim Liên");
    expect(plan.closing).toContain("năm 2027");
    const times = plan.tasks.map((t) => t.time);
    expect(times).toContainEqual({
      raw: "Quý III/2027",
      kind: "within",
      period: { unit: "quarter", year: 2027, quarter: 3 },
    });
    expect(times).toContainEqual({
      raw: "Tháng 11/2027",
      kind: "within",
      period: { unit: "month", year: 2027, month: 11 },
    });
  });

  it("makes a draft: new id, no number, the day of issue left for later", () => {
    expect(plan.id).toBe("kh-2027");
    expect(plan.number).toBeUndefined();
    expect(plan.issuedOn).toEqual({ year: 2027 });
    expect(planStatus(plan)).toBe("draft");
    expect(validatePlanData(plan).ok).toBe(true);
  });

  it("never rewrites a cited document and lists it for review instead", () => {
    expect(plan.bases).toEqual(samplePlan.bases);
    expect(review).toContainEqual(
      expect.objectContaining({
        kind: "basis-document",
        path: "bases[1].text",
        where: "Căn cứ 2 › Nội dung",
      }),
    );
    // The 2021 programme is still in force: nothing to review there.
    expect(review.find((r) => r.path === "bases[0].text")).toBeUndefined();
  });

  it("keeps a date inside a cited document as it is", () => {
    const withCitation: Plan = {
      ...samplePlan,
      tasks: [
        {
          ...samplePlan.tasks[0]!,
          title:
            "Triển khai Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh về cải cách hành chính năm 2026",
        },
      ],
    };
    const result = carryForward(withCitation, "x");
    expect(result.plan.tasks[0]!.title).toBe(
      "Triển khai Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh về cải cách hành chính năm 2027",
    );
    expect(result.review).toContainEqual(
      expect.objectContaining({ kind: "cited-in-text", path: "tasks[0].title" }),
    );
  });

  it("lists times it cannot move safely and keeps their text", () => {
    const odd: Plan = {
      ...samplePlan,
      planYear: 2024,
      tasks: [
        {
          ...samplePlan.tasks[0]!,
          time: { raw: "Trước ngày 29/02/2024", kind: "deadline", by: { year: 2024, month: 2, day: 29 } },
        },
        {
          ...samplePlan.tasks[1]!,
          time: {
            raw: "Theo thời hạn tại Kế hoạch của tỉnh",
            kind: "relative",
            to: { text: "Kế hoạch của tỉnh" },
          },
        },
        { ...samplePlan.tasks[2]!, time: { raw: "lúc thuận tiện", kind: "unspecified" } },
      ],
    };
    const result = carryForward(odd, "x");
    expect(result.review.map((r) => [r.kind, r.path])).toEqual(
      expect.arrayContaining([
        ["time-changed", "tasks[0].time"],
        ["time-depends", "tasks[1].time"],
        ["time-unknown", "tasks[2].time"],
      ]),
    );
    expect(result.plan.tasks[0]!.time.raw).toBe("Trước ngày 29/02/2025");
  });

  it("drops last year's waivers and says so", () => {
    const waived: Plan = {
      ...samplePlan,
      waivers: [{ rule: "budget-missing", reason: "Không cần kinh phí" }],
    };
    const result = carryForward(waived, "x");
    expect(result.plan.waivers).toEqual([]);
    expect(result.review).toContainEqual(expect.objectContaining({ kind: "waivers-dropped", count: 1 }));
  });

  it("never changes the plan it was given", () => {
    const before = structuredClone(samplePlan);
    carryForward(samplePlan, "y");
    expect(samplePlan).toEqual(before);
  });
});
