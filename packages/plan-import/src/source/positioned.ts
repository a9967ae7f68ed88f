import { columnKind, isHeaderRow } from "../parse/columns.js";
import { fold } from "../text.js";
import type { Table, TableRow } from "./blocks.js";

// A table laid out by position: a PDF's text items, or a PDF copied as text with its columns kept
// by runs of spaces. The header row names the columns (its cells may wrap over two or three
// lines); each later line's pieces fall into the column under which they start; a line whose STT
// cell holds the next number opens a row, the others continue the cells above them (a cell that
// wraps). The same code reads both, with x in points or in characters.

export interface PChunk {
  x: number;
  end: number;
  text: string;
}

export interface PLine {
  no: number;
  /** Phrases: what a header's names are read from. */
  chunks: PChunk[];
  /** The smallest pieces drawn (a PDF's runs), put in their columns one by one; else the chunks. */
  pieces?: PChunk[] | undefined;
  /** Font size (PDF) or 1 (text): how near two pieces are to be one word. */
  size?: number | undefined;
  /** Baseline (PDF, points from the page's foot; pages follow each other): the gaps between rows. */
  y?: number | undefined;
  /** Page (PDF): a table that goes on over a page may sit at other x there. */
  page?: number | undefined;
}

const REF = /^(\d{1,3}(?:\.\d{1,2}){0,2}|[IVXL]{1,5}|[a-zđ])[.)]?$/u;
const END =
  /^(?:(?:[ivxl]{1,5})\.\s|noi nhan|tm\.|kt\.|q\.\s|tl\.|tuq\.|phu[c]? luc\b|tren day la|to chuc thuc hien|dieu \d|(pho )?(chu tich|giam doc)$)/;

const isRefLine = (line: PLine) => REF.test((line.chunks[0]?.text ?? "").trim());

interface Column {
  start: number;
  end: number;
  texts: string[];
  /** Where the column's cells start (see `leftEdges`). */
  from: number;
}

/** Header pieces grouped into columns by overlapping x ranges. */
function headerColumns(lines: readonly PLine[]): Column[] {
  // Pieces with where they stand: a column's name reads top to bottom, left to right.
  const pieces = lines.flatMap((line, row) => line.chunks.map((c) => ({ ...c, row })));
  const cols: (Column & { parts: typeof pieces })[] = [];
  for (const c of pieces) {
    const hit = cols.find((k) => c.x < k.end + 1 && k.start < c.end + 1);
    if (hit) {
      hit.start = Math.min(hit.start, c.x);
      hit.end = Math.max(hit.end, c.end);
      hit.parts.push(c);
    } else cols.push({ start: c.x, end: c.end, texts: [], from: c.x, parts: [c] });
  }
  cols.sort((a, b) => a.start - b.start);
  // Ranges that grew into each other are one column.
  const merged: (Column & { parts: typeof pieces })[] = [];
  for (const c of cols) {
    const last = merged[merged.length - 1];
    if (last && c.start <= last.end) {
      last.end = Math.max(last.end, c.end);
      last.parts.push(...c.parts);
    } else merged.push({ ...c, parts: [...c.parts] });
  }
  return merged.map(({ parts, ...col }) => ({
    ...col,
    texts: parts.sort((p, q) => p.row - q.row || p.x - q.x).map((p) => p.text),
  }));
}

/** The header at `start`: one to four lines (up to a blank line or a numbered row) of short column names. */
function headerAt(
  lines: readonly PLine[],
  at: number,
): { columns: Column[]; first: number; next: number } | null {
  const first = lines[at];
  if (!first || first.chunks.length < 2) return null;
  // A name centred in a tall header cell may start a line or two above the widest header line.
  let start = at;
  while (
    start > 0 &&
    at - start < 2 &&
    (lines[start - 1] as PLine).chunks.length > 0 &&
    (lines[start - 1] as PLine).chunks.every((c) => c.text.length <= 20) &&
    (lines[start - 1] as PLine).chunks.length < first.chunks.length
  )
    start--;
  let end = at;
  while (
    end + 1 < lines.length &&
    end - start < 3 &&
    !isRefLine(lines[end + 1] as PLine) &&
    (lines[end + 1] as PLine).chunks.length > 0 &&
    (lines[end + 1] as PLine).chunks.every((c) => c.text.length <= 40)
  )
    end++;
  // The longest header first: "Cơ quan" over "chủ trì" names one column.
  for (const from of start < at ? [start, at] : [at])
    for (let last = end; last >= at; last--) {
      const columns = headerColumns(lines.slice(from, last + 1));
      const names = columns.map((c) => c.texts.join(" "));
      if (
        columns.length >= 3 &&
        isHeaderRow(names) &&
        names.filter((n) => columnKind(n) !== "unknown").length >= 3
      )
        return { columns, first: from, next: last + 1 };
    }
  return null;
}

/**
 * Which column a piece starting at x falls in. A header's text lies inside its cell, and so does
 * every piece of the column's data, whether left-aligned or centred: a piece is in the last column
 * whose predecessor's header ends before it starts.
 */
