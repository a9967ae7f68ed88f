import { readFileSync } from "node:fs";
import { validatePlanData } from "@kehoach/plan-model";
import { describe, expect, it } from "vitest";
import { importText } from "./import.js";
import { type ImportSummary, toSummary } from "./summary.js";

// The shapes of real plans as officials have them (issue 23), each in a fixture written for it in
// the style of real plans: web copies, activities without agencies, tasks under their lead
// agency, compound agency names, a Quyết định's own header, responsibility matrices, prose
// assignments, duplicates and wrapped layout tables.

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function read(name: string) {
  const result = importText(fixture(name));
  if (!result.ok) throw new Error(result.message);
  return { result, summary: toSummary(result) };
}

const task = (summary: ImportSummary, start: string) => summary.tasks.find((t) => t.text.startsWith(start));

describe("a provincial plan copied from a legal-document website (bold marks, '|' cells, hard wraps)", () => {
  const { result, summary } = read("quang-tri-2025-web-copy.txt");

  it("finds the header again in the cells between '|' lines", () => {
    expect(summary).toMatchObject({
      docType: "KH",
      issuer: "Ủy ban nhân dân tỉnh Quảng Trị",
      number: "2184",
      symbol: "KH-UBND",
      place: "Quảng Trị",
      issuedOn: "2025-12-19",
      planYear: 2026,
      title: "Phổ biến, giáo dục pháp luật và hòa giải ở cơ sở trên địa bàn tỉnh năm 2026",
    });
  });

  it("reads the signer block cut inside the body's name ('TM. ỦY BAN' / 'NHÂN DÂN')", () => {
    expect(summary.signer).toEqual({ authority: "TM.", title: "PHÓ CHỦ TỊCH", name: "Hoàng Nam" });
    expect(result.plan.signer?.collective).toBe("Ủy ban nhân dân");
  });

  it("reads labels whose italic marks and values were wrapped onto the next line", () => {
    expect(task(summary, "Phổ biến các luật")).toEqual({
      ref: "II.1",
      text: "Phổ biến các luật, nghị quyết mới được Quốc hội thông qua năm 2025",
      leads: ["Các sở, ban, ngành", "Ủy ban nhân dân các xã, phường, đặc khu"],
      supports: ["Sở Tư pháp", "Báo và Phát thanh, Truyền hình Quảng Trị"],
      time: "Trong năm 2026",
    });
  });

  it("gives the items under an agency's heading that agency as lead, with partners and a closing time", () => {
    expect(task(summary, "Chủ trì, phối hợp với Sở Tư pháp")).toMatchObject({
      leads: ["Công an tỉnh"],
      supports: ["Sở Tư pháp"],
      time: "Quý III/2026",
    });
    expect(task(summary, "Biên soạn tài liệu")).toMatchObject({ leads: ["Công an tỉnh"], time: "" });
    expect(task(summary, "Kiện toàn tổ hòa giải")).toMatchObject({
      leads: ["Ủy ban nhân dân các xã, phường, đặc khu"],
      time: "trước ngày 31/3/2026",
    });
    // Read once, under its agency: not a second time as a task without lead.
    expect(summary.tasks.filter((t) => t.text.startsWith("Chủ trì tuyên truyền Luật Bảo hiểm"))).toHaveLength(
      1,
    );
  });

  it("reads the appendix table laid out one cell per line between '|' lines, group rows included", () => {
    expect(task(summary, "Tập huấn kỹ năng hòa giải")).toEqual({
      ref: "2",
      text: "Tập huấn kỹ năng hòa giải cho hòa giải viên ở cơ sở",
      leads: ["Sở Tư pháp"],
      supports: ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban nhân dân các xã, phường, đặc khu"],
      time: "Quý II, Quý III/2026",
    });
    expect(result.plan.tasks.filter((t) => t.kind === "group").map((t) => t.title)).toContain(
      "Nhiệm vụ chung",
    );
  });

  it("keeps a compound body whole, even wrapped inside a cell", () => {
    expect(task(summary, "Phổ biến pháp luật về đất đai")).toMatchObject({
      leads: ["Sở Nông nghiệp và Môi trường"],
      supports: [
        "Văn phòng Đoàn Đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh",
        "Ủy ban nhân dân các xã, phường",
      ],
    });
    expect(task(summary, "Tổ chức Ngày Pháp luật")?.supports).toEqual([
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
      "các cơ quan, đơn vị có liên quan",
    ]);
  });

  it("builds a plan the plan model loads", () => {
    const loaded = validatePlanData(JSON.parse(JSON.stringify(result.plan)));
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });
});

