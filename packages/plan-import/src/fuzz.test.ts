import { readFileSync } from "node:fs";
import { PlanV2Schema } from "@kehoach/plan-model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { englishProblems } from "./english.test-helpers.js";
import { docx, OUTLINE_NUMBERING, p, tbl } from "./fixtures/docx.test-helpers.js";
import { importFile, importText } from "./import.js";
import { toSummary } from "./summary.js";
import type { ImportResult } from "./types.js";

// Properties that must hold for any input: no exception, a plan the schema accepts, every line
// range pointing inside the source the review screen shows, and every finding worded in English
// with no Vietnamese outside the user's words it quotes.

function checkInvariants(result: ImportResult): void {
  if (!result.ok) {
    expect(result.message.length).toBeGreaterThan(10);
    expect(englishProblems(result.messageEn)).toEqual([]);
    return;
  }
  // Whatever the text quoted, the English of every finding is English outside its quotes.
  for (const f of result.findings) expect(englishProblems(f.messageEn, f.quotes)).toEqual([]);
  const parsed = PlanV2Schema.safeParse(result.plan);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  const max = Math.max(1, result.source.length);
  const inside = (r: { from: number; to: number } | undefined) => {
    if (!r) return;
    expect(r.from).toBeGreaterThanOrEqual(1);
    expect(r.to).toBeLessThanOrEqual(max);
    expect(r.from).toBeLessThanOrEqual(r.to);
  };
  for (const f of result.findings) inside(f.lines);
  for (const f of result.fields) inside(f.lines);
  for (const t of result.tasks) {
    inside(t.lines);
    for (const f of t.findings) expect(result.findings[f]).toBeDefined();
  }
  for (const task of toSummary(result).tasks) {
    for (const name of [...task.leads, ...task.supports]) expect(name.trim()).not.toBe("");
  }
}

const LINES = [
  "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "HUYỆN ĐỊNH HÓA",
  "Số: 7/KH-UBND\tĐịnh Hóa, ngày 02 tháng 02 năm 2024",
  "Số:   /KH-UBND",
  "Định Hóa, ngày    tháng    năm 2024",
  "KẾ HOẠCH",
  "QUYẾT ĐỊNH",
  "Tuyên truyền cải cách hành chính năm 2024",
  "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 02/02/2024)",
  "Căn cứ Luật Tổ chức chính quyền địa phương;",
  "Thực hiện Kế hoạch số 3/KH-UBND ngày 05/01/2024 của UBND tỉnh;",
  "I. MỤC ĐÍCH, YÊU CẦU",
  "II. NHIỆM VỤ",
  "A. NHIỆM VỤ CHUNG",
  "1. Tuyên truyền trên Cổng thông tin điện tử",
  "2.1. Tổ chức hội nghị",
  "a) Phát hành tờ gấp",
  "đ) Đối thoại với doanh nghiệp",
  "- Cơ quan chủ trì: Phòng Nội vụ, các cơ quan, đơn vị",
  "- Cơ quan tham mưu: Văn phòng HĐND và UBND huyện",
  "- Cơ quan phối hợp: UBND các xã, thị trấn; Phòng Văn hóa, Thể thao và Du lịch",
  "+ Thời gian thực hiện: Quý II/2024",
  "- Thời gian thực hiện:",
  "+ Chuyên mục: Hằng tuần",
  "(Chủ trì: Phòng Tư pháp; phối hợp: Công an huyện; thời gian: Thường xuyên)",
  "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian",
  "1\tTuyên truyền\tPhòng Nội vụ\tCác phòng, ban\tThường xuyên",
  "\tcòn tiếp\t\t\t",
  "2\t\tTổ chức hội thi\tPhòng Nội vụ\tHuyện đoàn\tQuý III/2024",
  "| TT | Nhiệm vụ | Chủ trì | Thời gian |",
  "|---|---|---|---|",
  "| 1 | Cập nhật tin bài | Văn phòng | Hằng tháng |",
  "STT",
  "Nội dung",
  "Đơn vị chủ trì",
  "Thời gian hoàn thành",
  "PHỤ LỤC",
  "(Kèm theo Kế hoạch số 7 /KH-UBND ngày 02/02/2023 của UBND huyện)",
  "Trên đây là Kế hoạch tuyên truyền CCHC năm 2024./.",
  "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
  "- Sở Nội vụ;",
  "- Lưu: VT, NV (20b).",
  "KT. CHỦ TỊCH",
  "PHÓ CHỦ TỊCH",
  "(Đã ký)",
  "Ma Thị Hạnh",
  "Số hiệu: 7/KH-UBND",
  "https://example.vn/van-ban/7-kh-ubnd",
  "",
  "\t",
  "**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch.",
  "## III. TỔ CHỨC THỰC HIỆN",
  "1. Phòng Nội vụ: theo dõi, đôn đốc; định kỳ 6 tháng, năm báo cáo UBND huyện.",
];

