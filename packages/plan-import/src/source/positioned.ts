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
  const cols: Column[] = [];
  for (const line of lines)
    for (const c of line.chunks) {
      const hit = cols.find((k) => c.x < k.end + 1 && k.start < c.end + 1);
      if (hit) {
        hit.start = Math.min(hit.start, c.x);
        hit.end = Math.max(hit.end, c.end);
        hit.texts.push(c.text);
      } else cols.push({ start: c.x, end: c.end, texts: [c.text], from: c.x });
    }
  cols.sort((a, b) => a.start - b.start);
  // Ranges that grew into each other are one column.
  const out: Column[] = [];
  for (const c of cols) {
    const last = out[out.length - 1];
    if (last && c.start <= last.end) {
      last.end = Math.max(last.end, c.end);
      last.texts.push(...c.texts);
    } else out.push({ ...c, texts: [...c.texts] });
  }
  return out;
}

/** The header at `start`: one to four lines (up to a blank line or a numbered row) of short column names. */
function headerAt(lines: readonly PLine[], start: number): { columns: Column[]; next: number } | null {
  const first = lines[start];
  if (!first || first.chunks.length < 2) return null;
  let end = start;
  while (
    end + 1 < lines.length &&
    end - start < 3 &&
    !isRefLine(lines[end + 1] as PLine) &&
    (lines[end + 1] as PLine).chunks.length > 0 &&
    (lines[end + 1] as PLine).chunks.every((c) => c.text.length <= 40)
  )
    end++;
  // The longest header first: "Cơ quan" over "chủ trì" names one column.
  for (let last = end; last >= start; last--) {
    const columns = headerColumns(lines.slice(start, last + 1));
    const names = columns.map((c) => c.texts.join(" "));
    if (
      columns.length >= 3 &&
      isHeaderRow(names) &&
      names.filter((n) => columnKind(n) !== "unknown").length >= 3
    )
      return { columns, next: last + 1 };
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
 * Where each column's cells start. By the header alone, the column after a header's end; but a
 * word that wraps within a wide cell may start past its header's end too, so where the rows below
 * start a piece at one same x, more than once, between one header's end and the next header's
 * start, that x is the column's left edge.
 */
function leftEdges(columns: Column[], lines: readonly PLine[]): void {
  const starts = new Map<number, number>();
  for (const line of lines)
    for (const c of line.pieces ?? line.chunks) {
      const x = Math.round(c.x);
      starts.set(x, (starts.get(x) ?? 0) + 1);
    }
  columns.forEach((col, i) => {
    if (i === 0) {
      col.from = Number.NEGATIVE_INFINITY;
      return;
    }
    const lo = (columns[i - 1] as Column).end - 0.5;
    const hi = col.start + 1;
    const repeated = [...starts.entries()].filter(([x, n]) => n >= 2 && x >= lo && x <= hi).map(([x]) => x);
    col.from = repeated.length > 0 ? Math.min(...repeated) - 0.5 : lo;
  });
}

interface Band {
  lines: PLine[];
  cells: string[][];
  /** Lines whose first column holds a number ("1", "2.1", "II"). */
  refs: number;
}

export function positionedTableAt(
  lines: readonly PLine[],
  start: number,
): { table: Table; next: number } | null {
  const header = headerAt(lines, start);
  if (!header) return null;
  const { columns } = header;
  leftEdges(columns, lines.slice(header.next, header.next + 200));
  const names = columns.map((c) => c.texts.join(" "));
  const hasRef = columnKind(names[0] as string) === "ref";
  // The lines after the header, cut into bands at blank lines (the padding between a table's rows).
  const bands: Band[] = [];
  let band: Band | undefined;
  let blank = 0;
  let i = header.next;
  for (; i < lines.length; i++) {
    const line = lines[i] as PLine;
    if (line.chunks.length === 0) {
      band = undefined;
      if (++blank >= 3) break;
      continue;
    }
    blank = 0;
    const firstText = fold(line.chunks[0]?.text ?? "").trim();
    const refCell = columnOf(columns, line.chunks[0]?.x ?? 0) === 0 && REF.test(firstText);
    if (END.test(firstText) && !refCell) break;
    const cells = columns.map(() => "");
    const ends = columns.map(() => Number.NEGATIVE_INFINITY);
    const touching = (line.size ?? 1) * 0.12;
    for (const c of line.pieces ?? line.chunks) {
      const k = columnOf(columns, c.x);
      const glue = cells[k] && c.x - (ends[k] as number) > touching && !/^[,.;:)]/.test(c.text) ? " " : "";
      cells[k] = `${cells[k]}${glue}${c.text}`;
      ends[k] = c.end;
    }
    // The header repeated after a page break.
    if (isHeaderRow(cells)) {
      band = undefined;
      continue;
    }
    if (!band) {
      band = { lines: [], cells: [], refs: 0 };
      bands.push(band);
    }
    band.lines.push(line);
    band.cells.push(cells);
    if (refCell) band.refs++;
  }
  // A band without a number, when rows are numbered, is prose after the table.
  if (hasRef) {
    const cut = bands.findIndex((b) => b.refs === 0);
    if (cut >= 0) {
      i = (bands[cut]?.lines[0]?.no ?? 0) > 0 ? indexOf(lines, bands[cut]?.lines[0] as PLine) : i;
      bands.length = cut;
    }
  }
  // Rows: a band each when every band holds one numbered line (cells centred in their height put
  // the number mid-row); else a numbered line opens a row and the lines after it continue it.
  const byBand = bands.length > 0 && bands.every((b) => !hasRef || b.refs === 1);
  const rows: TableRow[] = [
    { cells: names, lines: { from: (lines[start] as PLine).no, to: (lines[header.next - 1] as PLine).no } },
  ];
  const add = (cellLines: string[][], from: number, to: number) => {
    const cells = columns.map((_c, k) =>
      cellLines
        .map((l) => l[k] ?? "")
        .filter((t) => t !== "")
        .join("\n"),
    );
    rows.push({ cells, lines: { from, to } });
  };
  for (const b of bands) {
    if (byBand) {
      add(b.cells, (b.lines[0] as PLine).no, (b.lines[b.lines.length - 1] as PLine).no);
      continue;
    }
    let open: { cells: string[][]; from: number; to: number } | undefined;
    b.lines.forEach((line, k) => {
      const first = line.chunks[0];
      const refCell =
        first !== undefined && columnOf(columns, first.x) === 0 && REF.test(fold(first.text).trim());
      const opens = hasRef
        ? refCell
        : !open || (b.cells[k] ?? []).filter((c) => c.trim()).length >= Math.min(3, columns.length - 1);
      if (opens || !open) {
        if (open) add(open.cells, open.from, open.to);
        open = { cells: [b.cells[k] as string[]], from: line.no, to: line.no };
      } else {
        open.cells.push(b.cells[k] as string[]);
        open.to = line.no;
      }
    });
    if (open) add(open.cells, open.from, open.to);
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
    next: i,
  };
}

function indexOf(lines: readonly PLine[], line: PLine): number {
  const at = lines.indexOf(line);
  return at >= 0 ? at : lines.length;
}

/** The pieces of a line of text laid out with runs of spaces: x and end in characters. */
export function chunksOfText(text: string): PChunk[] {
  const out: PChunk[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ x: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
