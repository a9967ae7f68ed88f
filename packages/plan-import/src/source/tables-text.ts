import { columnKind, isHeaderRow } from "../parse/columns.js";
import { fold, isAllCaps } from "../text.js";
import type { Table, TableRow } from "./blocks.js";
import type { TextLine } from "./lines.js";
import { chunksOfText, type PLine, positionedTableAt } from "./positioned.js";
import { isBarLine } from "./web-copy.js";

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
    const found =
      barCellsAt(lines, i) ??
      tsvAt(lines, i) ??
      pipeAt(lines, i) ??
      layoutAt(lines, i) ??
      cellLinesAt(lines, i);
    if (found) {
      flush();
      out.push({ kind: "table", table: found.table });
      i = found.next;
      continue;
    }
    // A "|" left over from a web copy's table is no text of the plan.
    if (!isBarLine((lines[i] as TextLine).text)) pending.push(lines[i] as TextLine);
    i++;
  }
  flush();
  return out;
}

const lastNo = (line: TextLine) => line.to ?? line.no;

/**
 * A table laid out with runs of spaces (a PDF copied as text): a header line with three or more
 * column names set apart by two or more spaces, then rows whose cells may wrap.
 */
function layoutAt(lines: TextLine[], start: number): { table: Table; next: number } | null {
  const first = lines[start] as TextLine;
  if (!/\S {2,}\S/.test(first.text) || first.text.includes("\t")) return null;
  const head = chunksOfText(first.text);
  if (head.length < 3 || !head.some((c) => columnKind(c.text) !== "unknown")) return null;
  const plines: PLine[] = [];
  for (let i = start; i < lines.length && i < start + 2000; i++) {
    const line = lines[i] as TextLine;
    if (line.text.includes("\t") || isBarLine(line.text)) break;
    plines.push({ no: line.no, chunks: chunksOfText(line.text) });
  }
  const found = positionedTableAt(plines, 0);
  if (!found) return null;
  return { table: found.table, next: start + found.next };
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

interface StreamCell {
  text: string;
  from: number;
  to: number;
}

/** Header cells at the start of a stream of cells: "STT", "Nhiệm vụ", "Cơ quan chủ trì" … */
function headerWidth(cells: readonly StreamCell[]): number {
  let n = 0;
  while (n < cells.length && n < 16) {
    const text = (cells[n] as StreamCell).text.trim();
    if (text === "" || text.length > 60 || columnKind(text.replace(/\n/g, " ")) === "unknown") break;
    n++;
  }
  return n >= 3 && isHeaderRow(cells.slice(0, n).map((c) => c.text.replace(/\n/g, " "))) ? n : 0;
}

const GROUP_CELL = /^([IVXL]{1,5}|[A-ZĐ])[.)]?\s+\S/u;

/**
 * A stream of cells (one per line, or one per "|" cell) into rows: the header's width, resynced
 * on the STT column's numbering (a new number opens a row, group rows "I", "II" or "A." may sit
 * between numbered ones, and a merged group cell "I. NHIỆM VỤ CHUNG" is a row by itself).
 * Returns the rows and how many cells were used: a row that runs far past the header's width is
 * prose after the table.
 */
function rowsFromCells(cells: readonly StreamCell[], n: number): { rows: TableRow[]; used: number } {
  const header = cells.slice(0, n);
  const rows: TableRow[] = [
    row(
      header.map((h) => h.text.trim()),
      (header[0] as StreamCell).from,
      (header[n - 1] as StreamCell).to,
    ),
  ];
  const hasRef = columnKind((header[0] as StreamCell).text) === "ref";
  let current: StreamCell[] = [];
  let expected = 1;
  let used = n;
  const close = () => {
    if (current.length === 0) return;
    rows.push(
      row(
        current.map((c) => c.text.trim()),
        (current[0] as StreamCell).from,
        (current[current.length - 1] as StreamCell).to,
      ),
    );
    current = [];
  };
  for (let i = n; i < cells.length; i++) {
    const cell = cells[i] as StreamCell;
    const text = cell.text.trim();
    const flat = fold(text.replace(/\n/g, " "));
    // "I. NÂNG CAO NHẬN THỨC" followed by the next row's number is a group row, not the end.
    const groupAhead =
      hasRef &&
      GROUP_CELL.test(text) &&
      cells.slice(i + 1, i + 4).some((c) => c.text.trim() !== "" && isRef(c.text.trim(), expected));
    if (text !== "" && END_OF_TABLE.test(flat) && !(hasRef && isRef(text, expected)) && !groupAhead) break;
    if (/^(pho )?(chu tich|giam doc|truong phong|truong ban|chanh van phong|bi thu)$/.test(flat)) break;
    if (hasRef) {
      if (text !== "" && isRef(text, expected)) {
        close();
        const number = Number.parseInt(text, 10);
        if (!Number.isNaN(number) && !/^\d{1,3}\.\d/.test(text)) expected = number + 1;
        current.push(cell);
        used = i + 1;
        continue;
      }
      if (text !== "" && GROUP_CELL.test(text) && (current.length === 0 || current.length >= n - 1)) {
        // "I. NHIỆM VỤ CHUNG" in one merged cell: a group row of its own.
        close();
        const m = /^([IVXL]{1,5}|[A-ZĐ])[.)]?\s+/u.exec(text) as RegExpExecArray;
        rows.push(row([m[1] as string, text.slice(m[0].length)], cell.from, cell.to));
        used = i + 1;
        continue;
      }
      if (current.length === 0) {
        if (text === "") continue;
        break;
      }
      // A full row: an empty cell after it separates rows, or opens a row continued after a page
      // break (its STT cell empty, text in the next ones); other text after it is not the table's.
      if (current.length >= n) {
        if (text !== "") break;
        const next = cells.slice(i + 1).find((c) => c.text.trim() !== "");
        if (!next || isRef(next.text.trim(), expected) || cells[i + 1]?.text.trim() === "") continue;
        // "II. HỖ TRỢ HẠ TẦNG" next: a group row, after which the numbering goes on.
        if (GROUP_CELL.test(next.text.trim())) {
          close();
          continue;
        }
        close();
        current.push(cell);
        used = i + 1;
        continue;
      }
      current.push(cell);
      used = i + 1;
    } else {
      if (current.length === 0 && text === "") continue;
      current.push(cell);
      used = i + 1;
      if (current.length === n) close();
    }
  }
  close();
  return { rows, used };
}

