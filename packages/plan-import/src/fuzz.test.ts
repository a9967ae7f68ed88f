import { readFileSync } from "node:fs";
import { PlanV2Schema } from "@kehoach/plan-model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { docx, OUTLINE_NUMBERING, p, tbl } from "./fixtures/docx.test-helpers.js";
import { importFile, importText } from "./import.js";
import { toSummary } from "./summary.js";
import type { ImportResult } from "./types.js";

// Properties that must hold for any input: no exception, a plan the schema accepts, and every
// line range pointing inside the source the review screen shows.

function checkInvariants(result: ImportResult): void {
  if (!result.ok) {
    expect(result.message.length).toBeGreaterThan(10);
    return;
  }
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

describe("fuzzing the text importer", () => {
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
