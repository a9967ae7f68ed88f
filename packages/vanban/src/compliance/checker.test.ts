import { type InspectedPdf, inspectPdf } from "@kehoach/pdf-inspect";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { loadTinosFromNodeModules } from "../fonts/node.js";
import type { VanBan } from "../model.js";
import { renderPdf } from "../pdf/index.js";
import { nd30Profile } from "../profile.js";
import {
  baoCaoSpecimen,
  keHoachSpecimen,
  quyetDinhBanHanhKeHoachSpecimen,
  quyetDinhSpecimen,
} from "../specimens/index.js";
import { type ComplianceReport, checkNd30 } from "./index.js";

// The checker tested on PDFs that break one rule each: a real PDF whose runs or lines are
// altered the way a faulty generator would draw them, a profile a locality could have got
// wrong, or a document laid out by hand the naive way. Each must fail on exactly the element
// at fault, naming what was measured and what was expected.

const fonts = await loadTinosFromNodeModules();
const measure = async (doc: VanBan, profile = nd30Profile(14)) =>
  inspectPdf(await renderPdf(doc, { fonts, profile }));
const keHoach = await measure(keHoachSpecimen());
const quyetDinh = await measure(quyetDinhSpecimen());
const withPlan = await measure(quyetDinhBanHanhKeHoachSpecimen());
const baoCao = await measure(baoCaoSpecimen());

/** A copy of the measured PDF with one thing changed. */
function altered(pdf: InspectedPdf, change: (copy: InspectedPdf) => void): InspectedPdf {
  const copy = structuredClone(pdf);
  change(copy);
  return copy;
}

function runOf(pdf: InspectedPdf, page: number, test: (text: string) => boolean) {
  const run = pdf.pages[page - 1]?.runs.find((r) => test(r.text));
  if (!run) throw new Error(`no run on page ${page} matching ${test}`);
  return run;
}

const failing = (report: ComplianceReport) => report.failures.map((f) => `[${f.rule}] ${f.element}`);

describe("the checker on correct documents", () => {
  it("passes them, so every failure below comes from the one fault put in", () => {
    for (const pdf of [keHoach, quyetDinh, withPlan]) expect(checkNd30(pdf).failures).toEqual([]);
    expect(checkNd30(baoCao, { sentUpward: true }).failures).toEqual([]);
  });
});

describe("the checker on sections with little to measure", () => {
  it("measures a phụ lục holding only its title against the margins of the document before it", async () => {
    const doc: VanBan = {
      ...keHoachSpecimen(),
      appendices: [{ title: "Danh mục nhiệm vụ", orientation: "landscape", body: [] }],
    };
    expect(checkNd30(await measure(doc)).failures).toEqual([]);
  });
});

