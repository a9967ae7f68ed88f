import type { LineRange } from "../types.js";

// Both readers (plain or markdown-ish text, and .docx) produce the same thing: the source as lines
// for the review screen, and the document as a list of blocks (paragraphs and tables), each with
// the source lines it came from. Everything after that is format-blind.

export interface Paragraph {
  kind: "para";
  /** Cleaned text of the paragraph, on one line, with emphasis markers removed. */
  text: string;
  lines: LineRange;
  /** The whole paragraph was bold / italic in the source (markdown `**…**`, docx runs). */
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  /** A markdown `#` heading, or a docx heading style: a hint, not a level. */
  heading?: boolean | undefined;
  centered?: boolean | undefined;
  /** Numbering Word added itself (w:numPr), already rendered: "a)", "2.1.", "-". */
  autoLabel?: string | undefined;
}

export interface TableRow {
  cells: string[];
  lines: LineRange;
}

export interface Table {
  kind: "table";
  rows: TableRow[];
  lines: LineRange;
  /** How the table reached us: from the docx, as tab-separated lines, as a pipe table, one cell per line. */
  origin: "docx" | "tsv" | "pipe" | "cell-lines" | "layout";
}

export type Block = Paragraph | Table;

export interface SourceDocument {
  format: "text" | "docx" | "pdf";
  /** The lines shown to a person, 1-based through `lines[n - 1]`. */
  lines: string[];
  blocks: Block[];
  /** Notes made while reading (invisible characters removed, OCR noise, website banner). */
  notes: SourceNote[];
  provenance?: { removed: LineRange[]; metadata: Record<string, string> } | undefined;
}

export interface SourceNote {
  code: "invisible-characters" | "ocr-noise" | "banner-removed" | "metadata-removed" | "paragraph-joined";
  lines: LineRange;
  detail?: string | undefined;
}

export function range(from: number, to: number = from): LineRange {
  return { from, to };
}

export function spanOf(ranges: readonly LineRange[]): LineRange {
  let from = Number.POSITIVE_INFINITY;
  let to = 0;
  for (const r of ranges) {
    if (r.from < from) from = r.from;
    if (r.to > to) to = r.to;
  }
  return Number.isFinite(from) ? { from, to } : { from: 1, to: 1 };
}
