import { describe, expect, it } from "vitest";
import { createAgencyMatcher, type Plan } from "../index.js";
import { testContext } from "./fixtures/locality.test-helpers.js";
import { suggestDuties, suggestRecipients } from "./suggestions.js";
import { cchcCommunicationPlan } from "./templates.js";

const matcher = createAgencyMatcher(testContext.directory);
const base = cchcCommunicationPlan(testContext, { id: "p", year: 2027, issuerId: "ubnd" });
const plan: Plan = {
  ...base,
  tasks: [
    {
      id: "a",
      title: "Đăng tin",
      roles: [
        { role: "lead", agency: { name: "VHXH" } },
        { role: "support", agency: { name: "Văn phòng HĐND và UBND xã" } },
      ],
      time: { raw: "Thường xuyên", kind: "ongoing" },
    },
    {
      id: "b",
      title: "Hội thi",
      roles: [
        { role: "lead", agency: { name: "Phòng Văn hóa - Xã hội" } },
        { role: "support", agency: { name: "các cơ quan, đơn vị liên quan" } },
      ],
      time: { raw: "Quý III", kind: "unspecified" },
    },
    {
      id: "c",
      title: "Vận động",
      roles: [{ role: "requested", agency: { name: "MTTQ xã" } }],
      time: { raw: "", kind: "unspecified" },
    },
  ],
};

describe("duties suggested from the tasks", () => {
  const duties = suggestDuties(plan, matcher);

  it("gives each agency named by the tasks one duty, under its canonical name, citing its tasks", () => {
    expect(duties.map((d) => d.agency)).toEqual([
      { name: "Phòng Văn hóa - Xã hội", id: "vhxh" },
      { name: "Văn phòng HĐND và UBND xã", id: "van-phong" },
      { name: "Ủy ban Mặt trận Tổ quốc Việt Nam xã", id: "mttq" },
    ]);
    expect(duties[0]!.items[0]!.text).toBe(
      "Chủ trì thực hiện các nhiệm vụ số 1 và 2 tại Mục III của Kế hoạch; chủ động xây dựng nội dung, bố trí nguồn lực và báo cáo kết quả thực hiện theo quy định.",
    );
    expect(duties[1]!.items[0]!.text).toBe("Phối hợp thực hiện nhiệm vụ số 1 tại Mục III của Kế hoạch.");
  });

  it("marks a body the plan can only ask as a request", () => {
    expect(duties[2]).toMatchObject({ requested: true, items: [{ roles: ["requested"] }] });
  });

  it("suggests nothing for an agency that already has its duty", () => {
    const covered: Plan = {
      ...plan,
      implementation: [{ id: "x", agency: { name: "Phòng VH-XH" }, items: [] }],
    };
    expect(suggestDuties(covered, matcher).map((d) => d.agency.name)).not.toContain("Phòng Văn hóa - Xã hội");
  });
});

describe("recipients suggested from the agencies involved", () => {
  it("offers each agency not yet listed, and the superior body when the plan carries out its plan", () => {
    const implementing: Plan = {
      ...plan,
      bases: [
        {
          kind: "thuc_hien",
          text: "Thực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2027 của UBND tỉnh;",
          refs: [],
        },
      ],
      recipients: { items: [{ text: "Phòng VH-XH" }], archive: { vt: true, units: [] } },
    };
    const suggested = suggestRecipients(implementing, testContext.directory, matcher);
    expect(suggested.map((s) => [s.recipient.text, s.reason])).toEqual([
      ["Văn phòng HĐND và UBND xã", "involved"],
      ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "involved"],
      ["Sở Nội vụ tỉnh Thử Nghiệm (để b/c)", "superior"],
    ]);
  });
});
