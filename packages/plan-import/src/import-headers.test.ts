import { readFileSync } from "node:fs";
import { validatePlanData } from "@kehoach/plan-model";
import { describe, expect, it } from "vitest";
import { importText } from "./import.js";
import { toSummary } from "./summary.js";

// The heads of real plans as websites and portals show them, measured on published plans of
// 2020–2025 (kept out of the project): a page's own headline above the document, a type line
// dropped by the site, a Quyết định cut before its plan, "Số" apart from its number, and titles
// that name dates and horizons which are not the plan's year. Each fixture was written for the
// shape, with invented places and agencies.

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function read(text: string) {
  const result = importText(text);
  if (!result.ok) throw new Error(result.message);
  return { result, summary: toSummary(result) };
}

describe("a commune portal's page: its headline and counters above the document's header", () => {
  const { result, summary } = read(fixture("doi-sim-2025-site-headline.txt"));

  it("reads the document's header, not the page's headline and post date", () => {
    expect(summary).toMatchObject({
      docType: "KH",
      issuer: "Ủy ban nhân dân xã Đồi Sim",
      number: null,
      symbol: "KH-UBND",
      place: "Đồi Sim",
      issuedOn: "2025-09-25",
      planYear: 2025,
      title: "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2025",
    });
    expect(validatePlanData(result.plan).ok).toBe(true);
  });

  it("takes no task from the purposes", () => {
    expect(summary.tasks).toEqual([]);
  });
});

describe("a page whose headline repeats a title that starts like a basis", () => {
  const { summary } = read(fixture("ben-soi-2025-headline-repeats-title.txt"));

  it("skips the headline and reads the header in '|' cells, 'Số: 15 /KH - UBND' and the date after it", () => {
    expect(summary).toMatchObject({
      issuer: "Ủy ban nhân dân xã Bến Sỏi",
      number: "15",
      symbol: "KH-UBND",
      place: "Bến Sỏi",
      issuedOn: "2025-09-12",
    });
  });

  it("keeps a title that cites a document, drops the page's picture, and stops at the basis", () => {
    expect(summary.title).toBe(
      "Triển khai thực hiện Kết luận số 12-KL/ĐU ngày 04/8/2025 của Ban Thường vụ Đảng ủy xã về phát triển kinh tế số đến năm 2030",
    );
  });

  it("does not take the cited document's year or the horizon for the plan's year", () => {
    expect(summary.planYear).toBe(2025);
  });
});

describe("a site that drops the 'KẾ HOẠCH' line and the second line of the issuer's cell", () => {
  const { result, summary } = read(fixture("lam-son-2025-no-type-line.txt"));

  it("takes the line in capitals after the date as the title, and ends it at the bases' bullets", () => {
    expect(summary.title).toBe("Phát triển du lịch cộng đồng tỉnh Lam Sơn năm 2026");
    expect(summary.planYear).toBe(2026);
  });

  it("completes 'ỦY BAN NHÂN DÂN' from the unit the title names at the place of the date line", () => {
    expect(summary).toMatchObject({
      issuer: "Ủy ban nhân dân tỉnh Lam Sơn",
      number: "91",
      issuedOn: "2025-12-18",
    });
    expect(result.findings.some((f) => f.code === "issuer-inferred")).toBe(true);
  });
});

describe("a Quyết định copied without the plan it issues", () => {
  const { result, summary } = read(fixture("lam-son-2025-decision-cut.txt"));

  it("is a QĐ: its own number, date and trích yếu, the authority line kept out of the title", () => {
    expect(summary).toMatchObject({
      docType: "QĐ",
      number: "734",
      symbol: "QĐ-UBND",
      issuedOn: "2025-10-14",
      title:
        "Về việc ban hành kế hoạch thực hiện chiến lược phát triển lâm nghiệp bền vững giai đoạn 2026-2030, tầm nhìn đến năm 2045 trên địa bàn tỉnh Lam Sơn",
    });
  });

  it("gives the plan the title its articles issue and the first year of its period, not the horizon", () => {
    expect(result.plan.title).toMatch(
      /^Thực hiện chiến lược phát triển lâm nghiệp bền vững giai đoạn 2026-2030/u,
    );
    expect(summary.planYear).toBe(2026);
    expect(result.plan.decision?.number).toBe("734");
  });

  it("reads no task from the articles, and says the plan is missing", () => {
    expect(summary.tasks).toEqual([]);
    expect(result.findings.some((f) => f.code === "decision-without-plan")).toBe(true);
    expect(validatePlanData(result.plan).ok).toBe(true);
  });
});

