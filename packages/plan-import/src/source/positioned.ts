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
  chunks: PChunk[];
}

const REF = /^(\d{1,3}(?:\.\d{1,2}){0,2}|[IVXL]{1,5}|[a-zđ])[.)]?$/u;
const END =
  /^(?:(?:[ivxl]{1,5})\.\s|noi nhan|tm\.|kt\.|q\.\s|tl\.|tuq\.|phu[c]? luc\b|tren day la|to chuc thuc hien|dieu \d|(pho )?(chu tich|giam doc)$)/;

interface Column {
  start: number;
  end: number;
  texts: string[];
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
      } else cols.push({ start: c.x, end: c.end, texts: [c.text] });
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

const isRefLine = (line: PLine) => REF.test((line.chunks[0]?.text ?? "").trim());

/** The header at `start`: one to four lines whose pieces are short column names, then rows. */
function headerAt(lines: readonly PLine[], start: number): { columns: Column[]; next: number } | null {
  const first = lines[start];
  if (!first || first.chunks.length < 3) return null;
  if (!first.chunks.some((c) => columnKind(c.text) !== "unknown")) return null;
  let end = start;
  while (
    end + 1 < lines.length &&
    end - start < 3 &&
    !isRefLine(lines[end + 1] as PLine) &&
    (lines[end + 1] as PLine).chunks.length > 0 &&
    (lines[end + 1] as PLine).chunks.every((c) => c.text.length <= 40)
  )
    end++;
  // Try the longest header first: "Cơ quan" over "chủ trì" names one column.
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

/** Which column a piece starting at x falls in: the boundaries lie halfway between header columns. */
function columnOf(columns: readonly Column[], x: number): number {
  for (let i = 0; i < columns.length - 1; i++) {
    const boundary = ((columns[i] as Column).end + (columns[i + 1] as Column).start) / 2;
    if (x < boundary) return i;
  }
  return columns.length - 1;
}

export function positionedTableAt(
  lines: readonly PLine[],
  start: number,
): { table: Table; next: number } | null {
  const header = headerAt(lines, start);
  if (!header) return null;
  const { columns } = header;
  const names = columns.map((c) => c.texts.join(" "));
  const hasRef = columnKind(names[0] as string) === "ref";
  const rows: TableRow[] = [
    { cells: names, lines: { from: (lines[start] as PLine).no, to: (lines[header.next - 1] as PLine).no } },
  ];
  let current: { cells: string[]; from: number; to: number } | undefined;
  const close = () => {
    if (current) rows.push({ cells: current.cells, lines: { from: current.from, to: current.to } });
    current = undefined;
  };
  let i = header.next;
  let blank = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] as PLine;
    if (line.chunks.length === 0) {
      if (++blank >= 3) break;
      continue;
    }
    blank = 0;
    const firstText = fold(line.chunks[0]?.text ?? "").trim();
    const refCell = columnOf(columns, line.chunks[0]?.x ?? 0) === 0 && REF.test(firstText);
    if (END.test(firstText) && !refCell) break;
    const cells = columns.map(() => "");
    for (const c of line.chunks) {
      const k = columnOf(columns, c.x);
      cells[k] = cells[k] ? `${cells[k]} ${c.text}` : c.text;
    }
    // The header repeated after a page break.
    if (isHeaderRow(cells)) continue;
    // A line far wider than the table's first columns, with no number: prose after the table.
    if (!current && !refCell && hasRef) break;
    const opens = hasRef
      ? refCell
      : !current || cells.filter((c) => c.trim()).length >= Math.min(3, columns.length - 1);
    if (opens) {
      close();
      current = { cells, from: line.no, to: line.no };
    } else if (current) {
      const row = current;
      cells.forEach((c, k) => {
        if (c) row.cells[k] = row.cells[k] ? `${row.cells[k]}\n${c}` : c;
      });
      row.to = line.no;
    }
  }
  close();
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

/** The pieces of a line of text laid out with runs of spaces: x and end in characters. */
export function chunksOfText(text: string): PChunk[] {
  const out: PChunk[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ x: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
