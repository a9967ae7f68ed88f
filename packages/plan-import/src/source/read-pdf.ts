import { en, plainEnglish, say, type Wording } from "@kehoach/text-vi";
import type { Block, SourceDocument, SourceNote } from "./blocks.js";
import type { TextLine } from "./lines.js";
import { linesToParagraphs } from "./paragraphs.js";
import { type PChunk, type PLine, positionedTableAt } from "./positioned.js";

// A PDF with a text layer (the way many plans circulate on portals) into the same lines and
// blocks as text: pdf.js gives each run of text with its position; runs on one baseline are a
// line, runs far apart on a line are columns (a tab, as Word's header table would give), a task
// table is rebuilt from the x of its header's columns (positioned.ts), and a line that reaches the
// right margin goes on in the next one. A PDF without text (a scan) is refused: there is nothing
// to read without OCR.

/** The part of pdf.js this reader uses, so a browser app can hand over the copy it already loaded. */
export interface PdfJs {
  getDocument(params: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    verbosity?: number;
  }): { promise: Promise<PdfDocumentLike> };
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<{
    getTextContent(): Promise<{ items: unknown[] }>;
    cleanup?(): unknown;
  }>;
  destroy(): Promise<void>;
}

export type PdfRead =
  | { ok: true; source: SourceDocument }
  | { ok: false; code: "pdf-no-text" | "pdf-unreadable"; message: Wording };

interface Run {
  text: string;
  x: number;
  end: number;
  y: number;
  size: number;
}

/** At most this many pages are read: a plan is a few dozen. */
export const MAX_PDF_PAGES = 300;

export async function readPdf(bytes: Uint8Array, load: () => Promise<PdfJs>): Promise<PdfRead> {
  let doc: PdfDocumentLike;
  try {
    const lib = await load();
    // pdf.js takes the buffer to its worker: a copy keeps the caller's bytes.
    doc = await lib.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    const password = /password/i.test(why);
    return {
      ok: false,
      code: "pdf-unreadable",
      message: password
        ? say(
            "Tệp PDF có mật khẩu, không đọc được. Hãy gỡ mật khẩu hoặc dùng tệp Word gốc.",
            en`The PDF file is protected by a password and cannot be read. Remove the password or use the original Word file.`,
          )
        : say(
            `Không đọc được tệp PDF (${why}). Hãy dùng tệp Word (.docx) gốc của kế hoạch.`,
            en`The PDF file could not be read (${plainEnglish(why)}). Use the plan's original Word file (.docx).`,
          ),
    };
  }
  try {
    const pages: Run[][] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.flatMap(runOf));
      page.cleanup?.();
    }
    const letters = pages.reduce(
      (s, p) => s + p.reduce((t, r) => t + r.text.replace(/\s/g, "").length, 0),
      0,
    );
    if (letters < 20)
      return {
        ok: false,
        code: "pdf-no-text",
        message: say(
          "Tệp PDF này là bản quét (ảnh), không có lớp chữ để đọc. Hãy dùng tệp Word (.docx) gốc, hoặc nhận dạng chữ (OCR) rồi nhập tệp văn bản.",
          en`This PDF is a scan (pictures) with no text layer to read. Use the original Word file (.docx), or recognise the text (OCR) and import the text file.`,
        ),
      };
    return { ok: true, source: layOut(pages) };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

function runOf(item: unknown): Run[] {
  if (!item || typeof item !== "object" || !("str" in item) || !("transform" in item)) return [];
  const { str, transform, width, height } = item as {
    str: unknown;
    transform: unknown;
    width: unknown;
    height: unknown;
  };
  if (typeof str !== "string" || !Array.isArray(transform) || str === "") return [];
  const x = Number(transform[4]);
  const y = Number(transform[5]);
  const size = Math.abs(Number(height)) || Math.hypot(Number(transform[2]), Number(transform[3])) || 10;
  const w = Number(width);
  if (![x, y, size, w].every(Number.isFinite)) return [];
  return [{ text: str.normalize("NFC"), x, end: x + Math.max(w, 0), y, size }];
}

interface PdfLine {
  runs: Run[];
  y: number;
  size: number;
}

/** Runs on one baseline (within half a font size) are one line, top to bottom, left to right. */
function linesOf(runs: Run[]): PdfLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  for (const r of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - r.y) <= Math.max(line.size, r.size) * 0.5) {
      line.runs.push(r);
      line.size = Math.max(line.size, r.size);
    } else lines.push({ runs: [r], y: r.y, size: r.size });
  }
  for (const l of lines) l.runs.sort((a, b) => a.x - b.x);
  return besideEachOther(lines);
}

/**
 * Two columns set side by side without a table (the foot: "Nơi nhận" on the left, the signature
 * on the right) rarely share baselines: a line with text only in the right half and the line
 * just above or below it with text only in the left half are one line with two columns.
 */
