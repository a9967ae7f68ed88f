import { inspectPdf } from "@kehoach/pdf-inspect";
import { convertDocxToPdf, documentWords, firstDifference } from "@kehoach/pdf-inspect/libreoffice";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTinosFromNodeModules } from "../fonts/node.js";
import type { Block, VanBan } from "../model.js";
import { renderPdf } from "../pdf/index.js";
import { type LayoutProfile, nd30Profile } from "../profile.js";
import { allSpecimens, keHoachSpecimen, quyetDinhSpecimen } from "../specimens/index.js";
import { renderDocx } from "./index.js";

// The Word files checked by a real client: LibreOffice (headless, the Debian package
// libreoffice-writer-nogui; `pnpm run setup:debian` installs it) opens every specimen's .docx
// and prints it to PDF in one run. Opening without complaint is the structural check a client
// makes; then the printout must agree with our own PDF of the same document: the same number
// of pages give or take one, and the same words in the same order (see documentWords for what
// "the words" excludes: page numbers and header rows repeated on continuation pages).

interface Pair {
  id: string;
  doc: VanBan;
  profile: LayoutProfile;
  ours: Awaited<ReturnType<typeof inspectPdf>>;
  libreOffice: Awaited<ReturnType<typeof inspectPdf>>;
}

const pairs: Pair[] = [];

/** Every specimen in size set 14, and the plan once more in set 13 with the conservative margins. */
function cases(): { id: string; doc: VanBan; profile: LayoutProfile }[] {
  return [
    ...allSpecimens().map(({ id, doc }) => ({ id, doc, profile: nd30Profile(14) })),
    { id: "ke-hoach-bo-13", doc: keHoachSpecimen(), profile: nd30Profile(13, "conservative") },
    {
      id: "quyet-dinh-mat-noi-bo",
      doc: { ...quyetDinhSpecimen(), secrecy: "mat", urgency: "hoaToc", circulation: "Lưu hành nội bộ" },
      profile: nd30Profile(14),
    },
    { id: "ngat-dong", doc: lineEndDocument(), profile: nd30Profile(14) },
    { id: CUT_ROW, doc: tallRowDocument(), profile: nd30Profile(14) },
    {
      id: ELECTRONIC,
      doc: { ...quyetDinhSpecimen(), organisationSignature: { signedAt: "2026-03-05T09:00:00+07:00" } },
      profile: nd30Profile(14),
    },
  ];
}

const CUT_ROW = "hang-cao";
const ELECTRONIC = "ban-dien-tu";

/** Half a page of text, then a portrait task table whose second row is taller than the rest of the page. */
function tallRowDocument(): VanBan {
  const task = (i: number) =>
    `Nội dung ${i}: tuyên truyền, phổ biến kết quả Chỉ số cải cách hành chính, Chỉ số hài lòng của người dân.`;
  const body: Block[] = Array.from({ length: 6 }, (_, i) => ({
    type: "paragraph",
    content: `Đoạn ${i + 1}: các cơ quan, đơn vị triển khai nhiệm vụ được giao, báo cáo kết quả thực hiện về Ủy ban nhân dân xã theo định kỳ hằng quý.`,
  }));
  body.push({
    type: "table",
    columns: [
      { header: "STT", weight: 3, align: "center" },
      { header: "Nội dung nhiệm vụ", weight: 17 },
      { header: "Sản phẩm", weight: 8 },
      { header: "Cơ quan chủ trì", weight: 8 },
      { header: "Thời gian", weight: 7, align: "center" },
    ],
    rows: [
      { cells: ["1", "Rà soát, công khai thủ tục hành chính", "Danh mục", "Văn phòng", "Quý I"] },
      {
        cells: [
          "2",
          Array.from({ length: 14 }, (_, i) => task(i + 1)).join(" "),
          "Tin, bài",
          "Phòng Văn hóa - Xã hội",
          "Cả năm",
        ],
      },
      { cells: ["3", "Tổng kết, báo cáo kết quả", "Báo cáo", "Văn phòng", "Tháng 12"] },
    ],
  });
  return { ...keHoachSpecimen(), body, appendices: undefined };
}

/** Words that must never be cut at a line's end, and the dash that must never open a line. */
const WHOLE = ["214/KH-UBND", "HĐND-UBND", "2021-2025"];