/**
 * One cell per line: a run of header cells ("STT", "Nhiệm vụ", "Cơ quan chủ trì" …, one per line,
 * blank lines between), then rows that each start with the next number of the STT column. Without
 * an STT column the rows are cut every N cells.
 */
function cellLinesAt(lines: TextLine[], start: number): { table: Table; next: number } | null {
  const first = lines[start] as TextLine;
  if (first.text.trim() === "" || first.text.includes("\t") || first.text.length > 60) return null;
  if (columnKind(first.text) === "unknown") return null;
  const cells: StreamCell[] = [];
  const index: number[] = [];
  const collect = (limit: number) => {
    for (let i = (index[index.length - 1] ?? start - 1) + 1; i < lines.length && cells.length < limit; i++) {
      const line = lines[i] as TextLine;
      const text = line.text.trim();
      if (text === "") continue;
      if (text.includes("\t") || isBarLine(text)) return;
      cells.push({ text, from: line.no, to: lastNo(line) });
      index.push(i);
    }
  };
  // The header first (a few cells), the rest only when there is one: this runs at many lines.
  collect(17);
  const n = headerWidth(cells);
  if (n === 0) return null;
  if (cells.length === 17) collect(4000);
  const { rows, used } = rowsFromCells(cells, n);
  if (rows.length < 2) return null;
  return { table: table(rows, "cell-lines"), next: (index[used - 1] as number) + 1 };
}

/**
 * A web copy's table: cells between lines holding only "|", a cell's text on the lines between
 * (wrapped or not). An empty cell (two "|" lines together) ends a row when the rows cannot be
 * told from the header; a task table is cut into rows by its header and numbering instead.
 */
function barCellsAt(lines: TextLine[], start: number): { table: Table; next: number } | null {
  if (!isBarLine((lines[start] as TextLine).text)) return null;
  const cells: StreamCell[] = [];
  let chunk: TextLine[] = [];
  let lastBar = start;
  let i = start + 1;
  const flush = () => {
    const kept = chunk.filter((l) => l.text.trim() !== "");
    cells.push(
      kept.length > 0
        ? {
            text: joinCellLines(kept.map((l) => l.text.trim())),
            from: (kept[0] as TextLine).no,
            to: lastNo(kept[kept.length - 1] as TextLine),
          }
        : { text: "", from: lines[lastBar]?.no ?? 1, to: lines[lastBar]?.no ?? 1 },
    );
    chunk = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    if (isBarLine(line.text)) {
      const rowEnd = lastBar === i - 1;
      flush();
      lastBar = i;
      // Two "|" lines close a row; a blank line after them closes the table, unless the next
      // line after the blank ones opens another row.
      if (rowEnd && (lines[i + 1]?.text.trim() ?? "") === "") {
        let k = i + 1;
        while (k < lines.length && (lines[k] as TextLine).text.trim() === "") k++;
        if (k >= lines.length || !isBarLine((lines[k] as TextLine).text)) break;
        i = k - 1;
      }
      continue;
    }
    // A cell runs a few dozen lines at most; past that the table has ended. The type line, a
    // numbered division or a basis is the document going on after its header's cells.
    const filled = chunk.filter((l) => l.text.trim() !== "").length;
    // Inside a task table, "II. HOÀN THIỆN CƠ CHẾ …" between "|" lines is a group row, not the
    // document going on.
    const groupRow =
      GROUP_CELL.test(line.text.trim()) &&
      headerWidth(cells.slice(cells.findIndex((c) => c.text !== ""))) > 0;
    if (filled >= 40 || (filled === 0 && opensDocumentPart(line.text) && !groupRow)) break;
    chunk.push(line);
  }
  // Lines after the last "|" are not in a cell.
  if (cells.length === 0) return null;
  const firstFilled = cells.findIndex((c) => c.text !== "");
  if (firstFilled < 0) return null;
  const stream = cells.slice(firstFilled);
  const n = headerWidth(stream);
  let rows: TableRow[];
  if (n > 0) {
    rows = rowsFromCells(stream, n).rows;
  } else {
    rows = [];
    let current: StreamCell[] = [];
    const close = () => {
      if (current.length > 0)
        rows.push(
          row(
            current.map((c) => c.text),
            (current[0] as StreamCell).from,
            (current[current.length - 1] as StreamCell).to,
          ),
        );
      current = [];
    };
    for (const c of stream) {
      if (c.text === "") close();
      else current.push(c);
    }
    close();
  }
  if (rows.length === 0) return null;
  return { table: table(rows, "pipe"), next: lastBar + 1 };
}