// The shapes of issue 23: web copies ("|" cells, bold runs, wrapped labels), activities, agency
// headings, prose assignments, matrices and layout tables.
const WEB_LINES = [
  "|",
  "| |",
  "**ỦY BAN NHÂN",
  "DÂN**",
  "**CỘNG HÒA XÃ HỘI CHỦ",
  "NGHĨA VIỆT NAM**",
  "Số:",
  "2184/KH-UBND",
  "*Quảng Trị, ngày 19",
  "tháng 12 năm 2025*",
  "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
  "**1.****Công an tỉnh:**",
  "*Đơn vị chủ trì thực hiện: *Các",
  "sở, ban, ngành; Văn phòng Đoàn ĐBQH, HĐND và",
  "UBND tỉnh",
  "Cơ quan thực hiện: Sở Y tế; Báo và Phát thanh, Truyền hình tỉnh",
  "- Chủ trì, phối hợp với Sở Tư pháp tổ chức tuyên truyền; hoàn thành trước ngày 31/3/2026.",
  "3. Ủy ban nhân dân các xã, phường, đặc khu:",
  "II. NỘI DUNG",
  "1. Tuyên truyền trên Trang thông tin điện tử xã",
  "- Giao Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã hướng dẫn người dân (Quý IV/2025)",
  "IV. TỔ CHỨC THỰC HIỆN",
  "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Công an xã tuyên truyền trên Trang thông tin",
  "TT\tNội dung\tSở Nội vụ\tSở Tài chính\tThời gian",
  "1\tRà soát vị trí việc làm\tCT\tPH\tQuý I/2026",
  "2\tBố trí kinh phí\tx\t✓\t",
  " STT   Nội dung nhiệm vụ           Cơ quan chủ trì     Cơ quan phối hợp    Thời gian",
  "  1    Tuyên truyền Luật           Sở Lao động -       Hội Liên hiệp       Quý III/2020",
  "       Bình đẳng giới              Thương binh và Xã   Phụ nữ tỉnh",
  "                                   hội",
  "**TM. ỦY BAN",
  "NHÂN DÂN**",
  "KT. CHỦ TỊCH",
  "QUYẾT ĐỊNH:",
  "Điều 1.",
  "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH",
  "STT",
  "Tên nhiệm vụ",
  "Cơ quan chủ trì",
  "I. NHIỆM VỤ CHUNG",
  "1",
  "Rà soát",
  "Sở Nội vụ",
];

// The heads real pages put before and around a document: a page's headline and counters, a type
// line dropped, "Số" apart from its number, a QĐ cut before its plan, pictures.
const HEAD_LINES = [
  "Lượt truy cập",
  "Hôm nay:",
  "41",
  "KẾ HOẠCH Tổ chức Ngày hội Đại đoàn kết năm 2025",
  "Ngày 02/10/2025 08:15:40",
  "Triển khai thực hiện Kết luận số 12-KL/ĐU ngày 04/8/2025 về kinh tế số đến năm 2030",
  "ỦY BAN NHÂN DÂN | CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
  "XÃ BẾN SỎI | Độc lập - Tự do - Hạnh phúc |",
  "Số: 15 /KH - UBND |",
  "Số        17   /KH-PGD&ĐT             Nam Khê, ngày 09 tháng 10 năm 2024",
  "Bến Sỏi, ngày 12 tháng 9 năm 2025 |",
  "PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỈNH LAM SƠN NĂM 2026",
  "- Luật Du lịch ngày 19/6/2017;",
  "![](/uploads/logo.png) |",
  "QUYẾT ĐỊNH",
  "VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC GIAI ĐOẠN 2026-2030, TẦM NHÌN ĐẾN NĂM 2045",
  "ỦY BAN NHÂN DÂN TỈNH LAM SƠN",
  "QUYẾT ĐỊNH:",
  "Điều 2.",
  "Giao Giám đốc Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở triển khai Kế",
  "Quyết định này có hiệu lực kể từ ngày ký./.",
  "KẾ HOẠCH",
  "TRIỂN KHAI CHỈ THỊ SỐ 05/CT-TTG NGÀY 12 THÁNG 3 NĂM 2023 ĐẾN NĂM 2030",
];