/**
 * The same sentence after a lead-in one short word longer each time, so that every symbol and
 * range of WHOLE and the dash of "chính trị - xã hội" reaches the end of a line in some paragraph.
 */
function lineEndDocument(): VanBan {
  const body: Block[] = Array.from({ length: 36 }, (_, i) => ({
    type: "paragraph",
    content: `${"và ".repeat(i)}theo Kế hoạch số 214/KH-UBND, Văn phòng HĐND-UBND giai đoạn 2021-2025 phối hợp các tổ chức chính trị - xã hội thực hiện.`,
  }));
  return { ...keHoachSpecimen(), body, appendices: undefined };
}

beforeAll(async () => {
  const fonts = await loadTinosFromNodeModules();
  const all = cases();
  const files = await Promise.all(
    all.map(async ({ id, doc, profile }) => ({ name: id, bytes: await renderDocx(doc, { profile }) })),
  );
  const converted = await convertDocxToPdf(files);
  for (const { id, doc, profile } of all) {
    const ours = await inspectPdf(await renderPdf(doc, { fonts, profile }));
    const libreOffice = await inspectPdf(converted.get(id) as Uint8Array);
    pairs.push({ id, doc, profile, ours, libreOffice });
  }
}, 180_000);

/**
 * LibreOffice's runs with the pieces it draws apart joined back: the no-break space that ties a
 * spaced dash to the word before it and a non-breaking hyphen each come as a run of their own.
 */
function adjoined<R extends { text: string; x: number; y: number; width: number }>(runs: readonly R[]): R[] {
  const out: R[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y - run.y) < 0.5 && Math.abs(last.x + last.width - run.x) < 2) {
      out[out.length - 1] = { ...last, text: last.text + run.text, width: run.x + run.width - last.x };
    } else out.push({ ...run });
  }
  return out.map((r) => ({ ...r, text: r.text.replace(/\u00a0/gu, " ") }));
}

function tableHeaders(doc: VanBan): string[][] {
  const blocks: Block[] = [
    ...doc.body,
    ...(doc.appendices ?? []).flatMap((a) => a.body),
    ...(doc.attachments ?? []).flatMap((d) => [...d.body, ...(d.appendices ?? []).flatMap((a) => a.body)]),
  ];
  return blocks.flatMap((b) => (b.type === "table" ? [b.columns.map((c) => c.header)] : []));
}

function words(pair: Pair, which: "ours" | "libreOffice") {
  return documentWords(pair[which].pages, {
    topMarginPt: (pair.profile.marginsMm.top * 72) / 25.4,
    tableHeaders: tableHeaders(pair.doc),
  });
}