function opensDocumentPart(text: string): boolean {
  const t = text.trim();
  if (t.length > 160) return false;
  const f = fold(t);
  return (
    /^(ke hoach|quyet dinh|bao cao|chuong trinh|huong dan)\s*:?$/.test(f) ||
    /^(phu|phuc) luc\b/.test(f) ||
    /^[ivx]{1,4}\.\s+\S/.test(f) ||
    /^(phan|chuong)\s+[ivx\d]+\b/.test(f) ||
    /^(can cu|thuc hien|theo de nghi|xet de nghi)\s/.test(f)
  );
}

const MOTTO_WORDS = ["cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc"];

/**
 * The lines of one cell, wrapped by the copy, back into the lines the cell had: "Số:" /
 * "7360/KH-UBND" is one line, "CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM" too, and "…, ngày 10
 * tháng 12" / "năm 2025"; a separator line and a new capitalised line stay apart.
 */
const PLACE_HEAD = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+(?:\p{Lu}[\p{Ll}\p{M}]*|phố|xã|trấn)){0,3}$/u;
const PLACE_DATE_LINE = /^\p{Lu}[^,\d]{0,30},\s*ngày\b/u;

export function joinCellLines(parts: readonly string[]): string {
  const out: string[] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && joinsCell(prev, part)) out[out.length - 1] = `${prev} ${part}`;
    else out.push(part);
  }
  return out.join("\n");
}

function joinsCell(prev: string, next: string): boolean {
  if (/^[-_=*~.…—–\s]{3,}$/.test(prev) || /^[-_=*~.…—–\s]{3,}$/.test(next)) return false;
  const fp = fold(prev).replace(/\s+/g, " ").trim();
  const joined = fold(`${prev} ${next}`).replace(/\s+/g, " ").trim();
  for (const motto of MOTTO_WORDS)
    if (motto.startsWith(fp) && fp !== motto && (motto.startsWith(joined) || joined.startsWith(motto)))
      return true;
  if (/:$/.test(prev) && prev.length <= 40) return true;
  // "ỦY" / "BAN DÂN TỘC": a name in capitals cut after its first word or two.
  const fn = fold(next);
  const signature =
    /^(tm|kt|q|tl|tuq)\s*\.|^(pho )?(chu tich|giam doc|truong ban|truong phong|bi thu)\b|^so\s*:/;
  if (
    isAllCaps(prev) &&
    isAllCaps(next) &&
    prev.trim().split(/\s+/).length <= 2 &&
    !signature.test(fn) &&
    !signature.test(fp)
  )
    return true;
  if (/^\p{Ll}/u.test(next)) return true;
  // "Tiền" / "Giang, ngày 07 tháng 12 năm 2022": the place's name cut by the narrow cell.
  if (PLACE_HEAD.test(prev.trim()) && PLACE_DATE_LINE.test(next)) return true;
  if (/\bngay\b/.test(fp) && /^(thang|nam)\b|^\d/.test(fold(next))) return true;
  return /[,(\-–]$/.test(prev);
}

function isRef(text: string, expected: number): boolean {
  if (!REF_CELL.test(text)) return false;
  // "1.2" numbers a sub-row of the row numbered 1.
  if (/^\d{1,3}\.\d/.test(text)) return true;
  const number = Number.parseInt(text, 10);
  // Group rows numbered I, II or A, B may sit between numbered rows.
  return Number.isNaN(number) ? /^[IVXL]{1,5}[.)]?$/u.test(text) : number === expected || number === 1;
}
