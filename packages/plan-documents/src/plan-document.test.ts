import type { Plan } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { type HeadingBlock, validateVanBan } from "@kehoach/vanban";
import { describe, expect, it } from "vitest";
import { planDocument } from "./plan-document.js";
import { planToVanBan } from "./plan-to-van-ban.js";

describe("the document a plan is issued as", () => {
  it("is the Kế hoạch itself when no decision issues it", () => {
    expect(planDocument(samplePlan)).toEqual(planToVanBan(samplePlan));
  });

  const withDecision: Plan = {
    ...samplePlan,
    decision: {
      number: "25",
      symbol: "QĐ-UBND",
      issuedOn: { year: 2026, month: 1, day: 20 },
      title: "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026",
      authority: "Chủ tịch Ủy ban nhân dân xã Kim Liên",
      bases: [
        {
          kind: "can_cu",
          text: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
          refs: [],
        },
      ],
      proposal: "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.",
      articles: [
        "Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền cải cách hành chính năm 2026.",
        "Quyết định này có hiệu lực kể từ ngày ký.",
      ],
      signer: { title: "Chủ tịch", name: "Nguyễn Văn Thành" },
    },
  };
  const doc = planDocument(withDecision);

  it("is a Quyết định with its căn cứ and articles when a decision issues the plan", () => {
    expect(doc).toMatchObject({
      kind: "QD",
      number: "25",
      symbol: "QĐ-UBND",
      subject: "Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026",
      authority: "Chủ tịch Ủy ban nhân dân xã Kim Liên",
      basis: [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
        "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội",
      ],
      signer: { lines: ["Chủ tịch"], name: "Nguyễn Văn Thành" },
    });
    expect(doc.body.map((b) => (b as HeadingBlock).number)).toEqual(["1", "2"]);
  });

  it("attaches the plan without a number or recipients of its own, dated as the decision", () => {
    const attached = doc.attachments?.[0];
    expect(attached).toMatchObject({
      kind: "KH",
      subject: samplePlan.title,
      date: { year: 2026, month: 1, day: 20 },
    });
    expect(attached?.number).toBeUndefined();
    expect(attached?.recipients).toBeUndefined();
  });

  it("gives a document the renderer accepts", () => {
    expect(validateVanBan(doc)).toEqual([]);
  });
});
