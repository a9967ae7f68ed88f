import { columnKind, isHeaderRow } from "../parse/columns.js";
import { fold } from "../text.js";
import type { Table, TableRow } from "./blocks.js";
import type { TextLine } from "./lines.js";

// Tables in text arrive three ways: tab-separated (copied from Word), as markdown pipe tables
// (pandoc), or one cell per line separated by blank lines (copied from a web page or a PDF). This
// finds them and returns their raw rows; what the columns mean, continuation rows and shifted
// cells are worked out later, the same way for docx tables.

export type Segment = { kind: "lines"; lines: TextLine[] } | { kind: "table"; table: Table };

const tabs = (text: string) => text.match(/\t/g)?.length ?? 0;
const isPipeRow = (text: string) => /^\s*\|.*\|\s*$/.test(text) && (text.match(/\|/g)?.length ?? 0) >= 3;
const isPipeRule = (text: string) => /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)+\|?\s*$/.test(text);

export function findTextTables(lines: TextLine[]): Segment[] {
  const out: Segment[] = [];
  let pending: TextLine[] = [];
  const flush = () => {
    if (pending.length > 0) out.push({ kind: "lines", lines: pending });
    pending = [];
  };
  let i = 0;
  while (i < lines.length) {
    const found = tsvAt(lines, i) ?? pipeAt(lines, i) ?? cellLinesAt(lines, i);
    if (found) {
      flush();
      out.push({ kind: "table", table: found.table });
      i = found.next;
      continue;
    }
    pending.push(lines[i] as TextLine);
    i++;
  }
  flush();
  return out;
}

function row(cells: string[], from: number, to: number = from): TableRow {
  return { cells, lines: { from, to } };
}

function table(rows: TableRow[], origin: Table["origin"]): Table {
  const first = rows[0] as TableRow;
  const last = rows[rows.length - 1] as TableRow;
  return { kind: "table", rows, lines: { from: first.lines.from, to: last.lines.to }, origin };
}

/** Tab-separated rows: at least two lines with two or more tabs; blank lines and continuation lines inside. */
function tsvAt(lines: TextLine[], start: number): { table: Table; next: number } | null {
  const first = lines[start] as TextLine;
  if (tabs(first.text) < 2) return null;
  const rows: TableRow[] = [];
  let i = start;
  let lastRow = start;
  while (i < lines.length) {
    const line = lines[i] as TextLine;
    if (line.text.trim() === "") {
      i++;
      continue;
    }
    // A row, or a row's continuation after a page break (it starts with a tab).
    if (tabs(line.text) >= 2 || (line.text.startsWith("\t") && rows.length > 0)) {
      rows.push(row(line.text.split("\t"), line.no));
      lastRow = i;
      i++;
      continue;
    }
    break;
  }
  if (rows.length < 2) return null;
  return { table: table(rows, "tsv"), next: lastRow + 1 };
}

function pipeAt(lines: TextLine[], start: number): { table: Table; next: number } | null {
  if (!isPipeRow((lines[start] as TextLine).text)) return null;
  const rows: TableRow[] = [];
  let i = start;
  let lastRow = start;
  while (i < lines.length) {
    const line = lines[i] as TextLine;
    if (isPipeRule(line.text)) {
      i++;
      lastRow = i - 1;
      continue;
    }
    if (!isPipeRow(line.text)) break;
    const cells = line.text
      .trim()
      .replace(/^\|/, "")
      .replace(/\|$/, "")
      .split(/(?<!\\)\|/);
    rows.push(
      row(
        cells.map((c) => c.replace(/\\\|/g, "|").trim()),
        line.no,
      ),
    );
    lastRow = i;
    i++;
  }
  if (rows.length < 2) return null;
  return { table: table(rows, "pipe"), next: lastRow + 1 };
}

const REF_CELL = /^(\d{1,3}(?:\.\d{1,2}){0,2}|[IVXL]{1,5}|[a-zđ])[.)]?$/u;
const END_OF_TABLE =
  /^(?:(?:[ivxl]{1,5})\.\s|noi nhan|tm\.|kt\.|q\.\s|tl\.|tuq\.|phu[c]? luc\b|tren day la|to chuc thuc hien|dieu \d)/;

/**
 * One cell per line: a run of header cells ("STT", "Nhiệm vụ", "Cơ quan chủ trì" …, one per line,
 * blank lines between), then rows that each start with the next number of the STT column. Without
 * an STT column the rows are cut every N cells.
 */
function cellLinesAt(lines: TextLine[], start: number): { table: Table; next: number } | null {
  const first = lines[start] as TextLine;
  if (first.text.trim() === "" || first.text.includes("\t") || first.text.length > 60) return null;
  if (columnKind(first.text) === "unknown") return null;
  const header: TextLine[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i] as TextLine;
    const text = line.text.trim();
    if (text === "") {
      i++;
      continue;
    }
    if (text.length <= 60 && columnKind(text) !== "unknown") {
      header.push(line);
      i++;
      continue;
    }
    break;
  }
  if (header.length < 3 || !isHeaderRow(header.map((h) => h.text))) return null;
  const n = header.length;
  const hasRef = columnKind((header[0] as TextLine).text) === "ref";
  const rows: TableRow[] = [
    row(
      header.map((h) => h.text.trim()),
      (header[0] as TextLine).no,
      (header[n - 1] as TextLine).no,
    ),
  ];
  let current: TextLine[] = [];
  let expected = 1;
  let lastUsed = i - 1;
  const close = () => {
    if (current.length === 0) return;
    rows.push(
      row(
        current.map((c) => c.text.trim()),
        (current[0] as TextLine).no,
        (current[current.length - 1] as TextLine).no,
      ),
    );
    current = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    const text = line.text.trim();
    if (text === "") continue;
    if (END_OF_TABLE.test(fold(text)) && !(hasRef && isRef(text, expected))) break;
    // A signature title ends the table; so does a line after a row that already has every cell.
    if (/^(pho )?(chu tich|giam doc|truong phong|truong ban|chanh van phong|bi thu)$/.test(fold(text))) break;
    if (hasRef && current.length >= n && !isRef(text, expected)) break;
    if (text.includes("\t")) break;
    if (hasRef) {
      if (isRef(text, expected)) {
        close();
        const number = Number.parseInt(text, 10);
        if (!Number.isNaN(number) && !/^\d{1,3}\.\d/.test(text)) expected = number + 1;
        current.push(line);
        lastUsed = i;
        continue;
      }
      if (current.length === 0) break;
      // A row that runs far past the header's width is prose after the table.
      if (current.length >= n + 3) break;
      current.push(line);
      lastUsed = i;
    } else {
      current.push(line);
      lastUsed = i;
      if (current.length === n) close();
    }
  }
  close();
  if (rows.length < 2) return null;
  return { table: table(rows, "cell-lines"), next: lastUsed + 1 };
}

function isRef(text: string, expected: number): boolean {
  if (!REF_CELL.test(text)) return false;
  // "1.2" numbers a sub-row of the row numbered 1.
  if (/^\d{1,3}\.\d/.test(text)) return true;
  const number = Number.parseInt(text, 10);
  // Group rows numbered I, II or A, B may sit between numbered rows.
  return Number.isNaN(number) ? /^[IVXL]{1,5}[.)]?$/u.test(text) : number === expected || number === 1;
}