describe("the checker on faulty documents", () => {
  it("finds a Quốc hiệu broken over two lines", () => {
    const pdf = altered(keHoach, (copy) => {
      // As a too-narrow column wraps it: two centred lines.
      const run = runOf(copy, 1, (t) => t.startsWith("CỘNG HÒA"));
      const centre = run.x + run.width / 2;
      run.text = "CỘNG HÒA XÃ HỘI";
      run.width *= 0.45;
      run.x = centre - run.width / 2;
      copy.pages[0]?.runs.push({ ...run, text: "CHỦ NGHĨA VIỆT NAM", y: run.y - 15 });
    });
    const report = checkNd30(pdf);
    const item = report.failures.find((f) => f.element === "Quốc hiệu trên một dòng");
    expect(item).toMatchObject({ rule: 4, measured: '"CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM"', page: 1 });
  });

  it("finds a Quốc hiệu at the wrong size for the set (a profile with 14 pt in set 14)", async () => {
    const profile = nd30Profile(14);
    const pdf = await measure(keHoachSpecimen(), { ...profile, sizes: { ...profile.sizes, quocHieu: 14 } });
    const item = checkNd30(pdf).failures.find((f) => f.element === "Quốc hiệu: cỡ chữ");
    expect(item).toMatchObject({ rule: 3, measured: "14 pt", expected: "13 pt" });
  });

  it("finds a document in the wrong size set", () => {
    const item = checkNd30(keHoach, { sizeSet: 13 }).failures.find((f) => f.rule === 3);
    expect(item).toMatchObject({
      element: "Bộ cỡ chữ (theo cỡ Tiêu ngữ)",
      measured: "14 pt",
      expected: "bộ 13",
    });
  });

  it("finds the rule under the Tiêu ngữ missing, too short, or away from its text", () => {
    const tieuNguRule = (copy: InspectedPdf) => {
      const run = runOf(copy, 1, (t) => t === "Độc lập - Tự do - Hạnh phúc");
      const seg = copy.pages[0]?.segments.find((s) => s.y1 < run.y && run.y - s.y1 < 10 && s.x1 >= run.x - 1);
      if (!seg) throw new Error("no rule under the Tiêu ngữ");
      return seg;
    };
    const missing = altered(keHoach, (copy) => {
      const seg = tieuNguRule(copy);
      copy.pages[0]!.segments = copy.pages[0]!.segments.filter((s) => s !== seg);
    });
    expect(checkNd30(missing).failures[0]).toMatchObject({
      rule: 5,
      element: "Đường kẻ dưới Tiêu ngữ",
      measured: "không thấy",
    });
    const short = altered(keHoach, (copy) => {
      const seg = tieuNguRule(copy);
      seg.x1 += 10;
      seg.x2 -= 10;
    });
    const item = checkNd30(short).failures.find((f) => f.element.startsWith("Đường kẻ dưới Tiêu ngữ: tỷ lệ"));
    expect(item).toMatchObject({ rule: 5, expected: "0,98 – 1,02" });
    expect(Number(item?.measured.replace(",", "."))).toBeCloseTo(0.88, 1);
  });

  it("finds the agency rule longer than half its line", () => {
    const pdf = altered(keHoach, (copy) => {
      const run = runOf(copy, 1, (t) => t === "XÃ ĐÔNG SƠN");
      const seg = copy.pages[0]!.segments.find((s) => s.y1 < run.y && run.y - s.y1 < 10 && s.x2 < 300)!;
      seg.x1 = run.x;
      seg.x2 = run.x + run.width;
    });
    const item = checkNd30(pdf).failures.find((f) =>
      f.element.startsWith("Đường kẻ dưới tên cơ quan ban hành: tỷ lệ"),
    );
    expect(item).toMatchObject({ rule: 5, measured: "1,00", expected: "0,33 – 0,50" });
  });

  it("finds a bold parent body, an upright issuing body, an upright date and a subject that is not bold", async () => {
    const doc: VanBan = { ...keHoachSpecimen(), parentBody: "UBND tỉnh Thanh Hóa" };
    const pdf = altered(await measure(doc), (copy) => {
      runOf(copy, 1, (t) => t === "UBND TỈNH THANH HÓA").bold = true;
      runOf(copy, 1, (t) => t.startsWith("Đông Sơn, ngày")).italic = false;
      runOf(copy, 1, (t) => t === "Cải cách hành chính năm 2026").bold = false;
    });
    const failures = checkNd30(pdf).failures;
    expect(failures.find((f) => f.element === "Tên cơ quan chủ quản: kiểu chữ")).toMatchObject({
      rule: 6,
      measured: 'đậm, in hoa ("UBND TỈNH THANH HÓA")',
      expected: "không đậm, in hoa",
    });
    expect(failures.find((f) => f.element === "Địa danh, ngày tháng năm: kiểu chữ")?.measured).toMatch(
      /^không đậm, không nghiêng/,
    );
    const upright = altered(keHoach, (copy) => {
      runOf(copy, 1, (t) => t === "XÃ ĐÔNG SƠN").bold = false;
    });
    expect(
      checkNd30(upright).failures.find((f) => f.element === "Tên cơ quan ban hành: kiểu chữ"),
    ).toMatchObject({
      rule: 6,
      measured: 'không đậm, in hoa ("XÃ ĐÔNG SƠN")',
    });
    expect(failures.find((f) => f.element === "Trích yếu nội dung: kiểu chữ")?.expected).toBe("đậm");
  });

  it("finds a number without its leading zero, spaces in the symbol and a padded month", () => {
    const pdf = altered(quyetDinh, (copy) => {
      runOf(copy, 1, (t) => t.startsWith("Số:")).text = "Số: 7 / QĐ-UBND";
      runOf(copy, 1, (t) => t.includes(", ngày")).text = "Đông Sơn, ngày 05 tháng 03 năm 2026";
    });
    const failures = checkNd30(pdf).failures;
    expect(failures.find((f) => f.element === "Số, ký hiệu: cách viết")).toMatchObject({
      rule: 7,
      measured: '"Số: 7 / QĐ-UBND"',
    });
    expect(failures.find((f) => f.element === "Tháng: chỉ tháng 1, 2 có số 0")).toMatchObject({
      rule: 8,
      measured: '"03"',
      expected: "01, 02, 3, 4, …, 12",
    });
  });

  it("finds a ký hiệu using an abbreviation the locality has not configured", () => {
    const ok = checkNd30(keHoach, { abbreviations: ["UBND", "VHXH"] });
    expect(ok.failures).toEqual([]);
    const item = checkNd30(keHoach, { abbreviations: ["HĐND", "VHXH"] }).failures[0];
    expect(item).toMatchObject({ rule: 7, element: "Ký hiệu: chữ viết tắt đã đăng ký", measured: '"UBND"' });
  });

  it("finds Số and the date on different baselines", () => {
    const pdf = altered(keHoach, (copy) => {
      runOf(copy, 1, (t) => t.startsWith("Số:")).y += 3;
    });
    const item = checkNd30(pdf).failures.find((f) => f.element.startsWith("Số và ngày tháng cùng một dòng"));
    expect(item?.rule).toBe(4);
  });

  it("finds a căn cứ that does not end with the right punctuation, and upright căn cứ", () => {
    const pdf = altered(quyetDinh, (copy) => {
      const last = runOf(copy, 1, (t) => t.startsWith("Theo đề nghị của"));
      last.text = last.text.replace(/\.$/u, ";");
      for (const run of copy.pages[0]!.runs) if (run.text.startsWith("Căn cứ Luật")) run.italic = false;
    });
    const failures = checkNd30(pdf).failures;
    expect(failures.find((f) => f.element === "Căn cứ 3: dấu cuối dòng")).toMatchObject({
      rule: 9,
      expected: 'kết thúc bằng "."',
    });
    expect(failures.find((f) => f.element === "Căn cứ: kiểu chữ")?.rule).toBe(9);
  });

  it("finds điểm letters out of Vietnamese order and 1.1. numbering", () => {
    const pdf = altered(keHoach, (copy) => {
      for (const page of copy.pages) {
        for (const run of page.runs) {
          if (run.text.startsWith("c) Tiếp nhận")) run.text = run.text.replace("c)", "e)");
          if (run.text.startsWith("3. Cải cách tổ chức")) run.text = run.text.replace("3.", "2.1.");
        }
      }
    });
    const failures = checkNd30(pdf).failures;
    expect(failures.find((f) => f.element === "Điểm: thứ tự chữ cái tiếng Việt")).toMatchObject({
      rule: 10,
      measured: '"e)"',
      expected: '"c)"',
    });
    expect(failures.find((f) => f.element === "Không đánh số kiểu 1.1.")?.rule).toBe(10);
  });

  it("finds a slash-form signer prefix and an academic title before the name", () => {
    const pdf = altered(quyetDinh, (copy) => {
      for (const page of copy.pages) {
        for (const run of page.runs) {
          if (run.text === "KT. CHỦ TỊCH") run.text = "K/T CHỦ TỊCH";
          if (run.text === "Trần Quốc Bảo") run.text = "TS. Trần Quốc Bảo";
        }
      }
    });
    const failures = checkNd30(pdf).failures;
    expect(failures.find((f) => f.element === "Chữ viết tắt quyền hạn")).toMatchObject({
      rule: 11,
      measured: '"K/T CHỦ TỊCH"',
    });
    expect(failures.find((f) => f.element === "Họ tên: không ghi học hàm, học vị")?.measured).toBe(
      '"TS. Trần Quốc Bảo"',
    );
  });

  it("finds a Nơi nhận label in the wrong style and a list without its Lưu line", () => {
    const pdf = altered(keHoach, (copy) => {
      for (const page of copy.pages) {
        page.runs = page.runs.filter((r) => !r.text.startsWith("- Lưu:"));
        for (const run of page.runs) {
          if (run.text === "Nơi nhận:") {
            run.size = 11;
            run.italic = false;
          }
        }
      }
    });
    const failures = checkNd30(pdf).failures;
    expect(failures.find((f) => f.element === '"Nơi nhận:": cỡ chữ')).toMatchObject({
      rule: 12,
      measured: "11 pt",
      expected: "12 pt",
    });
    expect(failures.find((f) => f.element === '"Nơi nhận:": kiểu chữ')?.measured).toMatch(
      /^đậm, không nghiêng/,
    );
    expect(failures.find((f) => f.element === "Nơi nhận: dòng lưu")?.rule).toBe(12);
  });

  it("finds a báo cáo sent upward without Kính gửi, and Kính gửi without Như trên", () => {
    const without = altered(baoCao, (copy) => {
      copy.pages[0]!.runs = copy.pages[0]!.runs.filter(
        (r) => !r.text.startsWith("Kính gửi") && !/Thanh Hóa[;.]$/u.test(r.text),
      );
    });
    expect(checkNd30(without, { sentUpward: true }).failures.map((f) => f.element)).toContain('"Kính gửi"');
    const noNhuTren = altered(baoCao, (copy) => {
      for (const page of copy.pages) page.runs = page.runs.filter((r) => r.text !== "- Như trên;");
    });
    const item = checkNd30(noNhuTren, { sentUpward: true }).failures.find((f) =>
      f.element.includes("Như trên"),
    );
    expect(item).toMatchObject({ rule: 12, expected: '"- Như trên;"' });
  });

  it("finds a page number on page 1 and a number that does not restart in a phụ lục", () => {
    const pdf = altered(keHoach, (copy) => {
      const two = copy.pages[1]!.runs.find((r) => r.text === "2")!;
      copy.pages[0]!.runs.push({ ...two, text: "1" });
      const appendixSecond = copy.pages[4]!.runs.find((r) => r.text === "2")!;
      appendixSecond.text = "5";
    });
    const failures = checkNd30(pdf).failures;
    expect(failures.find((f) => f.element === "Số trang trang đầu")).toMatchObject({
      rule: 13,
      measured: '"1"',
      page: 1,
    });
    expect(failures.find((f) => f.element === "Số trang")).toMatchObject({
      rule: 13,
      measured: '"5"',
      expected: '"2" ở lề trên',
      page: 5,
    });
  });

  it("finds phụ lục numbered wrongly: Roman numerals on a single one, a reference that is not italic", () => {
    const pdf = altered(keHoach, (copy) => {
      runOf(copy, 4, (t) => t === "Phụ lục").text = "Phụ lục I";
      for (const run of copy.pages[3]!.runs) if (run.text.startsWith("(Kèm theo")) run.italic = false;
    });
    const failures = checkNd30(pdf).failures;
    expect(failures.find((f) => f.element === "Phụ lục: đánh số")).toMatchObject({
      rule: 14,
      measured: '"Phụ lục I"',
      expected: '"Phụ lục"',
    });
    expect(failures.find((f) => f.element === "Phụ lục: dòng kèm theo: kiểu chữ")?.rule).toBe(14);
  });

  it("finds a Số line on a document issued with a QĐ", () => {
    const pdf = altered(withPlan, (copy) => {
      const so = runOf(copy, 1, (t) => t.startsWith("Số:"));
      const qh = runOf(copy, 2, (t) => t.startsWith("CỘNG HÒA"));
      copy.pages[1]!.runs.push({ ...so, y: qh.y - 40, text: "Số: 26/KH-UBND" });
    });
    const failures = checkNd30(pdf).failures;
    expect(failures.find((f) => f.element === "Văn bản kèm theo: không có số, ký hiệu")).toMatchObject({
      rule: 15,
      measured: '"Số: 26/KH-UBND"',
      page: 2,
    });
  });

  it("finds a district-level body in a document dated after 1 July 2025", async () => {
    const doc: VanBan = {
      ...keHoachSpecimen(),
      parentBody: "UBND huyện Đông Sơn",
      issuingBody: ["Phòng Nội vụ"],
    };
    const item = checkNd30(await measure(doc)).failures.find((f) => f.rule === 16);
    expect(item).toMatchObject({ measured: '"UBND HUYỆN ĐÔNG SƠN"', page: 1 });
  });

  it("finds margins outside the decree's range and not the profile's", () => {
    const pdf = altered(keHoach, (copy) => {
      for (const page of copy.pages) {
        for (const run of page.runs) run.x -= 20;
        for (const seg of page.segments) {
          seg.x1 -= 20;
          seg.x2 -= 20;
        }
      }
    });
    const left = checkNd30(pdf, { marginsMm: { top: 20, bottom: 20, left: 30, right: 15 } }).failures.filter(
      (f) => f.element.startsWith("Lề trái"),
    );
    expect(left[0]).toMatchObject({ rule: 1, measured: "22,9 mm", expected: "30,0 mm ± 0,3 mm" });
    const ranged = checkNd30(pdf).failures.find((f) => f.element.startsWith("Lề trái"));
    expect(ranged).toMatchObject({ measured: "22,9 mm", expected: "30–35 mm" });
  });

  it("finds a font other than Times New Roman, coloured text and decomposed (NFD) text", () => {
    const pdf = altered(keHoach, (copy) => {
      const run = copy.pages[1]!.runs[3]!;
      run.fontName = "Helvetica";
      run.color = "#1f3a93";
      copy.pages[2]!.runs[3]!.text = "cải cách".normalize("NFD");
    });
    const failures = checkNd30(pdf).failures;
    expect(failures.find((f) => f.element === "Phông chữ")).toMatchObject({
      rule: 2,
      measured: "Helvetica",
      page: 2,
    });
    expect(failures.find((f) => f.element === "Màu chữ")?.measured).toMatch(/^#1f3a93/);
    expect(failures.find((f) => f.element === "Mã chữ Unicode dựng sẵn (NFC)")?.page).toBe(3);
  });
});

describe("the checker on a document laid out the naive way", () => {
  it("lists the faults of a 50/50 header, a padded month and a number on page 1", async () => {
    // What a hand-rolled generator typically produces (nd30-layout §13): equal header columns
    // that wrap the Quốc hiệu, "tháng 03", no rules, a page number on every page.
    const pdf = new PDFDocument({ size: "A4", margins: { top: 57, bottom: 57, left: 85, right: 43 } });
    const chunks: Uint8Array[] = [];
    pdf.on("data", (c: Uint8Array) => chunks.push(c));
    const done = new Promise((resolve) => pdf.on("end", resolve));
    pdf.registerFont("tinos", Buffer.from(fonts.normal));
    pdf.registerFont("tinos-bold", Buffer.from(fonts.bold));
    pdf.font("tinos").fontSize(14).text("1", 85, 30, { width: 467, align: "center" });
    pdf
      .font("tinos-bold")
      .fontSize(13)
      .text("ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN", 85, 57, { width: 233, align: "center" });
    pdf.text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 318, 57, { width: 233, align: "center" });
    pdf
      .font("tinos")
      .fontSize(14)
      .text("Độc lập - Tự do - Hạnh phúc", 318, pdf.y, { width: 233, align: "center" });
    pdf.fontSize(13).text("Số: 18/KH-UBND", 85, 120, { width: 233, align: "center" });
    pdf.fontSize(14).text("Đông Sơn, ngày 09 tháng 03 năm 2026", 318, 120, { width: 233, align: "center" });
    pdf.end();
    await done;
    const report = checkNd30(await inspectPdf(new Uint8Array(Buffer.concat(chunks))));
    expect(failing(report)).toEqual(
      expect.arrayContaining([
        "[4] Quốc hiệu trên một dòng",
        "[13] Số trang trang đầu",
        "[5] Đường kẻ dưới Tiêu ngữ",
        "[6] Tiêu ngữ: kiểu chữ",
        "[6] Địa danh, ngày tháng năm: kiểu chữ",
        "[8] Tháng: chỉ tháng 1, 2 có số 0",
        "[11] Khối chữ ký (quyền hạn, chức vụ, họ tên)",
        '[12] "Nơi nhận:"',
      ]),
    );
  });
});