describe("a commune plan whose content is a numbered list of activities, without agency or time", () => {
  const { result, summary } = read("my-duc-2025-commune-activities.txt");

  it("reads each numbered activity as a task, its bullets as details", () => {
    expect(summary.tasks.map((t) => t.text)).toEqual([
      "Tuyên truyền về dịch vụ công trực tuyến và thanh toán không dùng tiền mặt",
      "Tuyên truyền trên Trang thông tin điện tử xã và mạng xã hội",
      "Tuyên truyền qua hệ thống truyền thanh cơ sở",
      "Thành lập và duy trì hoạt động Tổ công nghệ số cộng đồng ở các ấp",
      "Giao Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2 cho người dân",
      "Tổ chức Ngày hội chuyển đổi số của xã",
    ]);
    expect(result.plan.tasks[1]?.content).toMatch(/Duy trì nhóm Zalo/);
  });

  it("flags every activity without a lead or a time for review, with its source lines", () => {
    const first = result.tasks[0];
    const codes = first?.findings.map((i) => result.findings[i]?.code);
    expect(codes).toEqual(expect.arrayContaining(["task-no-lead", "task-no-time"]));
    const lead = result.findings.find((f) => f.code === "task-no-lead");
    expect(lead?.message).toMatch(/chưa có cơ quan chủ trì/);
    expect(lead?.lines?.from).toBe(15);
  });

  it("makes a bullet that names its own agency and time a task of its own", () => {
    expect(task(summary, "Giao Công an xã")).toMatchObject({
      leads: ["Công an xã"],
      supports: ["Đoàn Thanh niên xã"],
      time: "trước ngày 30/11/2025",
    });
  });

  it("takes a time that closes an activity in parentheses", () => {
    expect(task(summary, "Tổ chức Ngày hội")?.time).toBe("Quý IV/2025");
  });

  it("does not read the duties of 'Tổ chức thực hiện' as tasks when the plan has tasks", () => {
    expect(summary.tasks.some((t) => t.text.startsWith("Tham mưu"))).toBe(false);
  });
});

describe("a department's plan whose assignments are a matrix of agency columns marked CT / PH", () => {
  const { summary } = read("nghe-an-2023-matrix.txt");

  it("reads the lead and the partners of each row from the marks", () => {
    expect(task(summary, "Rà soát, số hóa")).toEqual({
      ref: "1",
      text: "Rà soát, số hóa sổ hộ tịch lưu trữ giai đoạn 2010 - 2015",
      leads: ["Phòng Hành chính tư pháp"],
      supports: ["Trung tâm Trợ giúp pháp lý", "UBND cấp huyện"],
      time: "Quý II/2023",
    });
    expect(task(summary, "Bảo đảm hạ tầng")).toMatchObject({ leads: ["Văn phòng Sở"], supports: [] });
    expect(summary.tasks).toHaveLength(4);
  });

  it("reads the department as issuer under its parent body, signed by its director", () => {
    expect(summary).toMatchObject({ issuer: "Sở Tư pháp", symbol: "KH-STP", signer: { title: "GIÁM ĐỐC" } });
  });
});