function besideEachOther(lines: PdfLine[]): PdfLine[] {
  if (lines.length < 2) return lines;
  const left = Math.min(...lines.map((l) => l.runs[0]?.x ?? 0));
  const right = Math.max(...lines.map((l) => l.runs[l.runs.length - 1]?.end ?? 0));
  const mid = (left + right) / 2;
  const side = (l: PdfLine) => {
    const text = l.runs.filter((r) => r.text.trim() !== "");
    if (text.length === 0) return "none";
    if (text.every((r) => r.x >= mid - l.size)) return "right";
    if (text.every((r) => r.end <= mid + l.size)) return "left";
    return "both";
  };
  const out: PdfLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i] as PdfLine;
    const b = lines[i + 1];
    const sa = side(a);
    if (b && Math.abs(a.y - b.y) < Math.max(a.size, b.size) * 0.95) {
      const sb = side(b);
      if ((sa === "right" && sb === "left") || (sa === "left" && sb === "right")) {
        out.push({
          runs: [...a.runs, ...b.runs].sort((x, y) => x.x - y.x),
          y: Math.max(a.y, b.y),
          size: Math.max(a.size, b.size),
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * Runs closer than `apart` font sizes are one piece of text. Table cells are told apart by their
 * padding (about half a font size); columns of text side by side by a wide gap (two or more).
 */
function chunksOf(line: PdfLine, apart: number, spaces = true): PChunk[] {
  const chunks: PChunk[] = [];
  const space = line.size * 0.25;
  // A space drawn as its own run glues the words around it (justified text stretches it), up to
  // twice a font size: wider, it is the gap between two cells.
  let spaced = false;
  for (const r of line.runs) {
    if (r.text.trim() === "") {
      spaced = true;
      continue;
    }
    const last = chunks[chunks.length - 1];
    const gap = last ? r.x - last.end : Number.POSITIVE_INFINITY;
    const glued = spaces && spaced && gap < line.size * Math.max(apart, 2);
    spaced = false;
    if (last && (gap < line.size * apart || glued)) {
      const glue = (gap > space * 0.6 || glued) && !/\s$/.test(last.text) && !/^\s/.test(r.text) ? " " : "";
      last.text = `${last.text}${glue}${r.text}`;
      last.end = Math.max(last.end, r.end);
    } else chunks.push({ x: r.x, end: r.end, text: r.text });
  }
  for (const c of chunks) c.text = c.text.replace(/\s+/g, " ").trim();
  return chunks.filter((c) => c.text !== "");
}

function layOut(pages: Run[][]): SourceDocument {
  const shown: string[] = [];
  const plines: PLine[] = [];
  const full: boolean[] = [];
  // Each page's baselines follow the page before one line step below its last, so a row broken
  // by the page is not cut there, and gaps between rows stay meaningful.
  let pageOffset = 0;
  let lastY: number | undefined;
  let pageNo = 0;
  for (const runs of pages) {
    pageNo++;
    const lines = linesOf(runs);
    if (lines.length === 0) continue;
    const left = Math.min(...lines.map((l) => l.runs[0]?.x ?? 0));
    const right = Math.max(...lines.map((l) => l.runs[l.runs.length - 1]?.end ?? 0));
    const gaps = lines
      .slice(1)
      .map((l, i) => (lines[i] as PdfLine).y - l.y)
      .sort((a, b) => a - b);
    const step = gaps[Math.floor(gaps.length / 2)] ?? 14;
    if (lines.length > 0) {
      const top = (lines[0] as PdfLine).y;
      pageOffset = lastY === undefined ? 0 : top - (lastY - step);
      lastY = (lines[lines.length - 1] as PdfLine).y - pageOffset;
    }
    if (shown.length > 0) {
      // A page break: a blank line, as between paragraphs (a sentence split by it is joined again).
      shown.push("");
      plines.push({ no: shown.length, chunks: [] });
      full.push(false);
    }
    lines.forEach((line, i) => {
      const prev = lines[i - 1];
      // A gap wider than the lines' own spacing: a new paragraph, or the padding between table rows.
      if (prev && prev.y - line.y > step * 1.3) {
        shown.push("");
        plines.push({ no: shown.length, chunks: [] });
        full.push(false);
      }
      // Header cells by their phrases: a space drawn between two cells does not join them.
      const cells = chunksOf(line, 0.3, false);
      const pieces = line.runs
        .filter((r) => r.text.trim() !== "")
        .map((r) => ({ x: r.x, end: r.end, text: r.text.trim() }));
      const chunks = chunksOf(line, 2);
      const indent = (chunks[0]?.x ?? left) - left;
      const text = chunks.map((c) => c.text).join("\t");
      // A centred line keeps spaces before it, so it is never read as the rest of a paragraph.
      const lineEnd = chunks[chunks.length - 1]?.end ?? 0;
      const centred = chunks.length === 1 && indent > line.size * 4 && right - lineEnd > line.size * 3;
      shown.push(centred ? `${" ".repeat(8)}${text}` : text);
      plines.push({
        no: shown.length,
        chunks: cells,
        pieces,
        size: line.size,
        y: line.y - pageOffset,
        page: pageNo,
      });
      full.push(chunks.length === 1 && right - lineEnd < line.size * 2.5);
    });
  }
  const notes: SourceNote[] = [];
  const blocks: Block[] = [];
  let pending: TextLine[] = [];
  const flush = () => {
    if (pending.length > 0) blocks.push(...linesToParagraphs(pending, notes));
    pending = [];
  };
  for (let i = 0; i < plines.length; ) {
    const table = (plines[i] as PLine).chunks.length >= 2 ? positionedTableAt(plines, i) : null;
    if (table) {
      // Lines taken above the header's widest line (a name centred in a tall cell) leave the text.
      const firstNo = (plines[table.first] as PLine).no;
      pending = pending.filter((l) => l.no < firstNo);
      flush();
      blocks.push(table.table);
      i = table.next > i ? table.next : i + 1;
      continue;
    }
    const no = (plines[i] as PLine).no;
    pending.push({
      no,
      text: shown[no - 1] as string,
      bold: false,
      italic: false,
      heading: false,
      full: full[i] === true,
    });
    i++;
  }
  flush();
  return { format: "pdf", lines: shown, blocks, notes, provenance: undefined };
}
