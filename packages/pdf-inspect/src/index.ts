import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** One text run as pdfjs reads it: pdfmake writes one run per word. Units are PDF points, y from the bottom. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  fontName: string;
}

export interface InspectedPage {
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  /** Runs grouped into lines (same baseline), top to bottom, words joined as they stand. */
  lines: string[];
}

export interface InspectedPdf {
  pages: InspectedPage[];
  /** Every page's lines, pages separated by a blank line. */
  text: string;
}

export async function inspectPdf(bytes: Uint8Array): Promise<InspectedPdf> {
  // pdfjs takes ownership of the buffer it is given: pass a copy so callers keep theirs.
  const task = getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  const pages: InspectedPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!("str" in item) || item.str === "") continue;
      const [a, b, , , e, f] = item.transform as number[];
      runs.push({
        text: item.str,
        x: e ?? 0,
        y: f ?? 0,
        width: item.width,
        size: Math.hypot(a ?? 0, b ?? 0),
        fontName: item.fontName,
      });
    }
    pages.push({ number: n, width: viewport.width, height: viewport.height, runs, lines: toLines(runs) });
  }
  await doc.destroy();
  return { pages, text: pages.map((p) => p.lines.join("\n")).join("\n\n") };
}

function toLines(runs: TextRun[]): string[] {
  const rows: { y: number; runs: TextRun[] }[] = [];
  for (const run of runs) {
    const row = rows.find((r) => Math.abs(r.y - run.y) < 1);
    if (row) row.runs.push(run);
    else rows.push({ y: run.y, runs: [run] });
  }
  rows.sort((p, q) => q.y - p.y);
  return rows.map((row) => joinRuns(row.runs.sort((p, q) => p.x - q.x))).filter((line) => line !== "");
}

/** Joins runs of one line; a visible gap between two runs (separate table cells) reads as a space. */
function joinRuns(runs: TextRun[]): string {
  let out = "";
  let end = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    if (out !== "" && run.x - end > run.size * 0.15 && !/\s$/.test(out) && !/^\s/.test(run.text)) out += " ";
    out += run.text;
    end = run.x + run.width;
  }
  return out.replace(/\s+/g, " ").trim();
}

/** Normalised whitespace, for "does the PDF say this sentence" checks across line breaks. */
export function flattenText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