describe("a district plan whose tasks are given their agencies only in 'Tổ chức thực hiện', some repeated in an appendix", () => {
  const { result, summary } = read("krong-pac-2021-implementation-prose.txt");

  it("gives each numbered task the lead its assignment names, by the words of its work", () => {
    expect(summary.tasks.map((t) => [t.text.slice(0, 30), t.leads, t.supports])).toEqual([
      [
        "Kiện toàn Ban Chỉ huy phòng, c",
        ["Phòng Nông nghiệp và Phát triển nông thôn"],
        ["Ban Chỉ huy Quân sự huyện"],
      ],
      ["Rà soát, cập nhật phương án ứn", ["Ủy ban nhân dân các xã, thị trấn"], []],
      ["Tổ chức diễn tập phòng, chống ", ["Ban Chỉ huy Quân sự huyện"], []],
      [
        "Tuyên truyền kiến thức phòng, ",
        ["Phòng Văn hóa và Thông tin"],
        ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"],
      ],
    ]);
    expect(result.findings.filter((f) => f.code === "task-lead-from-implementation")).toHaveLength(4);
  });

  it("merges a task written again in the appendix table, taking its time", () => {
    expect(summary.tasks).toHaveLength(4);
    expect(task(summary, "Tổ chức diễn tập")?.time).toBe("Quý III/2021");
    const merged = result.findings.find((f) => f.code === "task-merged");
    expect(merged?.lines?.from).toBeGreaterThan(30);
  });

  it("reads the foot placed after the appendix", () => {
    expect(summary.signer).toEqual({ authority: "TM.", title: "PHÓ CHỦ TỊCH", name: "Y Phôn Niê" });
  });
});

describe("a provincial plan copied from a PDF as text, its task table kept by runs of spaces with wrapping cells", () => {
  const { result, summary } = read("ha-giang-2020-layout-table.txt");

  it("rebuilds the table from the columns of its header, joining each cell's wrapped lines", () => {
    expect(summary.tasks).toEqual([
      {
        ref: "1",
        text: "Tuyên truyền Luật Bình đẳng giới cho đồng bào dân tộc thiểu số vùng sâu, vùng xa",
        leads: ["Sở Lao động - Thương binh và Xã hội"],
        supports: ["Hội Liên hiệp Phụ nữ tỉnh", "Ban Dân tộc tỉnh"],
        time: "Quý III/2020",
      },
      {
        ref: "2",
        text: "Tập huấn lồng ghép giới trong xây dựng văn bản quy phạm pháp luật",
        leads: ["Sở Nội vụ"],
        supports: ["Sở Lao động - Thương binh và Xã hội"],
        time: "Tháng 8/2020",
      },
      {
        ref: "3",
        text: "Khảo sát tình trạng tảo hôn tại 04 huyện biên giới",
        leads: ["Ban Dân tộc tỉnh"],
        supports: ["Sở Y tế", "Công an tỉnh"],
        time: "Quý IV/2020",
      },
    ]);
  });

  it("gives each task the lines of its wrapped row", () => {
    const lines = fixture("ha-giang-2020-layout-table.txt").split("\n");
    const first = result.tasks.find((t) => t.ref === "1");
    expect(lines[(first?.lines.from ?? 0) - 1]).toMatch(/^\s+1\s+Tuyên truyền/);
    expect(lines[(first?.lines.to ?? 0) - 1]).toMatch(/vùng sâu, vùng xa/);
  });

  it("reads the header's two columns and the foot set side by side with spaces", () => {
    expect(summary).toMatchObject({
      issuer: "Ủy ban nhân dân tỉnh Hà Giang",
      number: "142",
      issuedOn: "2020-06-12",
      signer: { authority: "TM.", title: "PHÓ CHỦ TỊCH", name: "Hà Thị Minh Hạnh" },
    });
  });
});

describe("a province's Quyết định issuing a plan, copied from a site that keeps cells as 'A | B |'", () => {
  const { result, summary } = read("thai-binh-2022-decision-web.txt");

  it("takes the QĐ's own header: its trích yếu, number, symbol and date", () => {
    expect(summary).toMatchObject({
      docType: "QĐ",
      number: "1468",
      symbol: "QĐ-UBND",
      issuedOn: "2022-06-21",
      title:
        "Về việc ban hành kế hoạch thực hiện chương trình hành động về phòng, chống tác hại của rượu, bia trên địa bàn tỉnh Thái Bình năm 2022",
      signer: { authority: "KT.", title: "PHÓ CHỦ TỊCH", name: "Lại Văn Hoàn" },
    });
  });

  it("keeps the plan's own title in the plan and the QĐ as its decision, the authority line apart", () => {
    expect(result.plan.title).toBe(
      "Thực hiện chương trình hành động về phòng, chống tác hại của rượu, bia trên địa bàn tỉnh Thái Bình năm 2022",
    );
    expect(result.plan.decision).toMatchObject({
      number: "1468",
      symbol: "QĐ-UBND",
      issuedOn: { year: 2022, month: 6, day: 21 },
      authority: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH",
    });
    expect(result.plan.decision?.articles).toHaveLength(3);
  });

  it("completes an issuer cut to 'ỦY BAN NHÂN DÂN' from the QĐ's authority line", () => {
    expect(summary.issuer).toBe("Ủy ban nhân dân tỉnh Thái Bình");
    expect(result.findings.map((f) => f.code)).toContain("issuer-inferred");
  });

  it("reads 'Cơ quan thực hiện:' as the lead label, and the pipe table", () => {
    expect(task(summary, "Truyền thông thay đổi")).toMatchObject({
      leads: [
        "Sở Y tế",
        "Sở Thông tin và Truyền thông",
        "Báo Thái Bình",
        "Đài Phát thanh và Truyền hình Thái Bình",
      ],
      time: "Thường xuyên",
    });
    expect(task(summary, "Kiểm tra cơ sở kinh doanh")).toMatchObject({
      leads: ["Sở Công Thương"],
      supports: ["Công an tỉnh", "Sở Văn hóa, Thể thao và Du lịch"],
    });
  });
});

