import { readdirSync, readFileSync } from "node:fs";
import { validatePlan, validatePlanData } from "@kehoach/plan-model";
import { describe, expect, it } from "vitest";
import { importText } from "./import.js";
import { toSummary } from "./summary.js";
import { toPlan } from "./to-plan.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function ok(text: string) {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("a commune plan whose header table became tab-separated lines and whose task table arrived one cell per line", () => {
  const result = ok(fixture("tan-thanh-2026-cell-lines.txt"));
  const summary = toSummary(result);

  it("reads both columns of the lost header table, and a title in capitals as sentence case with the place name kept", () => {
    expect(summary).toMatchObject({
      issuer: "Ủy ban nhân dân xã Tân Thành",
      number: "15",
      symbol: "KH-UBND",
      place: "Tân Thành",
      issuedOn: "2026-02-05",
      title: "Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Tân Thành",
    });
    expect(result.header.issuerLevel).toBe("commune");
    expect(result.findings.map((f) => f.code)).toContain("title-capitals");
  });

  it("puts cells back in their columns when a row leaves a cell empty", () => {
    expect(summary.tasks.map((t) => [t.ref, t.leads, t.supports, t.time])).toEqual([
      ["1", ["Văn phòng HĐND và UBND xã"], ["Phòng Văn hóa - Xã hội", "các thôn, tổ dân phố"], "Hằng tháng"],
      ["2", ["Phòng Kinh tế"], ["Các phòng, ban, đơn vị thuộc UBND xã", "Hội Nông dân xã"], "Quý III/2026"],
      ["3", ["Trung tâm Phục vụ hành chính công xã"], [], "Thường xuyên"],
      [
        "4",
        ["Phòng Văn hóa - Xã hội"],
        ["Ban Chỉ huy Quân sự xã", "Công an xã", "Đoàn Thanh niên xã", "các thôn, tổ dân phố"],
        "Mỗi tháng 2 lần",
      ],
    ]);
  });

  it("reads the signature from the right column of the foot, the name typed below it included", () => {
    expect(result.plan.signer).toEqual({
      collective: "Ủy ban nhân dân",
      delegation: "KT",
      headTitle: "Chủ tịch",
      title: "Phó Chủ tịch",
      name: "Trần Thị Mai",
    });
    expect(result.plan.recipients.items.map((r) => r.text)).toEqual([
      "Sở Nội vụ tỉnh Lâm Đồng",
      "TT Đảng ủy, TT HĐND xã",
      "CT, các PCT UBND xã",
      "Các phòng, ban, đơn vị thuộc UBND xã",
    ]);
    expect(result.plan.recipients.archive).toEqual({ vt: true, units: ["VHXH"] });
  });

  it("notes the invisible characters it removed, with their line", () => {
    const finding = result.findings.find((f) => f.code === "invisible-characters");
    expect(finding?.lines?.from).toBe(2);
    expect(result.plan.issuer.name).not.toMatch(/\u00a0/);
  });

  it("keeps the duties and the reporting duty of 'Tổ chức thực hiện', and a request to the Front as a request", () => {
    expect(result.plan.implementation.map((d) => [d.agency.name, d.requested ?? false])).toEqual([
      ["Văn phòng HĐND và UBND xã", false],
      ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", true],
    ]);
    expect(result.plan.reporting[0]).toMatchObject({
      recipient: { name: "UBND xã" },
      cadences: ["halfYear", "year"],
    });
  });
});

