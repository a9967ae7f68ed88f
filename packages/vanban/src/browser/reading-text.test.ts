import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { loadTinosFromNodeModules } from "../fonts/node.js";
import type { VanBan } from "../model.js";
import { renderPdf } from "../pdf/index.js";
import { allSpecimens, keHoachSpecimen } from "../specimens/index.js";
import { readingText, spaceLineBreaks, type TextItemLike } from "./reading-text.js";

// The preview's text reads as the document reads: the words of pdf.js's text, joined as the text
// layer joins them, are the words poppler's `pdftotext -raw` reads from the same PDF.

const fonts = await loadTinosFromNodeModules();
const words = (text: string) => text.split(/\s+/u).filter(Boolean);

async function pdfJsPages(bytes: Uint8Array): Promise<TextItemLike[][]> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise;
  const pages: TextItemLike[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    pages.push((await (await doc.getPage(n)).getTextContent()).items as TextItemLike[]);
  }
  await doc.destroy();
  return pages;
}

function pdftotextWords(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), "vanban-reading-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    return words(execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A span as the text layer draws it: its text, and the space added after it. */
const span = (text: string) => ({
  textContent: text,
  append(more: string) {
    this.textContent += more;
  },
});

/** A Kế hoạch whose narrow columns wrap names, with a spaced dash at the end of a line. */
function narrowColumns(): VanBan {
  const doc = keHoachSpecimen();
  doc.body.push({
    type: "table",
    columns: [
      { header: "STT", weight: 8, align: "center" },
      { header: "Nội dung nhiệm vụ", weight: 30 },
      { header: "Cơ quan chủ trì", weight: 15 },
      { header: "Thời gian thực hiện", weight: 10, align: "center" },
    ],
    rows: [
      {
        cells: [
          "1",
          "Tổ chức hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân xã với người dân",
          "Phòng Văn hóa - Xã hội",
          "Quý III/2027",
        ],
      },
      { cells: ["2", "Hội thi trực tuyến", "Hội Liên hiệp Phụ nữ xã - Đoàn Thanh niên xã", "Cả năm"] },
    ],
  });
  return doc;
}

describe("the text of a preview page", () => {
  it("puts a space at each line break inside a cell or a paragraph", () => {
    const items = [
      { str: "Tổ", hasEOL: true },
      { str: "chức hội", hasEOL: true },
      { str: "nghị đối", hasEOL: true },
      { str: "thoại", hasEOL: false },
      { str: "", hasEOL: true },
      { str: "Phòng Văn", hasEOL: true },
      { str: "hóa - Xã hội", hasEOL: true },
    ];
    expect(readingText(items)).toBe("Tổ chức hội nghị đối thoại Phòng Văn hóa - Xã hội ");
  });

  it("keeps a hyphen at a break: a spaced dash stays a word, a hyphen inside a word joins it", () => {
    expect(readingText([{ str: "Văn hóa -", hasEOL: true }, { str: "Xã hội" }])).toBe("Văn hóa - Xã hội");
    expect(readingText([{ str: "Kế hoạch số 214/KH-", hasEOL: true }, { str: "UBND" }])).toBe(
      "Kế hoạch số 214/KH-UBND",
    );
    expect(readingText([{ str: "giai đoạn 2021–", hasEOL: true }, { str: "2025" }])).toBe(
      "giai đoạn 2021–2025",
    );
  });

  it("adds no second space where the line already ends with one, and skips marked content", () => {
    expect(readingText([{ str: "Căn cứ ", hasEOL: true }, {}, { str: "Luật" }])).toBe("Căn cứ Luật");
  });

  it("reads the same from the text layer's spans as from the items", () => {
    const items = [
      { str: "Cơ quan", hasEOL: true },
      { str: "chủ trì", hasEOL: true },
      {},
      { str: "thực hiện", hasEOL: false },
      { str: "", hasEOL: true },
      { str: "214/KH-", hasEOL: true },
      { str: "UBND", hasEOL: false },
    ];
    const spans = items.filter((item) => item.str !== undefined).map((item) => span(item.str as string));
    spaceLineBreaks(spans, items);
    expect(spans.map((s) => s.textContent).join("")).toBe(readingText(items));
  });

  it("gives the words pdftotext reads from the same PDF, for every specimen and narrow columns", async () => {
    const docs = [...allSpecimens().map((specimen) => specimen.doc), narrowColumns()];
    for (const doc of docs) {
      const bytes = await renderPdf(doc, { fonts });
      const pages = await pdfJsPages(bytes);
      const preview = pages.flatMap((items) => words(readingText(items)));
      expect(preview, doc.subject).toEqual(pdftotextWords(bytes));
    }
  });

  it("reads a wrapped cell as its words: 'Tổ chức hội nghị', never 'Tổchức hộinghị'", async () => {
    const bytes = await renderPdf(narrowColumns(), { fonts });
    const text = (await pdfJsPages(bytes)).map(readingText).join(" ").replace(/\s+/gu, " ");
    expect(text).toContain("Tổ chức hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân xã với người dân");
    expect(text).toContain("Phòng Văn hóa - Xã hội");
    expect(text).toContain("Quý III/2027");
  });
});