describe("fuzzing the text importer", () => {
  it("never throws on page headlines, dropped type lines, cut decisions and split number lines", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...HEAD_LINES, ...WEB_LINES, ...LINES), { minLength: 1, maxLength: 80 }),
        (lines) => {
          checkInvariants(importText(lines.join("\n")));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary Unicode text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 3000 }), (text) => {
        checkInvariants(importText(text));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on plan-like lines in any order and combination", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 120 }), (lines) => {
        checkInvariants(importText(lines.join("\n")));
      }),
      { numRuns: 400 },
    );
  });

  it("reads the same tasks whatever invisible characters and odd spaces are sprinkled in", () => {
    const clean = readFileSync(
      new URL("./fixtures/tan-thanh-2026-cell-lines.txt", import.meta.url),
      "utf8",
    ).replace(/[\u00a0\u200b]/g, (c) => (c === "\u00a0" ? " " : ""));
    const expected = toSummary(importText(clean)).tasks;
    expect(expected).toHaveLength(4);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.constantFrom("\u200b", "\u200c", "\u2060", "\ufeff", "\u00ad")), {
          maxLength: 40,
        }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (inserts, nbsp) => {
          let text = clean;
          const spaces = [...text.matchAll(/ /g)].map((m) => m.index as number);
          for (const n of nbsp) {
            const at = spaces[n % spaces.length] as number;
            text = `${text.slice(0, at)}\u00a0${text.slice(at + 1)}`;
          }
          for (const [n, ch] of inserts) {
            const at = n % text.length;
            // Never inside a line break pair or before a tab, where it would change a table cell.
            text = `${text.slice(0, at)}${ch}${text.slice(at)}`;
          }
          expect(toSummary(importText(text)).tasks).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("fuzzing the shapes of real plans as officials have them", () => {
  it("never throws on web-copy, activity, agency-heading, matrix and layout lines in any order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WEB_LINES, ...LINES), { minLength: 1, maxLength: 140 }),
        (lines) => {
          checkInvariants(importText(lines.join("\n")));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("never throws when every line of a real-shaped plan is cut at a random width", () => {
    const plan = readFileSync(new URL("./fixtures/quang-tri-2025-web-copy.txt", import.meta.url), "utf8");
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 120 }), (width) => {
        const cut = plan
          .split("\n")
          .flatMap((line) => line.match(new RegExp(`.{1,${width}}`, "gu")) ?? [""])
          .join("\n");
        checkInvariants(importText(cut));
      }),
      { numRuns: 60 },
    );
  });
});

/** pdf.js as a browser app hands it over, serving the given text items on one page. */
function pdfOf(items: { str: string; x: number; y: number; w: number }[]) {
  return async () => ({
    getDocument: () => ({
      promise: Promise.resolve({
        numPages: 1,
        getPage: async () => ({
          getTextContent: async () => ({
            items: items.map((i) => ({
              str: i.str,
              transform: [11, 0, 0, 11, i.x, i.y],
              width: i.w,
              height: 11,
            })),
          }),
        }),
        destroy: async () => undefined,
      }),
    }),
  });
}

describe("fuzzing the PDF reader", () => {
  const PDF = new TextEncoder().encode("%PDF-1.7\n");

  it("never throws on text items placed anywhere, with any text", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            str: fc.oneof(fc.constantFrom(...WEB_LINES, ...LINES), fc.string({ maxLength: 40 })),
            x: fc.double({ min: -50, max: 900, noNaN: true }),
            y: fc.double({ min: -50, max: 900, noNaN: true }),
            w: fc.double({ min: 0, max: 600, noNaN: true }),
          }),
          { maxLength: 150 },
        ),
        async (items) => {
          checkInvariants(await importFile(PDF, { pdfjs: pdfOf(items) }));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("never throws on damaged PDF bytes", async () => {
    const good = new Uint8Array(
      readFileSync(new URL("./fixtures/muong-khuong-2024-text-layer.pdf", import.meta.url)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }),
        async (flips) => {
          const bytes = good.slice();
          for (const [at, value] of flips) bytes[8 + (at % (bytes.length - 8))] = value;
          checkInvariants(await importFile(bytes));
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("fuzzing the file importer", () => {
  it("never throws on arbitrary bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (bytes) => {
        checkInvariants(await importFile(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on a damaged .docx", async () => {
    const good = docx(
      [
        p("KẾ HOẠCH"),
        p("Tuyên truyền năm 2025"),
        p("NHIỆM VỤ", { numId: 1, ilvl: 0 }),
        tbl([
          ["STT", "Nhiệm vụ", "Chủ trì", "Thời gian"],
          ["1", "Tuyên truyền", { text: "Phòng Nội vụ", vMerge: "restart" }, "Quý I"],
          ["2", "Hội thi", { text: "", vMerge: "continue" }, "Quý II"],
        ]),
      ].join(""),
      { numbering: OUTLINE_NUMBERING },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }),
        async (flips) => {
          const bytes = good.slice();
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          checkInvariants(await importFile(bytes));
        },
      ),
      { numRuns: 200 },
    );
  });
});