function columnOf(columns: readonly Column[], x: number): number {
  for (let i = columns.length - 1; i > 0; i--) if (x >= (columns[i] as Column).from) return i;
  return 0;
}

/**
 * The columns' edges on a page where the table sits at other x: where as many lines start, at x no
 * text runs across, as there are columns (the STT column's numbers included), in order. Kept as
 * they were when that page does not show them all.
 */
function realign(columns: Column[], pageLines: readonly PLine[]): void {
  const region = regionOf(pageLines, 0, columns);
  if (region.length < 3) return;
  const starts = new Map<number, number>();
  const spans: { x: number; end: number }[] = [];
  for (const line of region)
    for (const c of line.pieces ?? line.chunks) {
      starts.set(Math.round(c.x), (starts.get(Math.round(c.x)) ?? 0) + 1);
      spans.push({ x: c.x, end: c.end });
    }
  const clear = (x: number) => !spans.some((p) => p.x < x - 1 && p.end > x + 1);
  const edges = [...starts.entries()]
    .filter(([x, n]) => n >= 2 && clear(x))
    .map(([x]) => x)
    .sort((a, b) => a - b)
    // Near-equal starts (a centred number one point off) are one edge.
    .filter((x, k, all) => k === 0 || x - (all[k - 1] as number) > 3);
  if (edges.length !== columns.length) return;
  columns.forEach((col, k) => {
    if (k > 0) col.from = (edges[k] as number) - 0.5;
  });
}

/**
 * The lines the table may hold, for finding its columns' edges: up to the end of a part, three
 * blank lines, or text starting in the STT column that is not a number (by the header's edges).
 */
function regionOf(lines: readonly PLine[], from: number, columns: readonly Column[]): PLine[] {
  const out: PLine[] = [];
  const stt = columnKind(columns[0]?.texts.join(" ") ?? "") === "ref";
  const firstEnd = (columns[0] as Column).end;
  let blank = 0;
  for (let i = from; i < lines.length && out.length < 400; i++) {
    const line = lines[i] as PLine;
    if (line.chunks.length === 0) {
      if (++blank >= 3) break;
      continue;
    }
    blank = 0;
    const first = (line.pieces ?? line.chunks)[0];
    const text = fold(first?.text ?? "").trim();
    if (END.test(text) && !REF.test(text)) break;
    if (
      stt &&
      (first?.x ?? 0) < firstEnd &&
      !REF.test(text) &&
      (line.pieces ?? line.chunks).some(
        (p) => p.end - p.x > 3 * (firstEnd - (columns[0] as Column).start + 1),
      )
    )
      break;
    out.push(line);
  }
  return out;
}

/**
 * Where each column's cells start. By the header alone, the column after a header's end; but a
 * word that wraps within a wide cell may start past its header's end too, so where the rows below
 * start a piece at one same x, more than once, between one header's end and the next header's
 * start, that x is the column's left edge.
 */
function leftEdges(columns: Column[], lines: readonly PLine[]): void {
  const starts = new Map<number, number>();
  const spans: { x: number; end: number }[] = [];
  for (const line of lines)
    for (const c of line.pieces ?? line.chunks) {
      const x = Math.round(c.x);
      starts.set(x, (starts.get(x) ?? 0) + 1);
      spans.push({ x: c.x, end: c.end });
    }
  // An edge no piece of text runs across.
  const clear = (x: number) => !spans.some((p) => p.x < x - 1 && p.end > x + 1);
  columns.forEach((col, i) => {
    if (i === 0) {
      col.from = Number.NEGATIVE_INFINITY;
      return;
    }
    const lo = (columns[i - 1] as Column).end - 0.5;
    const hi = col.start + 1;
    // The column's edge is where most of its lines start (left-aligned cells start every line
    // there) and no text of the column before runs across; a justified word that happens to start
    // twice at one x is not it.
    const repeated = [...starts.entries()]
      .filter(([x, n]) => n >= 2 && x >= lo && x <= hi && clear(x))
      .sort((p, q) => q[1] - p[1] || q[0] - p[0]);
    col.from = repeated.length > 0 ? (repeated[0] as [number, number])[0] - 0.5 : lo;
  });
}

/**
 * The table whose header is at `at` (its first lines may start just above), with the index of its
 * first line and of the line after it.
 */