describe("a Quyết định whose copy lost its ký hiệu", () => {
  it("still carries the decision, with a symbol to check, so the plan renders as the QĐ with the plan attached", () => {
    const result = importText(
      [
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "XÃ ĐÔNG SƠN\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 15\tĐông Sơn, ngày 03 tháng 3 năm 2025",
        "QUYẾT ĐỊNH",
        "Ban hành Kế hoạch phòng cháy, chữa cháy năm 2025",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng cháy, chữa cháy năm 2025.",
        "Điều 2. Quyết định có hiệu lực từ ngày ký.",
        "CHỦ TỊCH",
        "Phạm Văn Đức",
        "KẾ HOẠCH",
        "Phòng cháy, chữa cháy năm 2025",
        "I. NHIỆM VỤ",
        "1. Kiểm tra an toàn phòng cháy tại chợ xã",
        "- Cơ quan chủ trì: Công an xã",
        "- Thời gian: Quý II/2025",
      ].join("\n"),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.docType).toBe("QĐ");
    expect(result.plan.decision?.symbol).toBe("QĐ-UBND");
    expect(result.plan.symbol).toMatch(/^[A-ZĐ]+(-[A-ZĐ]+)+$/u);
    expect(result.findings.some((f) => f.code === "symbol-missing" && f.target === "decision.symbol")).toBe(
      true,
    );
    expect(toSummary(result).title).toBe("Ban hành Kế hoạch phòng cháy, chữa cháy năm 2025");
    expect(result.plan.title).toBe("Phòng cháy, chữa cháy năm 2025");
  });
});

describe("a late-2025 provincial plan copied with the header's cells ended by '|' lines and every line wrapped", () => {
  const { summary } = read("lam-dong-2025-wrapped-web-copy.txt");

  it("reads the header whose cells end with '|' and whose date wrapped inside its cell", () => {
    expect(summary).toMatchObject({
      issuer: "Ủy ban nhân dân tỉnh Lâm Đồng",
      number: "3052",
      symbol: "KH-UBND",
      place: "Lâm Đồng",
      issuedOn: "2025-11-05",
      title:
        "Triển khai công tác bảo đảm trật tự an toàn giao thông trên địa bàn tỉnh dịp cuối năm 2025 và tết nguyên đán bính ngọ 2026",
      signer: { authority: "KT.", title: "PHÓ CHỦ TỊCH", name: "Hồ Văn Mười" },
    });
  });

  it("reads the lettered items under each agency, with a deadline on the line under an item", () => {
    expect(summary.tasks.map((t) => [t.ref, t.leads, t.supports, t.time])).toEqual([
      ["1.a", ["Công an tỉnh"], ["Sở Xây dựng"], "Từ ngày 15/11/2025 đến ngày 28/02/2026"],
      ["1.b", ["Công an tỉnh"], [], ""],
      ["2.a", ["Sở Xây dựng"], [], "trước ngày 15/12/2025"],
      ["2.b", ["Sở Xây dựng"], [], ""],
      ["", ["Ủy ban nhân dân các xã, phường, đặc khu"], [], ""],
    ]);
    expect(task(summary, "Bố trí lực lượng")?.text).toBe(
      "Bố trí lực lượng phân luồng, điều tiết giao thông tại các nút giao thường xảy ra ùn tắc ở phường Xuân Hương - Đà Lạt và phường Bảo Lộc",
    );
  });
});

