import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { loadTinosFromNodeModules } from "../fonts/node.js";
import { DocFonts } from "./fonts.js";
import type { PdfKitDocument } from "./pdfkit.js";
import { breakLines, layoutParagraph, normalizeText, toWords } from "./text.js";

const set = await loadTinosFromNodeModules();
const fonts = new DocFonts(new PDFDocument({ autoFirstPage: false }) as unknown as PdfKitDocument, set);
const words = (text: string) => toWords([{ text, face: "regular", size: 14 }], fonts);
const lineTexts = (text: string, width: number) =>
  breakLines(words(text), () => width).map((l) =>
    l.words.map((w) => w.pieces.map((p) => p.text).join("")).join(" "),
  );

describe("Vietnamese line breaking", () => {
  it("breaks at spaces only, so symbols, dates and ranges stay whole", () => {
    const text = "theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 giai đoạn 2021-2030 của Chính phủ";
    for (let width = 80; width <= 300; width += 7) {
      const lines = lineTexts(text, width).join("\n");
      for (const token of ["76/NQ-CP", "15/7/2021", "2021-2030"])
        expect(lines, `${width} pt`).toContain(token);
    }
  });

  it('never starts a line with the dash inside a name ("chính trị - xã hội")', () => {
    const text =
      "phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, Phòng Văn hóa - Xã hội và đoàn thể";
    let measured = 0;
    for (let width = 60; width <= 420; width += 2) {
      const lines = lineTexts(text, width);
      for (const line of lines.slice(1)) expect(line, `${width} pt`).not.toMatch(/^[-–—] /u);
      expect(lines.join(" "), `${width} pt`).toBe(text);
      measured++;
    }
    expect(measured).toBeGreaterThan(100);
  });

  it("fills each line as far as it goes before breaking, as Word does", () => {
    const lines = breakLines(words("một hai ba bốn năm sáu bảy tám chín mười"), () => 120);
    for (let i = 0; i < lines.length - 1; i++) {
      const next = lines[i + 1]?.words[0];
      const line = lines[i];
      if (!line || !next) continue;
      const space = line.words[line.words.length - 1]?.space?.width ?? 0;
      expect(line.width + space + next.width).toBeGreaterThan(120);
    }
  });

  it("keeps the en spaces of a draft's blanks inside their word", () => {
    expect(words("ngày \u2002\u2002\u2002\u2002 tháng").map((w) => w.pieces[0]?.text)).toEqual([
      "ngày",
      "\u2002\u2002\u2002\u2002",
      "tháng",
    ]);
  });

  it("normalises to NFC and drops invisible characters, collapsing runs of spaces", () => {
    expect(normalizeText("Ho\u0300a  bi\u0300nh\u200B\tthôn\n1")).toBe("Hòa bình thôn 1");
  });

  it("justifies every line but the last to the full width", () => {
    const text =
      "Tiếp tục đẩy mạnh cải cách hành chính trên tất cả các lĩnh vực, lấy người dân, doanh nghiệp làm trung tâm.";
    const lines = layoutParagraph(fonts, {
      spans: [{ text, face: "regular", size: 14 }],
      width: 300,
      align: "justify",
      firstIndent: 28,
    });
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]?.x).toBe(28);
    for (const line of lines.slice(0, -1)) expect(line.x + line.width).toBeCloseTo(300, 5);
    const last = lines[lines.length - 1];
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThan(300);
  });
});