describe("the plan's year in a title", () => {
  const head = (title: string, date = "Hà Thanh, ngày 06 tháng 5 năm 2024") =>
    `ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ THANH\tĐộc lập - Tự do - Hạnh phúc\nSố: 88/KH-UBND\t${date}\nKẾ HOẠCH\n${title}\nI. MỤC ĐÍCH, YÊU CẦU\n- Bảo đảm an toàn.\n`;

  it("is not the date of a directive the plan carries out, nor its horizon", () => {
    const { summary } = read(
      head(
        "TRIỂN KHAI CHỈ THỊ SỐ 05/CT-TTG NGÀY 12 THÁNG 3 NĂM 2023 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ AN TOÀN THỰC PHẨM ĐẾN NĂM 2030",
      ),
    );
    expect(summary.planYear).toBe(2024);
  });

  it("is the first year of a period with a horizon", () => {
    const { result } = read(head("Thực hiện Chiến lược dân số giai đoạn 2021-2030, tầm nhìn đến năm 2045"));
    expect(result.plan.planYear).toBe(2021);
    expect(result.plan.period).toEqual({ from: 2021, to: 2030 });
  });

  it("is still the year a plan names", () => {
    const { summary } = read(head("Phòng, chống thiên tai năm 2025", "Hà Thanh, ngày 20 tháng 12 năm 2024"));
    expect(summary.planYear).toBe(2025);
  });
});

describe("'Số' set apart from its number by the blank left to write it in", () => {
  it("reads the number, a symbol with '&', and the date on the same line", () => {
    const { summary } = read(
      "UBND HUYỆN NAM KHÊ        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO        Độc lập - Tự do - Hạnh phúc\nSố:        17   /KH-PGD&ĐT             Nam Khê, ngày 09 tháng 10 năm 2024\nKẾ HOẠCH\nThực hiện nhiệm vụ pháp chế năm học 2024-2025\nI. NHIỆM VỤ\n1. Rà soát văn bản quản lý của Phòng\n",
    );
    expect(summary).toMatchObject({
      number: "17",
      symbol: "KH-PGD&ĐT",
      place: "Nam Khê",
      issuedOn: "2024-10-09",
    });
  });
});

describe("a plan numbered by its parts: 1. Mục tiêu … 4. Thời gian thực hiện: … 5. Kinh phí", () => {
  const { result, summary } = read(fixture("ha-thanh-2024-numbered-parts.txt"));

  it("reads the activities of 'Nội dung', not the parts, and not the plan's period as a task", () => {
    expect(summary.tasks.map((t) => t.ref)).toEqual(["2.1", "2.2", "2.3"]);
    expect(summary.tasks.some((t) => /^(Nội dung|Tổ chức thực hiện)$/u.test(t.text))).toBe(false);
  });

  it("gives an activity the lead whose duty repeats its words, with a finding", () => {
    expect(summary.tasks[0]?.leads).toEqual(["Trung tâm Kiểm soát bệnh tật tỉnh"]);
    expect(result.findings.some((f) => f.code === "task-lead-from-implementation")).toBe(true);
  });

  it("does not give it the lead of a duty that shares its topic but not its work", () => {
    // "Tập huấn cho nhân viên y tế trường học về giám sát ca bệnh" / "Bố trí nhân viên y tế
    // trường học tham gia giám sát ca bệnh": the same words, another job.
    expect(summary.tasks[1]?.leads).toEqual([]);
  });

  it("takes the signer from the foot, not from a list attached after it", () => {
    expect(summary.signer).toEqual({ authority: "KT.", title: "PHÓ GIÁM ĐỐC", name: "Đỗ Minh Khuê" });
    expect(validatePlanData(result.plan).ok).toBe(true);
  });
});

describe("a web copy whose narrow header cells wrap the place's name", () => {
  const { summary } = read(fixture("ha-thanh-2022-narrow-cells.txt"));

  it("joins 'Hà' / 'Thanh, ngày …' into the place", () => {
    expect(summary).toMatchObject({ place: "Hà Thanh", issuedOn: "2022-08-05", number: "212" });
  });

  it("keeps 'nông thôn mới' and 'xã hội' in lower case: unit words of common nouns name no place", () => {
    expect(summary.title).toBe(
      "Phát triển văn hóa, xã hội gắn với xây dựng nông thôn mới, hướng tới nông thôn mới kiểu mẫu trên địa bàn tỉnh Hà Thanh giai đoạn 2022-2025",
    );
    expect(summary.planYear).toBe(2022);
  });
});