describe("LibreOffice opens every specimen's .docx and prints what our PDF prints", () => {
  it("converts every specimen without an error", () => {
    expect(pairs.map((p) => p.id)).toEqual(cases().map((s) => s.id));
    for (const pair of pairs) expect(pair.libreOffice.pages.length, pair.id).toBeGreaterThan(0);
  });

  it("gives the same number of pages, give or take one", () => {
    for (const pair of pairs) {
      const diff = Math.abs(pair.libreOffice.pages.length - pair.ours.pages.length);
      expect(
        diff,
        `${pair.id}: LibreOffice ${pair.libreOffice.pages.length}, PDF ${pair.ours.pages.length}`,
      ).toBeLessThanOrEqual(1);
    }
  });

  it("prints the same words in the same order", () => {
    for (const pair of pairs) {
      const ours = words(pair, "ours").words;
      const theirs = words(pair, "libreOffice").words;
      expect(ours.length, pair.id).toBeGreaterThan(100);
      if (pair.id === CUT_ROW) {
        // Where a row is cut, its cells' words interleave by page, and the two cut it a line or
        // two apart: the same words, the order within the cut row aside.
        expect([...theirs].sort(), pair.id).toEqual([...ours].sort());
        continue;
      }
      expect(firstDifference(ours, theirs), pair.id).toBeUndefined();
      expect(words(pair, "libreOffice").marginWords, pair.id).toEqual(words(pair, "ours").marginWords);
    }
  });

  it("never breaks a symbol or a range at its hyphen, nor starts a line with the dash of a name", () => {
    const pair = pairs.find((p) => p.id === "ngat-dong") as Pair;
    const lines = pair.libreOffice.pages.flatMap((p) =>
      p.textLines.map((l) => l.text.replace(/\u00a0/gu, " ")),
    );
    const cutAtHyphen = lines.filter(
      (l, i) => /[\p{L}\d]-$/u.test(l.trimEnd()) && /^[\p{L}\d]/u.test(lines[i + 1] ?? ""),
    );
    const dashFirst = lines.filter((l) => /^[-–] \p{Ll}/u.test(l));
    expect(cutAtHyphen).toEqual([]);
    expect(dashFirst).toEqual([]);
    // Every paragraph's symbols and ranges read whole in LibreOffice's lines.
    const text = lines.join("\n");
    for (const token of WHOLE) expect(text.split(token).length - 1, token).toBe(36);
  });

  it("cuts a table row taller than the rest of the page where the page ends, as the PDF does", () => {
    const pair = pairs.find((p) => p.id === CUT_ROW) as Pair;
    const withRow = pair.libreOffice.pages.filter((p) => p.runs.some((r) => /Nội dung \d+:/u.test(r.text)));
    // Before: the row moved whole to the next page, leaving most of page 1 empty.
    expect(withRow.length).toBeGreaterThanOrEqual(2);
    const first = withRow[0] as (typeof withRow)[number];
    const lowest = Math.min(
      ...first.runs.map((r) => r.y),
      ...first.segments.map((s) => Math.min(s.y1, s.y2)),
    );
    expect((lowest - (20 * 72) / 25.4) / (72 / 25.4)).toBeLessThan(297 / 4);
  });

  it("prints ô 14 at the top right of page 1, 10 pt, where the PDF prints it", () => {
    const pair = pairs.find((p) => p.id === ELECTRONIC) as Pair;
    const lines = (pdf: Pair["ours"]) =>
      (pdf.pages[0]?.textLines ?? []).filter((l) => l.y > (pdf.pages[0]?.height ?? 0) - (20 * 72) / 25.4);
    const theirs = lines(pair.libreOffice);
    expect(theirs.map((l) => l.text.replace(/\s+/gu, ""))).toEqual([
      "07/QĐ-UBND",
      "2026-03-05T09:00:00+07:00",
    ]);
    lines(pair.ours).forEach((ours, i) => {
      const other = theirs[i];
      expect(other?.runs.every((r) => r.size === 10)).toBe(true);
      expect(Math.abs((other?.right ?? 0) - ours.right)).toBeLessThan(2);
      expect(Math.abs((other?.y ?? 0) - ours.y)).toBeLessThan(2.5);
    });
  });

  it("numbers pages as the PDF does: none on a section's first page, from 2 on its others", () => {
    for (const pair of pairs) {
      const ours = words(pair, "ours").pageNumbers;
      const theirs = words(pair, "libreOffice").pageNumbers;
      expect(theirs[0], pair.id).toBeUndefined();
      // Each numbered page follows its predecessor's number (a section's first page counts as 1).
      theirs.forEach((n, i) => {
        if (n !== undefined) expect(n, `${pair.id} page ${i + 1}`).toBe((theirs[i - 1] ?? 1) + 1);
      });
      if (theirs.length === ours.length) expect(theirs, pair.id).toEqual(ours);
    }
  });

  it("keeps the header's lines where the PDF puts them (1.5 pt) and the marks in the top margin (2.5 pt)", () => {
    for (const pair of pairs) {
      const top = pair.ours.pages[0]?.height ?? 0;
      const marginTop = top - (pair.profile.marginsMm.top * 72) / 25.4;
      const runs = pair.ours.pages[0]?.runs ?? [];
      const theirs = adjoined(pair.libreOffice.pages[0]?.runs ?? []);
      const near = (run: (typeof runs)[number], tolerance: number) => {
        const other = theirs.find((r) => r.text === run.text);
        expect(other, `${pair.id}: ${run.text}`).toBeDefined();
        expect(Math.abs((other?.y ?? 0) - run.y), `${pair.id}: ${run.text}`).toBeLessThan(tolerance);
        expect(Math.abs((other?.x ?? 0) - run.x), `${pair.id}: ${run.text}`).toBeLessThan(tolerance);
      };
      // The agency, Quốc hiệu and Tiêu ngữ lines.
      for (const run of runs.filter((r) => r.y <= marginTop).slice(0, 4)) near(run, 1.5);
      // A mark in its 8 mm frame: LibreOffice sets the text of an exact-height line about 2 pt lower.
      for (const run of runs.filter((r) => r.y > marginTop)) near(run, 2.5);
    }
  });
});