describe("a QĐ carrying the plan as its attachment", () => {
  const result = ok(fixture("lam-dong-2025-decision.txt"));
  const summary = toSummary(result);

  it("is a QĐ with the decision's number, date and trích yếu; the plan keeps its own title", () => {
    expect(result.plan.title).toBe("Thông tin, tuyên truyền cải cách hành chính tỉnh Lâm Đồng năm 2025");
    expect(result.plan.decision).toMatchObject({ number: "245", symbol: "QĐ-UBND" });
    expect(summary).toMatchObject({
      docType: "QĐ",
      issuer: "Ủy ban nhân dân tỉnh Lâm Đồng",
      number: "245",
      symbol: "QĐ-UBND",
      issuedOn: "2025-01-14",
      title: "Về việc ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính tỉnh Lâm Đồng năm 2025",
      signer: { authority: "KT.", title: "PHÓ CHỦ TỊCH", name: "Đặng Trí Dũng" },
    });
    expect(result.header.issuerLevel).toBe("province");
  });

  it("keeps the decision: its articles, its proposal line and its bases", () => {
    const decision = result.plan.decision;
    expect(decision?.articles).toHaveLength(3);
    expect(decision?.articles[0]).toMatch(/^Ban hành kèm theo Quyết định này Kế hoạch/);
    expect(decision?.proposal).toMatch(/^Theo đề nghị của Giám đốc Sở Nội vụ/);
    expect(decision?.bases.map((b) => b.kind)).toEqual(["can_cu", "can_cu"]);
    expect(decision?.authority).toBe("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG");
  });

  it("reads labels in parentheses after a task, labels under '+', and a time given before the lead", () => {
    expect(summary.tasks).toEqual([
      {
        ref: "A.1",
        text: "Tuyên truyền các văn bản chỉ đạo của Trung ương và của tỉnh về cải cách hành chính",
        leads: ["Sở Nội vụ"],
        supports: ["Sở Thông tin và Truyền thông", "Báo Lâm Đồng", "Đài Phát thanh - Truyền hình tỉnh"],
        time: "thường xuyên",
      },
      {
        ref: "A.2",
        text: "Xây dựng chuyên mục “Cải cách hành chính” trên Cổng thông tin điện tử tỉnh",
        leads: ["Văn phòng UBND tỉnh"],
        supports: ["Các sở, ban, ngành", "UBND các huyện, thành phố"],
        time: "Hằng quý",
      },
      {
        ref: "B.1",
        text: "Tổ chức Cuộc thi trực tuyến tìm hiểu về cải cách hành chính",
        leads: ["Sở Nội vụ"],
        supports: ["Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"],
        time: "Quý II - Quý III/2025",
      },
      {
        ref: "B.2",
        text: "Khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
        leads: ["Sở Nội vụ", "Cục Thống kê tỉnh"],
        supports: ["Uỷ ban nhân dân các huyện, thành phố"],
        time: "tháng 9/2025",
      },
    ]);
    expect(result.plan.tasks.map((t) => [t.kind, t.title])).toEqual([
      ["group", "NHIỆM VỤ CHUNG"],
      ["group", "NHIỆM VỤ CỤ THỂ"],
    ]);
  });
});