describe("a web copy wrapped after a bullet's dash or a label's first word, under duty holders' headings", () => {
  const { summary } = read(fixture("lam-son-2025-duties-short-wraps.txt"));

  it("joins '-' and '- Ban' to their words, and 'Thời' to 'gian hoàn thành: …', so each duty keeps its time", () => {
    expect(summary.tasks.map((t) => t.time)).toEqual([
      "Tháng 01/2026",
      "Quý I/2026",
      "Tháng 02/2026",
      "Trước ngày 31/3/2026",
      "Trước ngày 15/4/2026",
    ]);
    expect(summary.tasks[0]?.text).toBe("Ban hành biểu mẫu thống kê và hướng dẫn ghi chép số liệu");
  });

  it("takes the body before ' - Cơ quan thường trực …' and after 'Trách nhiệm của' as the lead", () => {
    expect(summary.tasks.map((t) => t.leads)).toEqual([
      ["Sở Nông nghiệp và Môi trường"],
      ["Sở Nông nghiệp và Môi trường"],
      ["Sở Nông nghiệp và Môi trường"],
      ["Đơn vị quản lý, khai thác công trình"],
      ["Đơn vị quản lý, khai thác công trình"],
    ]);
  });

  it("ends partners where the work is named ('trong việc …'), and finds none in 'Phối hợp hướng dẫn …'", () => {
    expect(summary.tasks[1]?.supports).toEqual(["Sở Tài chính"]);
    expect(summary.tasks[2]?.supports).toEqual([]);
  });
});

describe("bold numbered headings wrapped inside their bold run, and a value of clauses", () => {
  const { summary } = read(fixture("ha-thanh-2025-bold-headings-clauses.txt"));

  it("keeps a heading whose bold run goes on over the wrap as one task title", () => {
    expect(summary.tasks[0]?.text).toBe(
      "Tuyên truyền, phổ biến Luật Bảo vệ môi trường sửa đổi và các văn bản quy định chi tiết",
    );
  });

  it("reads 'X chủ trì …; Y, Z … chủ động tổ chức …' as the lead and the bodies beside it", () => {
    expect(summary.tasks[0]?.leads).toEqual(["Sở Nông nghiệp và Môi trường"]);
    expect(summary.tasks[0]?.supports).toEqual([
      "Sở Tư pháp",
      "Báo và Phát thanh, Truyền hình tỉnh",
      "Ủy ban nhân dân các xã, phường",
    ]);
    expect(summary.tasks[1]).toMatchObject({ leads: ["Sở Tư pháp"], time: "Quý I/2026" });
  });
});

describe("a web copy whose task list is an appendix table in '|' cells, after the signature", () => {
  const { summary } = read(fixture("lam-son-2025-appendix-bar-cells.txt"));

  it("reads the place wrapped over several words: 'Thành phố Lam' / 'Sơn, ngày …'", () => {
    expect(summary).toMatchObject({ place: "Thành phố Lam Sơn", issuedOn: "2025-12-15" });
  });

  it("keeps the signature out of the table that follows it", () => {
    expect(summary.signer).toEqual({ authority: "TM.", title: "PHÓ CHỦ TỊCH", name: "Lò Văn Khánh" });
  });

  it("reads every row past the group rows 'I.' and 'II. …' between the '|' lines", () => {
    expect(summary.tasks.map((t) => [t.leads, t.time])).toEqual([
      [["Sở Công Thương"], "Quý I/2026"],
      [["Sở Công Thương"], "Quý II/2026"],
      [["Sở Tài chính"], "Năm 2026"],
    ]);
  });

  it("takes the table, which has rows of its own, as the task list, not the body's solutions", () => {
    expect(summary.tasks.map((t) => t.text)).toEqual([
      "Tổ chức lớp bồi dưỡng kỹ năng bán hàng trực tuyến",
      "Xây dựng gian hàng chung của tỉnh trên sàn thương mại điện tử",
      "Hỗ trợ chi phí vận chuyển đơn hàng đầu tiên cho hợp tác xã",
    ]);
  });
});

