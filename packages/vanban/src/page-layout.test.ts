import { type InspectedPage, inspectPdf } from "@kehoach/pdf-inspect";
import { describe, expect, it } from "vitest";
import { renderWithPdfmake } from "./fixtures/pdfmake-render.js";
import { sampleVanBan } from "./fixtures/sample-van-ban.js";
import { loadTinosFromNodeModules } from "./fonts/node.js";
import type { Block, TableBlock, VanBan } from "./model.js";
import { renderPdf } from "./pdf/index.js";
import { type LayoutProfile, mm, nd30Profile, type SizeSet } from "./profile.js";
import { quyetDinhSpecimen } from "./specimens/index.js";

// Where pages break and what stands on a line of its own, measured on the PDFs of both engines
// (the renderer on pdfkit, and pdfmake from @kehoach/vanban/pdfmake): how much is left empty at
// the foot of a page, whether a cut table row goes on under the repeated header.

const fonts = await loadTinosFromNodeModules();
type Render = (doc: VanBan, options: { profile?: LayoutProfile }) => Promise<Uint8Array>;
const ENGINES: [string, Render][] = [
  ["pdfkit", (doc, options) => renderPdf(doc, { fonts, ...options })],
  ["pdfmake", (doc, options) => renderWithPdfmake(doc, options)],
];
const QUARTER_PAGE_MM = 297 / 4;

/** Millimetres left empty between the lowest thing drawn and the bottom margin of a page. */
function footBlankMm(page: InspectedPage, bottomMarginMm = 20): number {
  const body = page.runs.filter((r) => r.y < page.height - mm(20));
  const lowest = Math.min(
    ...body.map((r) => r.y - r.size * (443 / 2048)),
    ...page.segments.flatMap((s) => [s.y1, s.y2]),
  );
  return (lowest - mm(bottomMarginMm)) / mm(1);
}

const taskTable = (rows: string[][]): TableBlock => ({
  type: "table",
  // The portrait task table of plan-documents: STT is 3 parts of 52 (9.5 mm).
  columns: [
    { header: "STT", weight: 3, align: "center" },
    { header: "Nội dung nhiệm vụ", weight: 17 },
    { header: "Sản phẩm", weight: 8 },
    { header: "Cơ quan chủ trì", weight: 8 },
    { header: "Cơ quan phối hợp", weight: 9 },
    { header: "Thời gian thực hiện", weight: 7, align: "center" },
  ],
  rows: rows.map((cells) => ({ cells })),
});

const longTask = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `Nội dung ${i + 1}: tuyên truyền, phổ biến kết quả Chỉ số cải cách hành chính, Chỉ số hài lòng của người dân.`,
  ).join(" ");

const paragraph = (i: number): Block => ({
  type: "paragraph",
  content: `Đoạn ${i}: các cơ quan, đơn vị triển khai nhiệm vụ được giao, báo cáo kết quả thực hiện về Ủy ban nhân dân xã theo định kỳ hằng quý.`,
});