describe("a plan copied from a legal-document website", () => {
  const text = fixture("muong-la-2024-scraped.txt");
  const result = ok(text);
  const summary = toSummary(result);

  it("cuts the site's banner and metadata, keeping the metadata as provenance", () => {
    expect(result.provenance?.metadata).toMatchObject({
      "số hiệu": "52/KH-UBND",
      "người ký": "Lò Văn Mạnh",
      "ngày ban hành": "22/01/2024",
    });
    const codes = result.findings.map((f) => f.code);
    expect(codes).toContain("banner-removed");
    expect(codes).toContain("metadata-removed");
    expect(summary).toMatchObject({ number: "52", issuedOn: "2024-01-22", signer: { name: "Lò Văn Mạnh" } });
  });

  it("reads a two-row header, skips the column-number row and the header repeated after a page break", () => {
    expect(summary.tasks.map((t) => t.ref)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(result.findings.map((f) => f.code)).toContain("table-header-repeated");
    expect(result.plan.tasks.map((t) => [t.kind, t.ref, t.title])).toEqual([
      ["group", "I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"],
      ["group", "II", "CÔNG TÁC TUYÊN TRUYỀN"],
    ]);
  });

  it("moves a row's cells back after a spacer cell shifted them, and says so with the row's line", () => {
    const task = summary.tasks[3];
    expect(task).toMatchObject({
      text: "Tổ chức hội thi “Tìm hiểu về cải cách hành chính” dành cho cán bộ, công chức cấp xã",
      leads: ["Phòng Nội vụ"],
      supports: ["Huyện đoàn", "Hội Liên hiệp Phụ nữ huyện", "Liên đoàn Lao động huyện"],
      time: "Quý II/2024",
    });
    const shifted = result.findings.find((f) => f.code === "table-row-shifted");
    expect(text.split("\n")[(shifted?.lines?.from ?? 0) - 1]).toMatch(/^4\t\tTổ chức hội thi/);
  });

  it("joins a row broken by a page break to the row above", () => {
    expect(summary.tasks[4]?.text).toBe(
      "Cập nhật, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa cấp huyện, cấp xã theo đúng quy định của Chính phủ",
    );
    expect(result.plan.tasks[1]?.children?.[2]?.product).toBe("Thủ tục hành chính được niêm yết");
  });

  it("joins a sentence split by a page break", () => {
    expect(result.plan.purposes[0]).toMatch(
      /về vai trò của cải cách hành chính đối với sự phát triển kinh tế - xã hội của huyện\./,
    );
  });

  it("reads the budget and the cascade deadline of lower units", () => {
    expect(result.plan.budget?.sources).toEqual(["ngân sách nhà nước", "nguồn kinh phí hợp pháp khác"]);
    const duty = result.plan.implementation[1];
    expect(duty?.items[0]).toMatchObject({
      childPlan: true,
      deadline: { kind: "deadline", by: { year: 2024, month: 2, day: 15 } },
    });
  });
});

describe("a markdown plan with a pipe table", () => {
  const result = ok(fixture("hai-chau-2023.md"));
  it("strips the markdown and reads the table", () => {
    const summary = toSummary(result);
    expect(summary).toMatchObject({
      issuer: "Ủy ban nhân dân quận Hải Châu",
      number: "08",
      issuedOn: "2023-03-09",
    });
    expect(summary.tasks.map((t) => t.time)).toEqual(["Hằng tuần", "Trước 30/6/2023", "Quý II/2023"]);
    expect(result.plan.tasks[1]?.time).toMatchObject({
      kind: "deadline",
      by: { year: 2023, month: 6, day: 30 },
    });
  });
});

describe("traces for the review screen", () => {
  const text = fixture("lam-dong-2025-decision.txt");
  const result = ok(text);
  const lines = text.split("\n");

  it("gives each task the source lines of its title, leads and time", () => {
    const trace = result.tasks.find((t) => t.ref === "B.2");
    expect(lines[(trace?.parts.title?.from ?? 0) - 1]).toMatch(/^2\. Khảo sát/);
    expect(lines[(trace?.parts.time?.from ?? 0) - 1]).toMatch(/Thời gian: tháng 9\/2025/);
    expect(lines[(trace?.parts.leads?.from ?? 0) - 1]).toMatch(/Cơ quan chủ trì: Sở Nội vụ và Cục Thống kê/);
  });

  it("gives header fields their lines", () => {
    const title = result.fields.find((f) => f.target === "title");
    expect(lines[(title?.lines.from ?? 0) - 1]).toBe(
      "Thông tin, tuyên truyền cải cách hành chính tỉnh Lâm Đồng năm 2025",
    );
  });

  it("shows the source exactly as read, one entry per line", () => {
    expect(result.source.length).toBe(lines.length);
  });

  it("builds a plan the plan model loads without a problem", () => {
    for (const name of readdirSync(new URL("./fixtures/", import.meta.url)).filter((f) =>
      /\.(txt|md)$/.test(f),
    )) {
      const loaded = validatePlanData(JSON.parse(JSON.stringify(ok(fixture(name)).plan)));
      expect(loaded.ok ? [] : loaded.problems).toEqual([]);
      // The plan model's own rules run on it like on any plan.
      if (loaded.ok) expect(validatePlan(loaded.plan).findings.every((f) => f.message.length > 0)).toBe(true);
    }
  });
});

describe("agencies written as sentences, a combined role column, and a foot without 'Nơi nhận'", () => {
  const result = ok(fixture("thanh-xuan-2025-sentences.txt"));
  const summary = toSummary(result);

  it("reads a phòng as issuer under its quận, with the name's capitals restored", () => {
    expect(result.plan.issuer).toMatchObject({
      name: "Phòng Nội vụ",
      parentBody: "Ủy ban nhân dân quận Thanh Xuân",
    });
    expect(result.header.issuerLevel).toBe("district");
    expect(summary).toMatchObject({ symbol: "KH-PNV", issuedOn: "2025-02-20" });
  });

  it("keeps a title that starts like a basis ('Triển khai …') as the title", () => {
    expect(summary.title).toBe("Triển khai công tác tuyên truyền cải cách hành chính năm 2025");
    expect(result.plan.bases).toHaveLength(1);
  });

  it("splits 'X chủ trì, phối hợp với Y' and '(chủ trì) … (phối hợp)' into leads and supports", () => {
    expect(summary.tasks.map((t) => [t.ref, t.leads, t.supports, t.time])).toEqual([
      [
        "1",
        ["Phòng Nội vụ"],
        ["Văn phòng HĐND và UBND quận", "Trung tâm Văn hóa, Thông tin và Thể thao quận"],
        "Trước ngày 31/3/2025",
      ],
      ["2", ["Phòng Nội vụ"], ["Phòng Tư pháp", "UBND các phường"], "Quý II/2025"],
      ["1.1", ["Phòng Nội vụ"], ["Văn phòng HĐND và UBND quận"], "Tháng 10/2025"],
      ["1.2", ["Phòng Kinh tế"], ["Phòng Tài chính - Kế hoạch"], "Quý IV/2025"],
    ]);
    expect(summary.tasks[3]?.text).toBe("Đối thoại trực tuyến với doanh nghiệp về thủ tục hành chính");
  });

  it("ends a one-cell-per-line table at the signature and reads the signer", () => {
    expect(summary.signer).toEqual({ authority: null, title: "TRƯỞNG PHÒNG", name: "Hoàng Minh Tuấn" });
  });
});

describe("toPlan", () => {
  it("gives the imported plan back through the plan model's loader, edits included", () => {
    const result = ok(fixture("hai-chau-2023.md"));
    const first = result.plan.tasks[0];
    if (!first) throw new Error("the fixture has tasks");
    first.title = "Cập nhật tin, bài hằng tuần";
    const loaded = toPlan(result);
    expect(loaded.ok && loaded.plan.tasks[0]?.title).toBe("Cập nhật tin, bài hằng tuần");
  });

  it("gives a refusal as the only problem", () => {
    const loaded = toPlan(importText(""));
    expect(loaded.ok ? [] : loaded.problems.map((p) => p.message)).toEqual([
      "Tệp rỗng: không có nội dung kế hoạch để nhập.",
    ]);
  });
});

describe("a PDF copied as text, its columns set apart by runs of spaces", () => {
  const result = ok(fixture("bao-lam-2022-pdf-layout.txt"));
  it("reads both header columns and both foot columns", () => {
    expect(toSummary(result)).toMatchObject({
      issuer: "Ủy ban nhân dân huyện Bảo Lâm",
      number: "17",
      place: "Bảo Lâm",
      issuedOn: "2022-03-03",
      title: "Tuyên truyền cải cách hành chính năm 2022",
      signer: { authority: "TM.", title: "PHÓ CHỦ TỊCH", name: "Nông Văn Hải" },
    });
    expect(result.plan.recipients.items.map((r) => r.text)).toEqual(["Sở Nội vụ"]);
  });
});

describe("a commune draft whose tasks are bullets and sentences", () => {
  const result = ok(fixture("phu-dinh-2025-bullets.txt"));
  const summary = toSummary(result);
  it("reads a draft's blank number and date as blank, keeping the year", () => {
    expect(summary).toMatchObject({
      number: null,
      symbol: "KH-UBND",
      issuedOn: null,
      place: "Phú Đình",
      planYear: 2025,
    });
    expect(result.plan.issuedOn).toEqual({ year: 2025 });
    expect(result.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(["number-missing", "date-blank"]),
    );
  });

  it("reads bullet tasks with '+' labels, several labels on one line, and a sentence with its labels in parentheses", () => {
    expect(summary.tasks.map((t) => [t.text, t.leads, t.supports, t.time])).toEqual([
      ["Tuyên truyền trên trang thông tin điện tử của xã", ["Văn phòng HĐND và UBND xã"], [], "Thường xuyên"],
      [
        "Phát thanh trên loa của các thôn",
        ["Trưởng các thôn"],
        ["Công chức Văn hóa - Xã hội"],
        "Hằng tuần, hoặc đột xuất khi có yêu cầu",
      ],
      [
        "Tổ chức hội thi tìm hiểu pháp luật về cải cách hành chính",
        ["Công chức Tư pháp - Hộ tịch"],
        ["Đoàn Thanh niên", "Hội Phụ nữ xã"],
        "Tháng 9/2025",
      ],
    ]);
  });
});

describe("label values that go on past the label's line", () => {
  const summary = toSummary(ok(fixture("co-to-2024-label-lines.txt")));
  it("takes a bare label's value from the sibling bullets or the unbulleted line after it, and a list wrapped onto the next line", () => {
    expect(summary.tasks.map((t) => [t.leads, t.supports, t.time])).toEqual([
      [
        ["Phòng Nội vụ", "Văn phòng HĐND và UBND huyện"],
        ["Phòng Tư pháp", "Phòng Kinh tế và Hạ tầng", "UBND các xã, thị trấn"],
        "Quý II/2024",
      ],
      [["Phòng Văn hóa và Thông tin"], [], "Quý III/2024"],
    ]);
    expect(summary.signer).toEqual({ authority: "TM.", title: "CHỦ TỊCH", name: "Lê Hùng Sơn" });
  });
});

describe("a plan pasted without its header", () => {
  it("takes a short line naming the year as the title, and does not take a heading for the issuer", () => {
    const result = ok(
      "Tuyên truyền cải cách hành chính năm 2025 của xã Đông Hòa\n\nI. NHIỆM VỤ\n1. Tuyên truyền trên loa\n- Chủ trì: Công chức Văn hóa - Xã hội\n- Thời gian: Hằng tháng\n",
    );
    const summary = toSummary(result);
    expect(summary).toMatchObject({
      title: "Tuyên truyền cải cách hành chính năm 2025 của xã Đông Hòa",
      issuer: null,
      planYear: 2025,
    });
    expect(result.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(["doc-type-guessed", "issuer-missing", "date-missing"]),
    );
    expect(summary.tasks).toHaveLength(1);
  });
});

describe("a task table numbered 1 / 1.1 / 1.2", () => {
  it("makes a numbered row that only heads the rows under it a group, and ends the group where its numbering ends", () => {
    const result = ok(
      "KẾ HOẠCH\nThử năm 2025\nI. NHIỆM VỤ\nTT\tNội dung\tChủ trì\tPhối hợp\tThời gian\n1\tTuyên truyền trên báo chí\t\t\t\n1.1\tĐưa tin trên Cổng thông tin\tVăn phòng UBND\tPhòng Nội vụ\tHằng tuần\n1.2\tPhóng sự truyền hình\tTrung tâm Truyền thông\tPhòng Nội vụ\tQuý II\n2\tTổ chức hội thi\tPhòng Nội vụ\tHuyện đoàn\tQuý III\n",
    );
    expect(
      result.plan.tasks.map((t) => [t.kind ?? "task", t.ref, (t.children ?? []).map((c) => c.ref)]),
    ).toEqual([
      ["group", "1", ["1.1", "1.2"]],
      ["task", "2", []],
    ]);
    expect(toSummary(result).tasks.map((t) => t.ref)).toEqual(["1.1", "1.2", "2"]);
  });
});

describe("supporting agencies in parentheses after the lead", () => {
  it("splits 'Phòng Nội vụ (phối hợp với …)' into a lead and supports", () => {
    const summary = toSummary(
      ok(
        "KẾ HOẠCH\nThử năm 2025\nI. NHIỆM VỤ\n1. Tổ chức hội nghị\n- Cơ quan chủ trì: Phòng Nội vụ (phối hợp với Phòng Tư pháp, Công an huyện)\n- Thời gian: Quý II\n",
      ),
    );
    expect(summary.tasks[0]).toMatchObject({
      leads: ["Phòng Nội vụ"],
      supports: ["Phòng Tư pháp", "Công an huyện"],
    });
  });
});

describe("Word lists pasted as text: symbol-font bullets, 'o' and a tab after each label", () => {
  const result = ok(fixture("nam-dan-2024-word-bullets.txt"));
  it("reads the labels under any mix of bullets, and recipients written '-<tab>…'", () => {
    expect(toSummary(result).tasks.map((t) => [t.ref, t.leads, t.supports, t.time])).toEqual([
      ["1", ["Phòng Nội vụ"], ["Phòng Tư pháp", "Văn phòng HĐND và UBND huyện"], "Quý II/2024"],
      ["2", ["Phòng Văn hóa và Thông tin"], [], "Quý III/2024"],
    ]);
    expect(result.plan.recipients.items.map((r) => r.text)).toEqual(["Sở Nội vụ"]);
    expect(result.plan.recipients.archive).toEqual({ vt: true, units: ["NV"] });
  });
});

describe("website trailers", () => {
  it("never cuts a plan's own table for mentioning portals and links", () => {
    const rows = [1, 2, 3, 4]
      .map(
        (n) =>
          `${n}\n\nĐăng tin số ${n} về cải cách hành chính\n\nCổng thông tin điện tử huyện\n\nVăn phòng HĐND và UBND huyện\n\nPhòng Nội vụ\n\nHằng tháng\n`,
      )
      .join("\n");
    const text = `KẾ HOẠCH\nTuyên truyền năm 2025\nI. NHIỆM VỤ\nSTT\n\nNhiệm vụ\n\nSản phẩm\n\nCơ quan chủ trì\n\nCơ quan phối hợp\n\nThời gian\n\n${rows}\nxem tại https://vanban.example.vn/ke-hoach\n`;
    const result = ok(text);
    expect(toSummary(result).tasks).toHaveLength(4);
    expect(result.findings.map((f) => f.code)).not.toContain("metadata-removed");
  });
});