describe("activities numbered as 'Hoạt động 1', their work under 'Nội dung:', targets with a time label", () => {
  const { summary } = read(fixture("ha-thanh-2025-generic-activities.txt"));

  it("titles each activity with its content, not the placeholder", () => {
    expect(summary.tasks.map((t) => t.text)).toEqual([
      "Phát sóng phóng sự về kỹ năng an toàn khi đi bơi trên Đài Phát thanh tỉnh",
      "Tổ chức lớp dạy bơi miễn phí cho học sinh tiểu học",
    ]);
  });

  it("reads each sentence under a bare 'Cơ quan thực hiện:' with its own doer", () => {
    expect(summary.tasks[1]?.leads).toEqual(["Sở Giáo dục và Đào tạo", "Công an tỉnh"]);
    expect(summary.tasks[1]?.supports).toEqual(["Ủy ban nhân dân các xã, phường"]);
  });

  it("takes no task from the targets, even one with a 'Thời gian:' label", () => {
    expect(summary.tasks).toHaveLength(2);
  });
});

describe("who leads, as a task list without labels words it", () => {
  const { summary } = read(fixture("ha-thanh-2025-bold-headings-clauses.txt"));

  it("drops 'trong phạm vi chức năng, nhiệm vụ của mình' from the bodies named", () => {
    expect(summary.tasks[2]?.leads).toEqual(["Sở Tư pháp", "các sở, ngành tỉnh"]);
  });

  it("takes the body a sentence opens with ('… có trách nhiệm rà soát …') as the lead of an item without labels", () => {
    expect(summary.tasks[3]).toMatchObject({
      text: "Xây dựng văn bản quy định chi tiết thuộc thẩm quyền của tỉnh",
      leads: ["Các sở, ngành tỉnh"],
    });
  });
});

describe("a whole legal-document page: copyright notice and metadata table in '|' cells above the plan", () => {
  const { result, summary } = read(fixture("lam-son-2025-full-page-copy.txt"));

  it("cuts the page's notice and metadata and reads the plan's own header", () => {
    expect(summary).toMatchObject({
      issuer: "Ủy ban nhân dân tỉnh Lam Sơn",
      number: "905",
      place: "Lam Sơn",
      issuedOn: "2025-11-12",
    });
    expect(result.findings.some((f) => f.code === "banner-removed")).toBe(true);
  });

  it("keeps a cited document's number and symbol in capitals in a title made sentence case", () => {
    expect(summary.title).toMatch(/^Triển khai quyết định số 2210\/QĐ-TTG ngày 15\/9\/2025/u);
  });

  it("reads the tasks, not the scope and period of the plan", () => {
    expect(summary.tasks.map((t) => t.text)).toEqual([
      "Rà soát các điểm sạt lở bờ sông",
      "Cắm biển cảnh báo tại các điểm sạt lở nguy hiểm",
    ]);
  });
});

describe("a QĐ with its plan, copied from a website with empty emphasis runs and the type line run into the title", () => {
  const { result, summary } = read(fixture("lam-son-2025-decision-with-plan-web.txt"));

  it("finds the plan after the QĐ: '* *' is no bullet, and 'KẾ HOẠCH' goes on in the title", () => {
    expect(summary).toMatchObject({ docType: "QĐ", number: "1450", issuedOn: "2025-11-28" });
    expect(result.plan.title).toBe("Phòng, chống cháy rừng mùa khô năm 2026 trên địa bàn tỉnh Lam Sơn");
    expect(result.findings.some((f) => f.code === "decision-without-plan")).toBe(false);
  });

  it("reads the plan's activities, not its period and scope", () => {
    expect(summary.tasks.map((t) => t.ref)).toEqual(["1", "2", "3"]);
    expect(summary.planYear).toBe(2026);
  });
});

describe("a page's banner above a header whose motto is cut after its first word", () => {
  it("ends the banner at the issuing body's line, whatever its level", () => {
    const page = [
      "|",
      "Đang tải văn bản...",
      "**Số hiệu:**",
      "|",
      "77/KH-BNV",
      "|",
      "**Ngày ban hành:**",
      "|",
      "02/12/2025",
      "|",
      "|",
      "**BỘ NỘI VỤ**",
      "**-------**",
      "|",
      "**CỘNG",
      "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
      "Độc lập - Tự do - Hạnh phúc",
      "|",
      "|",
      "Số: 77/KH-BNV",
      "|",
      "*Hà Nội, ngày 02 tháng 12 năm 2025*",
      "|",
      "**KẾ HOẠCH**",
      "Tập huấn nghiệp vụ văn thư cho công chức cấp xã năm 2026",
      "I. NỘI DUNG",
      "1. Tập huấn trực tuyến cho công chức Văn phòng – Thống kê cấp xã",
    ].join("\n");
    const { summary } = read(page);
    expect(summary).toMatchObject({ number: "77", symbol: "KH-BNV", issuedOn: "2025-12-02", planYear: 2026 });
  });
});
