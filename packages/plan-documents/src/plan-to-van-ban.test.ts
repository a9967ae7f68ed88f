import type { Task } from "@kehoach/plan-model";
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
        samplePlan.tasks[0]?.title,
        "Kế hoạch, văn bản hướng dẫn",
        "Phòng Văn hóa - Xã hội",
        "Văn phòng HĐND và UBND xã",
        "Quý I/2026",
      ],
    });
  });

  it("writes the plan's forms and audiences as one sentence each, as the plan words them", () => {
    const paragraphs = doc.body.flatMap((b) =>
      b.type === "paragraph" && typeof b.content === "string" ? [b.content] : [],
    );
    expect(paragraphs).toContain(
      "Tuyên truyền trên Trang thông tin điện tử xã và hệ thống truyền thanh cơ sở; tờ gấp, băng rôn, pa nô; hội nghị, tập huấn, hội thi; lồng ghép trong sinh hoạt của thôn và các tổ chức chính trị - xã hội; hướng dẫn trực tiếp tại Trung tâm Phục vụ hành chính công xã.",
    );
    expect(paragraphs).toContain(
      "Cán bộ, công chức xã; người hoạt động không chuyên trách ở thôn; đoàn viên, hội viên các tổ chức chính trị - xã hội; người dân và doanh nghiệp trên địa bàn xã.",
    );
    expect(paragraphs).toContain(samplePlan.budget?.text);
  });

  it("gives each agency of Tổ chức thực hiện its own khoản, a request starting with Đề nghị", () => {
    const headings = doc.body.filter((b): b is HeadingBlock => b.type === "heading" && b.level === "khoan");
    expect(headings.slice(-5).map((h) => h.text)).toEqual([
      "Phòng Văn hóa - Xã hội",
      "Văn phòng HĐND và UBND xã",
      "Trung tâm Phục vụ hành chính công xã",
      "Các cơ quan, đơn vị thuộc Ủy ban nhân dân xã",
      "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội",
    ]);
  });

  it("prints a group as a row across the table and numbers its sub-tasks under it", () => {
    const [first, second] = samplePlan.tasks as [Task, Task];
    const plan = {
      ...samplePlan,
      tasks: [
        {
          id: "g",
          kind: "group" as const,
          title: "Tuyên truyền trên Trang thông tin điện tử",
          roles: [],
          time: { raw: "", kind: "unspecified" as const },
          children: [
            first,
            {
              ...second,
              roles: [...second.roles, { role: "advisor" as const, agency: { name: "Phòng Kinh tế" } }],
            },
          ],
        },
      ],
    };
    const table = planToVanBan(plan).body.find((b): b is TableBlock => b.type === "table")!;
    expect(table.rows[0]).toEqual({ group: "Tuyên truyền trên Trang thông tin điện tử", label: "1" });
    expect(table.rows.slice(1).map((r) => ("cells" in r ? [r.cells[0], r.cells[3]] : []))).toEqual([
      ["1.1", "Phòng Văn hóa - Xã hội"],
      ["1.2", "Văn phòng HĐND và UBND xã; Phòng Kinh tế (tham mưu)"],
    ]);
  });

  it("prints tasks placed in an appendix there, landscape, and not again in the body", () => {
    const plan = structuredClone(samplePlan);
    plan.sections = plan.sections.filter((sec) => sec.id !== "nhiem-vu");
    plan.appendices = [
      { id: "pl", title: "Danh mục nhiệm vụ năm 2026", content: [{ kind: "slot", slot: "tasks" }] },
    ];
    const result = planToVanBan(plan);
    expect(result.body.some((b) => b.type === "table")).toBe(false);
    expect(result.appendices?.[0]).toMatchObject({
      title: "Danh mục nhiệm vụ năm 2026",
      orientation: "landscape",
    });
    expect((result.appendices![0]!.body[0] as TableBlock).rows).toHaveLength(samplePlan.tasks.length);
  });

  it("titles a duty shared by several agencies with all of them", () => {
    const plan = structuredClone(samplePlan);
    plan.implementation = [
      {
        id: "x",
        agency: { name: "Các cơ quan chuyên môn" },
        coAgencies: [{ name: "UBND các xã, phường" }],
        items: [{ text: "Xây dựng kế hoạch của đơn vị." }],
      },
    ];
    const headings = planToVanBan(plan).body.filter((b): b is HeadingBlock => b.type === "heading");
    expect(headings.at(-1)?.text).toBe("Các cơ quan chuyên môn; UBND các xã, phường");
  });

  it("writes the archive line from its parts", () => {
    expect(doc.recipients?.archive).toBe("VT, VHXH");
    expect(doc.recipients?.items[0]).toBe("Sở Nội vụ tỉnh Nghệ An (để b/c)");
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