export function positionedTableAt(
  lines: readonly PLine[],
  at: number,
): { table: Table; first: number; next: number } | null {
  const header = headerAt(lines, at);
  if (!header) return null;
  const start = header.first;
  const { columns } = header;
  leftEdges(columns, regionOf(lines, header.next, columns));
  const names = columns.map((c) => c.texts.join(" "));
  const hasRef = columnKind(names[0] as string) === "ref";
  const data: DataLine[] = [];
  let blank = 0;
  let i = header.next;
  let page = lines[header.next]?.page;
  for (; i < lines.length; i++) {
    const line = lines[i] as PLine;
    if (line.page !== undefined && line.page !== page) {
      // A new page: the table's columns may sit elsewhere (a converter laid each page out anew).
      page = line.page;
      realign(
        columns,
        lines.slice(i).filter((l) => l.page === page),
      );
    }
    if (line.chunks.length === 0) {
      if (++blank >= 3) break;
      if (data.length > 0) (data[data.length - 1] as DataLine).blankAfter = true;
      continue;
    }
    blank = 0;
    const first = (line.pieces ?? line.chunks)[0] ?? line.chunks[0];
    const firstText = fold(first?.text ?? "").trim();
    const inFirst = columnOf(columns, first?.x ?? 0) === 0;
    const ref = inFirst && REF.test(firstText);
    if (END.test(firstText) && !ref) break;
    // The STT column holds numbers only: other text starting there is prose after the table when
    // it runs across the columns; a line that stays within the first ones is the table going on
    // on a page where its columns sit a little further left.
    let shift = 0;
    if (hasRef && inFirst && !ref && columns.length > 2) {
      const pieces = line.pieces ?? line.chunks;
      const second = (columns[1] as Column).from;
      const wide = pieces.some((p) => p.x < second && p.end > (columns[2] as Column).from);
      if (wide || !first) break;
      shift = second - first.x;
    }
    const cells = cellsOf(line, columns, shift);
    // The header repeated after a page break.
    if (isHeaderRow(cells)) continue;
    data.push({ line, cells, ref, blankAfter: false });
  }
  // Nothing numbered after a numbered table's header: not a table of tasks after all.
  if (hasRef && !data.some((d) => d.ref)) return null;
  const rows: TableRow[] = [
    { cells: names, lines: { from: (lines[start] as PLine).no, to: (lines[header.next - 1] as PLine).no } },
  ];
  for (const group of hasRef ? rowsByNumber(data) : rowsByFill(data, columns.length)) {
    const cells = columns.map((_c, k) =>
      group
        .map((d) => d.cells[k] ?? "")
        .filter((t) => t !== "")
        .join("\n"),
    );
    rows.push({
      cells,
      lines: { from: (group[0] as DataLine).line.no, to: (group[group.length - 1] as DataLine).line.no },
    });
  }
  if (rows.length < 2) return null;
  const last = rows[rows.length - 1] as TableRow;
  return {
    table: {
      kind: "table",
      rows,
      lines: { from: (rows[0] as TableRow).lines.from, to: last.lines.to },
      origin: "layout",
    },
    first: start,
    next: i,
  };
}

interface DataLine {
  line: PLine;
  cells: string[];
  /** Its STT cell holds a number ("1", "2.1", "II"). */
  ref: boolean;
  /** A wider gap follows it (the padding and rule between two rows, or a paragraph break). */
  blankAfter: boolean;
}

/** A line's pieces put in their columns, words of one cell joined with a space unless they touch. */
function cellsOf(line: PLine, columns: readonly Column[], shift = 0): string[] {
  const cells = columns.map(() => "");
  const ends = columns.map(() => Number.NEGATIVE_INFINITY);
  const touching = (line.size ?? 1) * 0.12;
  for (const c of line.pieces ?? line.chunks) {
    const k = columnOf(columns, c.x + shift);
    const glue = cells[k] && c.x - (ends[k] as number) > touching && !/^[,.;:)]/.test(c.text) ? " " : "";
    cells[k] = `${cells[k]}${glue}${c.text}`;
    ends[k] = c.end;
  }
  return cells;
}

/**
 * Rows of a numbered table: each holds one numbered line. Where the number sits mid-row (cells
 * centred in their height), the lines above it are the row's too: between two numbered lines the
 * row changes at the widest gap (by position when known, else at a blank line), or just before
 * the next number when there is none.
 */
function rowsByNumber(data: readonly DataLine[]): DataLine[][] {
  const refs = data.map((d, k) => (d.ref ? k : -1)).filter((k) => k >= 0);
  const starts = [0];
  for (let r = 1; r < refs.length; r++) {
    const from = (refs[r - 1] as number) + 1;
    const to = refs[r] as number;
    let cut = to;
    let widest = -1;
    for (let k = from; k <= to; k++) {
      const above = data[k - 1] as DataLine;
      const here = data[k] as DataLine;
      const gap =
        above.line.y !== undefined && here.line.y !== undefined
          ? Math.abs(above.line.y - here.line.y)
          : above.blankAfter
            ? 1
            : 0;
      if (gap > widest) {
        widest = gap;
        cut = k;
      }
    }
    // Without positions or blank lines, the number opens its row.
    if (widest <= 0) cut = to;
    starts.push(cut);
  }
  return starts.map((s, k) => data.slice(s, starts[k + 1] ?? data.length)).filter((g) => g.length > 0);
}

/** Rows of a table without numbers: a line with most of its cells filled opens a row. */
function rowsByFill(data: readonly DataLine[], width: number): DataLine[][] {
  const out: DataLine[][] = [];
  for (const d of data) {
    const filled = d.cells.filter((c) => c.trim()).length;
    const last = out[out.length - 1];
    if (!last || filled >= Math.min(3, width - 1) || (last[last.length - 1] as DataLine).blankAfter)
      out.push([d]);
    else last.push(d);
  }
  return out;
}

/** The pieces of a line of text laid out with runs of spaces: x and end in characters. */
export function chunksOfText(text: string): PChunk[] {
  const out: PChunk[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ x: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
