import { inspectPdf } from "@kehoach/pdf-inspect";
import { beforeAll, describe, expect, it } from "vitest";
import { loadTinosFromNodeModules } from "../fonts/node.js";
import type { Block, VanBan } from "../model.js";
import { renderPdf } from "../pdf/index.js";
import { type LayoutProfile, nd30Profile } from "../profile.js";
import { allSpecimens, keHoachSpecimen, quyetDinhSpecimen } from "../specimens/index.js";
import { convertDocxToPdf, documentWords, firstDifference } from "./check.js";
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
  ];
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
      expect(firstDifference(ours, theirs), pair.id).toBeUndefined();
      expect(words(pair, "libreOffice").marginWords, pair.id).toEqual(words(pair, "ours").marginWords);
    }
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
      const theirs = pair.libreOffice.pages[0]?.runs ?? [];
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
