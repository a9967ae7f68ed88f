import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { defaultDraft } from "./defaults.js";
import { buildPeriodReport } from "./report.js";
import { cutoff, q2 } from "./scenario.test-helpers.js";
import { asClause } from "./sentence.js";

describe("text put inside a sentence of the report", () => {
  it("drops the punctuation it ends with, keeping what carries meaning", () => {
    expect(asClause("Đã đăng 5 tin trên hệ thống truyền thanh.")).toBe(
      "Đã đăng 5 tin trên hệ thống truyền thanh",
    );
    expect(asClause("Đăng tin; ")).toBe("Đăng tin");
    expect(asClause("Xong . ;")).toBe("Xong");
    expect(asClause("Có nên làm tiếp?")).toBe("Có nên làm tiếp?");
    expect(asClause("Hội thi (vòng 1).")).toBe("Hội thi (vòng 1)");
  });

  it("ends each sentence of the narrative once, whatever the titles end with", () => {
    const plan = {
      ...samplePlan,
      title: "Tuyên truyền cải cách hành chính năm 2026.",
      tasks: samplePlan.tasks.map((t) => ({ ...t, title: `${t.title}.` })),
    };
    const r = buildPeriodReport({
      plan,
      period: q2,
      cutoff,
      log: [],
      draft: defaultDraft(plan, q2),
      today: "2026-06-16",
    });
    const text = Object.values(r.narrative).join("\n");
    expect(text).not.toMatch(/\.[”"]|\.;|\.\s*\.|\.\)/u);
    expect(r.narrative.direction).toContain("về tuyên truyền cải cách hành chính năm 2026; giao");
  });
});