describe("a provincial plan whose numbered tasks close with who and when in parentheses", () => {
  const { summary } = read("dong-thap-2025-parenthetical-roles.txt");

  it("reads the lead, the partners and the time from '(… chủ trì, phối hợp với …; …)'", () => {
    expect(summary.tasks).toEqual([
      {
        ref: "1",
        text: "Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại hộ gia đình",
        leads: ["Sở Y tế"],
        supports: ["Ủy ban nhân dân các xã, phường"],
        time: "Quý III/2025",
      },
      {
        ref: "2",
        text: "Giám sát ca bệnh, xử lý ổ dịch trong vòng 48 giờ",
        leads: ["Trung tâm Kiểm soát bệnh tật tỉnh"],
        supports: [],
        time: "thường xuyên",
      },
      {
        ref: "3",
        text: "Tuyên truyền trên Báo và Phát thanh, Truyền hình Đồng Tháp về các biện pháp phòng bệnh",
        leads: ["Sở Văn hóa, Thể thao và Du lịch"],
        supports: ["Sở Y tế"],
        time: "",
      },
      {
        ref: "4",
        text: "Bảo đảm thuốc, hóa chất, vật tư phục vụ phòng, chống dịch",
        leads: [],
        supports: [],
        time: "",
      },
    ]);
  });
});

describe("a commune plan whose content section lists its activities under 'Nội dung' and 'Biện pháp'", () => {
  const { summary } = read("an-thanh-2025-commune-measures.txt");

  it("reads the items of both lists as activities, not the two headings", () => {
    expect(summary.tasks.map((t) => [t.text, t.time])).toEqual([
      ["Tổ chức tiếp công dân định kỳ vào ngày 15 hằng tháng tại trụ sở Ủy ban nhân dân xã", ""],
      ["Công khai thủ tục hành chính, phí, lệ phí tại Bộ phận Một cửa của xã", ""],
      ["Đưa tiêu chí dân vận khéo vào đánh giá, xếp loại cán bộ, công chức cuối năm", ""],
      ["Đối thoại với Nhân dân về giải phóng mặt bằng tuyến đường liên ấp", "Quý IV/2025"],
    ]);
  });
});

describe("a header cut after the first word of each name, as a website's narrow cells do", () => {
  it("reads 'ỦY' / 'BAN NHÂN DÂN' / 'TỈNH GIA LAI' as one issuer and 'CỘNG' / 'HÒA …' as the motto", () => {
    const result = importText(
      [
        "ỦY",
        "BAN NHÂN DÂN",
        "TỈNH GIA LAI",
        "-------",
        "|",
        "CỘNG",
        "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "|",
        "Số:",
        "1905/KH-UBND",
        "|",
        "Gia Lai, ngày 09 tháng 9",
        "năm 2025",
        "|",
        "KẾ HOẠCH",
        "Phòng, chống rửa tiền trên địa bàn tỉnh năm 2025",
        "I. NHIỆM VỤ",
        "1. Tập huấn nghiệp vụ phòng, chống rửa tiền cho cán bộ ngân hàng",
        "- Cơ quan chủ trì: Ngân hàng Nhà nước Khu vực 10",
        "- Thời gian: Quý IV/2025",
      ].join("\n"),
    );
    if (!result.ok) throw new Error(result.message);
    expect(toSummary(result)).toMatchObject({
      issuer: "Ủy ban nhân dân tỉnh Gia Lai",
      number: "1905",
      symbol: "KH-UBND",
      place: "Gia Lai",
      issuedOn: "2025-09-09",
      title: "Phòng, chống rửa tiền trên địa bàn tỉnh năm 2025",
    });
  });
});

