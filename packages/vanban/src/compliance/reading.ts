import { mm } from "../profile.js";
import { QUOC_HIEU } from "../text-lines.js";
import type { MeasuredPage, MeasuredPdf, MeasuredRun, MeasuredSegment } from "./types.js";

// Turns measured runs and segments back into the parts of a văn bản: text fragments (runs on one
// baseline with no wide gap, so the two header columns stay apart), free rules (horizontal
// segments no frame touches), boxed text (table cells and stamp frames), sections (a document
// starts at a Quốc hiệu, a phụ lục at a "Phụ lục" label) and the zones of each page.

export interface Fragment {
  page: number;
  y: number;
  x: number;
  right: number;
  centre: number;
  text: string;
  size: number;
  bold: boolean;
  italic: boolean;
  /** Inside a table cell or a stamp frame. */
  boxed: boolean;
  runs: MeasuredRun[];
}

export interface PageView {
  page: MeasuredPage;
  /** Top to bottom, left to right. */
  fragments: Fragment[];
  /** Horizontal strokes that no vertical stroke touches: the rules of the decree. */
  rules: MeasuredSegment[];
  /** Vertical strokes (table borders, frames). */
  verticals: MeasuredSegment[];
  /** Fragments in the top margin, outside any frame: the page number. */
  marginTop: Fragment[];
}

export interface SectionView {
  kind: "document" | "appendix";
  pages: PageView[];
}

/** Times-metric ascender and descender, as shares of the size (TNR, Tinos, Liberation Serif). */
export const ASCENT = 1825 / 2048;
export const DESCENT = 443 / 2048;
/** Everything closer to the top edge than this is in the top margin (the decree's minimum). */
const TOP_MARGIN_MIN = mm(20);

const horizontal = (s: MeasuredSegment) => Math.abs(s.y1 - s.y2) < 0.5 && Math.abs(s.x2 - s.x1) > 3;
const vertical = (s: MeasuredSegment) => Math.abs(s.x1 - s.x2) < 0.5 && Math.abs(s.y2 - s.y1) > 3;

export const segLength = (s: MeasuredSegment) => Math.hypot(s.x2 - s.x1, s.y2 - s.y1);
export const segCentre = (s: MeasuredSegment) => (s.x1 + s.x2) / 2;
export const segY = (s: MeasuredSegment) => (s.y1 + s.y2) / 2;

function inFrame(run: { x: number; y: number; width: number }, verticals: MeasuredSegment[]): boolean {
  const spans = (v: MeasuredSegment) =>
    Math.min(v.y1, v.y2) - 1 <= run.y && run.y <= Math.max(v.y1, v.y2) + 1;
  const left = verticals.some((v) => v.x1 <= run.x + 0.5 && spans(v));
  const right = verticals.some((v) => v.x1 >= run.x + run.width - 0.5 && spans(v));
  return left && right;
}

function joinRuns(runs: MeasuredRun[]): string {
  let out = "";
  let end = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    if (out !== "" && run.x - end > run.size * 0.15 && !/\s$/u.test(out) && !/^\s/u.test(run.text))
      out += " ";
    out += run.text;
    end = run.x + run.width;
  }
  return out.replace(/\s+/gu, " ").trim();
}

function fragmentsOf(page: MeasuredPage, verticals: MeasuredSegment[]): Fragment[] {
  const runs = page.runs.filter((r) => r.text.trim() !== "");
  const rows: { y: number; runs: MeasuredRun[] }[] = [];
  for (const run of runs) {
    const row = rows.find((r) => Math.abs(r.y - run.y) < 0.6);
    if (row) row.runs.push(run);
    else rows.push({ y: run.y, runs: [run] });
  }
  rows.sort((a, b) => b.y - a.y);
  const fragments: Fragment[] = [];
  for (const row of rows) {
    const sorted = row.runs.sort((a, b) => a.x - b.x);
    let group: MeasuredRun[] = [];
    const flush = () => {
      if (group.length === 0) return;
      const first = group[0] as MeasuredRun;
      const last = group[group.length - 1] as MeasuredRun;
      const inked = group.filter((r) => r.text.trim() !== "");
      fragments.push({
        page: page.number,
        y: row.y,
        x: first.x,
        right: last.x + last.width,
        centre: (first.x + last.x + last.width) / 2,
        text: joinRuns(group),
        size: Math.max(...group.map((r) => r.size)),
        bold: inked.every((r) => r.bold),
        italic: inked.every((r) => r.italic),
        boxed: group.every((r) => inFrame(r, verticals)),
        runs: group,
      });
      group = [];
    };
    let end = Number.NEGATIVE_INFINITY;
    for (const run of sorted) {
      if (group.length > 0 && run.x - end > Math.max(run.size, 10) * 1.5) flush();
      group.push(run);
      end = Math.max(end, run.x + run.width);
    }
    flush();
  }
  return fragments;
}

export function viewPage(page: MeasuredPage): PageView {
  const verticals = page.segments.filter(vertical);
  const touches = (h: MeasuredSegment) =>
    verticals.some((v) => {
      const vx = v.x1;
      const nearEnd = Math.abs(vx - Math.min(h.x1, h.x2)) < 1 || Math.abs(vx - Math.max(h.x1, h.x2)) < 1;
      const vy = [Math.min(v.y1, v.y2) - 1, Math.max(v.y1, v.y2) + 1];
      return nearEnd && h.y1 >= (vy[0] as number) && h.y1 <= (vy[1] as number);
    });
  const rules = page.segments.filter((s) => horizontal(s) && !touches(s));
  const all = fragmentsOf(page, verticals);
  const inTopMargin = (f: Fragment) => page.height - f.y < TOP_MARGIN_MIN;
  return {
    page,
    fragments: all.filter((f) => !inTopMargin(f)),
    rules,
    verticals,
    marginTop: all.filter((f) => inTopMargin(f) && !f.boxed),
  };
}

const APPENDIX_LABEL = /^Phụ lục(\s+[IVXLCDM]+)?$/u;

export function isQuocHieu(f: Fragment): boolean {
  return f.text === QUOC_HIEU || f.text.startsWith("CỘNG HÒA XÃ HỘI") || f.text.startsWith("CỘNG HOÀ XÃ HỘI");
}

/** Cuts the pages into sections: a document starts at a Quốc hiệu, a phụ lục at its label. */
export function sectionsOf(pdf: MeasuredPdf): SectionView[] {
  const sections: SectionView[] = [];
  for (const page of pdf.pages) {
    const view = viewPage(page);
    const top = view.fragments.filter((f) => !f.boxed)[0];
    const startsDocument = view.fragments.some(isQuocHieu);
    const startsAppendix = top !== undefined && APPENDIX_LABEL.test(top.text);
    const current = sections[sections.length - 1];
    if (startsDocument) sections.push({ kind: "document", pages: [view] });
    else if (startsAppendix) sections.push({ kind: "appendix", pages: [view] });
    else if (current) current.pages.push(view);
    else sections.push({ kind: "document", pages: [view] });
  }
  return sections;
}

export const isAppendixLabel = (text: string) => APPENDIX_LABEL.test(text);
export const toMm = (pt: number) => (pt * 25.4) / 72;
export const fmtMm = (pt: number) => `${toMm(pt).toFixed(1).replace(".", ",")} mm`;
export const fmtPt = (pt: number) => `${(Math.round(pt * 10) / 10).toString().replace(".", ",")} pt`;
