import { samplePlan } from "@kehoach/plan-model/sample";
import type { HeadingBlock, TableBlock } from "@kehoach/vanban";
import { describe, expect, it } from "vitest";
import { planToVanBan, signerBlock, toRoman } from "./plan-to-van-ban.js";

describe("a plan as a Kế hoạch văn bản", () => {
  const doc = planToVanBan(samplePlan);

  it("carries the header facts of the plan", () => {
    expect(doc).toMatchObject({
      kind: "KH",
      issuingBody: ["Ủy ban nhân dân", "xã Kim Liên"],
      number: "15",
      symbol: "KH-UBND",
      place: "Kim Liên",
      date: { year: 2026, month: 1, day: 20 },
      subject: samplePlan.title,
    });
  });

  it("numbers the sections I., II., … and their khoản 1., 2., …", () => {
    const headings = doc.body.filter((b): b is HeadingBlock => b.type === "heading");
    const mucs = headings.filter((h) => h.level === "muc").map((h) => `${h.number}. ${h.text}`);
    expect(mucs).toEqual([
      "I. Mục đích, yêu cầu",
      "II. Nội dung, hình thức và đối tượng tuyên truyền",
      "III. Nhiệm vụ cụ thể",
      "IV. Kinh phí thực hiện",
      "V. Tổ chức thực hiện",
    ]);
    const firstKhoans = headings.filter((h) => h.level === "khoan").slice(0, 2);
    expect(firstKhoans.map((h) => [h.number, h.text])).toEqual([
      ["1", "Mục đích"],
      ["2", "Yêu cầu"],
    ]);
  });

  it("places the task table where the plan puts it, one row per task", () => {
    const index = doc.body.findIndex((b) => b.type === "table");
    const before = doc.body[index - 2];
    expect(before).toMatchObject({ type: "heading", level: "muc", text: "Nhiệm vụ cụ thể" });
    const table = doc.body[index] as TableBlock;
    expect(table.rows).toHaveLength(samplePlan.tasks.length);
    expect(table.rows[0]).toEqual({
      cells: [
        "1",
        samplePlan.tasks[0]?.content,
        "Kế hoạch, văn bản hướng dẫn",
        "Phòng Văn hóa - Xã hội",
        "Văn phòng HĐND và UBND xã",
        "Quý I/2026",
      ],
    });
  });

  it("still prints the tasks when no section says where they go", () => {
    const plan = { ...samplePlan, sections: [] };
    expect(planToVanBan(plan).body.some((b) => b.type === "table")).toBe(true);
  });

  it("reproduces the same document for the same plan", () => {
    expect(planToVanBan(samplePlan)).toEqual(planToVanBan(structuredClone(samplePlan)));
  });
});

describe("signer lines", () => {
  it("writes TM. and KT. as Nghị định 30 does", () => {
    expect(signerBlock(samplePlan.signer!)).toEqual({
      lines: ["TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch"],
      name: "Trần Thị Minh Hương",
    });
  });

  it("writes an acting head as one Q. line", () => {
    expect(signerBlock({ delegation: "Q", title: "Chánh Văn phòng", name: "Lê Văn Bình" }).lines).toEqual([
      "Q. Chánh Văn phòng",
    ]);
  });
});

describe("Roman numerals", () => {
  it.each([
    [1, "I"],
    [4, "IV"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
  ])("%i is %s", (n, roman) => {
    expect(toRoman(n)).toBe(roman);
  });
});