describe("a commune plan whose activities sit under a heading that names no kind of list", () => {
  const { summary } = read("hoa-binh-2024-commune-no-headings.txt");

  it("reads the numbered items of the plain sections, and not the duties of 'Tổ chức thực hiện'", () => {
    expect(summary.tasks.map((t) => [t.ref, t.text, t.time])).toEqual([
      ["1", "Phát thanh các luật mới có hiệu lực năm 2024 trên hệ thống loa truyền thanh của xã", ""],
      ["2", "Lồng ghép tuyên truyền pháp luật trong các buổi sinh hoạt xóm", ""],
      ["3", "Tổ chức Ngày Pháp luật tại nhà văn hóa xóm Bưng", "tháng 11/2024"],
    ]);
  });
});

describe("a plan whose tasks are in an appendix table and whose body lists topics", () => {
  it("reads the table's tasks, not the topics numbered in the body", () => {
    const result = importText(
      [
        "KẾ HOẠCH",
        "Tuyên truyền chuyển đổi số năm 2026",
        "I. NỘI DUNG TUYÊN TRUYỀN",
        "1. Chủ trương của Đảng về chuyển đổi số quốc gia",
        "2. Lợi ích của dịch vụ công trực tuyến đối với người dân",
        "PHỤ LỤC",
        "STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian",
        "1\tPhát hành cẩm nang chuyển đổi số cho hộ gia đình\tSở Khoa học và Công nghệ\tQuý II/2026",
        "2\tTổ chức Ngày chuyển đổi số của tỉnh\tSở Khoa học và Công nghệ\tTháng 10/2026",
      ].join("\n"),
    );
    if (!result.ok) throw new Error(result.message);
    expect(toSummary(result).tasks.map((t) => t.text)).toEqual([
      "Phát hành cẩm nang chuyển đổi số cho hộ gia đình",
      "Tổ chức Ngày chuyển đổi số của tỉnh",
    ]);
  });
});

describe("a task list where one item lost its labels", () => {
  it("keeps the item among the tasks, flagged, instead of dropping it", () => {
    const result = importText(
      [
        "KẾ HOẠCH",
        "Bảo vệ môi trường năm 2025",
        "II. NHIỆM VỤ",
        "1. Ra quân tổng vệ sinh môi trường",
        "- Cơ quan chủ trì: Đoàn Thanh niên xã",
        "- Thời gian: Tháng 6/2025",
        "2. Thu gom rác thải nhựa tại các khu dân cư",
        "3. Trồng cây xanh tại trường học",
        "- Cơ quan chủ trì: Trường Tiểu học xã",
        "- Thời gian: Tháng 3/2025",
      ].join("\n"),
    );
    if (!result.ok) throw new Error(result.message);
    expect(toSummary(result).tasks.map((t) => [t.ref, t.leads, t.time])).toEqual([
      ["1", ["Đoàn Thanh niên xã"], "Tháng 6/2025"],
      ["2", [], ""],
      ["3", ["Trường Tiểu học xã"], "Tháng 3/2025"],
    ]);
    expect(result.findings.some((f) => f.code === "task-no-lead" && f.target === "tasks[1].roles")).toBe(
      true,
    );
  });
});

describe("a web copy wrapped inside its labels' values, the motto and the signer block, without '|' cells", () => {
  const { summary } = read("bac-ninh-2025-wrapped-labels.txt");

  it("reads the header: 'Số:' / number, the motto cut in two, the issuer", () => {
    expect(summary).toMatchObject({
      issuer: "Ủy ban nhân dân tỉnh Bắc Ninh",
      number: "7360",
      symbol: "KH-UBND",
      issuedOn: "2025-12-18",
      signer: { authority: "TM.", title: "PHÓ CHỦ TỊCH", name: "Nguyễn Văn Hải" },
    });
  });

  it("joins values cut after 'Các', 'Sở', 'Tháng' and 'Từ'", () => {
    expect(summary.tasks).toEqual([
      {
        ref: "1",
        text: "Kiểm tra an toàn phòng cháy tại chợ, trung tâm thương mại",
        leads: ["Các sở, ban, ngành", "Công an tỉnh"],
        supports: ["Sở Công Thương", "Ủy ban nhân dân các xã, phường"],
        time: "Tháng 3/2026",
      },
      {
        ref: "2",
        text: "Tập huấn phòng cháy cho lực lượng dân phòng",
        leads: ["Công an tỉnh"],
        supports: [],
        time: "Từ tháng 4 đến tháng 6/2026",
      },
    ]);
  });
});