describe.each(ENGINES)("%s: a table row taller than what is left of the page", (_engine, render) => {
  it("is cut where the page ends and goes on under the repeated header, never leaving a quarter page empty", async () => {
    for (let lead = 4; lead <= 16; lead += 3) {
      const table = taskTable([
        ["1", "Rà soát, công khai thủ tục hành chính", "Danh mục", "Văn phòng", "Các phòng", "Quý I"],
        ["2", longTask(14), "Tin, bài", "Phòng Văn hóa - Xã hội", "Các thôn", "Cả năm"],
        ["3", "Tổng kết, báo cáo kết quả", "Báo cáo", "Văn phòng", "Các phòng", "Tháng 12"],
      ]);
      const body = [...Array.from({ length: lead }, (_, i) => paragraph(i + 1)), table, paragraph(99)];
      const pdf = await inspectPdf(await render(sampleVanBan({ body }), {}));
      const pages = pdf.pages.slice(0, -1);
      for (const page of pages) {
        expect(footBlankMm(page), `${lead} đoạn, trang ${page.number}`).toBeLessThanOrEqual(QUARTER_PAGE_MM);
      }
      // Row 2 spans two pages: the second begins with the header row, then row 2 goes on.
      const cut = pdf.pages.filter((p) => p.textLines.some((l) => l.text.includes("Nội dung 1:")));
      const after = pdf.pages.find((p) => p.number > (cut[0]?.number ?? 0));
      const rows = after?.textLines.filter((l) => l.y < (after?.height ?? 0) - mm(20)) ?? [];
      const top = rows
        .slice(0, 3)
        .map((l) => l.text)
        .join(" ");
      expect(top, `${lead} đoạn`).toMatch(/STT Nội dung nhiệm vụ Sản phẩm/u);
    }
  });

  it("keeps a heading with the table it introduces, cutting the first row rather than moving both", async () => {
    const table = taskTable([["1", longTask(12), "Tin, bài", "Văn phòng", "Các thôn", "Cả năm"]]);
    const body: Block[] = [
      ...Array.from({ length: 9 }, (_, i) => paragraph(i + 1)),
      { type: "heading", level: "khoan", number: "1", text: "Nội dung, thời gian, hình thức tuyên truyền" },
      table,
    ];
    const pdf = await inspectPdf(await render(sampleVanBan({ body }), {}));
    const headingPage = pdf.pages.find((p) =>
      p.textLines.some((l) => l.text.startsWith("1. Nội dung, thời gian")),
    );
    expect(headingPage).toBeDefined();
    for (const page of pdf.pages.slice(0, -1)) {
      expect(footBlankMm(page), `trang ${page.number}`).toBeLessThanOrEqual(QUARTER_PAGE_MM);
    }
    // The heading is followed on its page by the table's header and the first lines of row 1.
    const below = headingPage?.textLines.filter(
      (l) => l.text.startsWith("STT") || l.text.includes("Nội dung 1:"),
    );
    expect(below?.length).toBeGreaterThanOrEqual(2);
  });
});

describe.each(ENGINES)("%s: the STT column of a portrait task table", (_engine, render) => {
  it('holds "STT" on one line, in both size sets', async () => {
    for (const set of [13, 14] as SizeSet[]) {
      const table = taskTable([["1", "Rà soát thủ tục", "Danh mục", "Văn phòng", "Các phòng", "Quý I"]]);
      const pdf = await inspectPdf(
        await render(sampleVanBan({ body: [table] }), { profile: nd30Profile(set) }),
      );
      const header = pdf.pages[0]?.runs.filter((r) => r.bold && /^S?T+$/u.test(r.text)) ?? [];
      // Before: "ST" over "T" in the 9.5 mm column.
      expect(
        header.map((r) => r.text),
        `bộ ${set}`,
      ).toEqual(["STT"]);
    }
  });
});

describe.each(ENGINES)("%s: a titled khoản in a Quyết định", (_engine, render) => {
  it("stands on its own bold line, its text following as a paragraph, in both size sets", async () => {
    for (const set of [13, 14] as SizeSet[]) {
      const pdf = await inspectPdf(await render(quyetDinhSpecimen(), { profile: nd30Profile(set) }));
      const lines = pdf.pages.flatMap((p) => p.textLines);
      const i = lines.findIndex((l) => l.text.startsWith("2. Báo cáo kết quả"));
      // Before: "2. Báo cáo kết quả Tổ kiểm tra báo cáo Chủ tịch Ủy ban …" on one line.
      expect(lines[i]?.text, `bộ ${set}`).toBe("2. Báo cáo kết quả");
      expect(lines[i]?.runs.every((r) => r.bold)).toBe(true);
      const next = lines[i + 1];
      expect(next?.text.startsWith("Tổ kiểm tra báo cáo Chủ tịch")).toBe(true);
      expect(next?.runs.some((r) => r.bold)).toBe(false);
      // The text opens a paragraph: indented 1 cm like the title line.
      expect(Math.abs((next?.x ?? 0) - (lines[i]?.x ?? 0))).toBeLessThan(0.5);
    }
  });
});

describe.each(ENGINES)("%s: keeping together", (_engine, render) => {
  it("never leaves more than a quarter page empty when it moves a Điều with the signature", async () => {
    for (const set of [13, 14] as SizeSet[]) {
      const pdf = await inspectPdf(await render(quyetDinhSpecimen(), { profile: nd30Profile(set) }));
      for (const page of pdf.pages.slice(0, -1)) {
        expect(footBlankMm(page), `bộ ${set}, trang ${page.number}`).toBeLessThanOrEqual(QUARTER_PAGE_MM);
      }
    }
  });
});
