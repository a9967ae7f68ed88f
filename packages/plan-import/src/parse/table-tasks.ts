import type { Role } from "@kehoach/plan-model";
import { asWritten, en, say } from "@kehoach/text-vi";
import type { Table, TableRow } from "../source/blocks.js";
import { fold, oneLine, startsLower, trimValue } from "../text.js";
import { joinAgencyLines } from "./agencies.js";
import { type ColumnKind, columnKind, isColumnNumberRow, isHeaderRow, isSubHeaderRow } from "./columns.js";
import {
  type DraftNote,
  type RoleDraft,
  roleDraft,
  roleFromKind,
  rolesInSentence,
  type TaskDraft,
} from "./draft.js";
import { scanLabels } from "./fields.js";

// A task table into tasks. The header names the columns in any order; a second header row may
// split "Cơ quan thực hiện" into "Chủ trì | Phối hợp"; the header may repeat after a page break;
// a row broken by a page continues on a row without a number; and a row copied with spacer cells
// has its cells shifted. Cells are put back in their columns by what they look like (a time, a
// list of agencies, a number, a task), keeping their order.

export interface TableTasks {
  tasks: TaskDraft[];
  notes: DraftNote[];
  columns: ColumnKind[];
}

const TIME_WORDS =
  /^(thuong xuyen|hang (nam|quy|thang|tuan|ngay)|hang nam|dinh ky|trong (nam|quy|thang)|nam \d{4}|quy [ivx1-4]+|thang \d|truoc |tu thang|tu ngay|6 thang|cuoi nam|dau nam|lien tuc|khi co|theo (thoi han|ke hoach|tien do|chi dao|yeu cau)|dot \d|\d{1,2}\/\d{4}|\d{1,2}\/\d{1,2}\/\d{4}|ca nam|suot nam|nam hoc|giai doan|mot (tuan|thang|quy))/;

export function looksLikeTime(cell: string): boolean {
  const f = fold(cell).trim();
  if (!f) return false;
  return TIME_WORDS.test(f) && f.length < 160;
}

export function looksLikeAgencies(cell: string): boolean {
  const f = fold(cell.trim());
  return /^(cac |phong|van phong|ubnd|uy ban|so |trung tam|ban |hoi |doan |thi doan|huyen doan|tinh doan|thanh doan|cong an|bo phan|dai |mttq|chi cuc|kho bac|co quan|don vi)/.test(
    f,
  );
}

function looksLikeRef(cell: string): boolean {
  return /^(\d{1,3}(\.\d{1,2}){0,3}|[IVXL]{1,5}|[a-zđA-ZĐ])[.)]?$/u.test(cell.trim());
}

interface CellTraits {
  text: string;
  ref: boolean;
  time: boolean;
  agencies: boolean;
}

/** What a cell looks like, worked out once per cell (a row is scored against every column). */
function traits(cell: string): CellTraits {
  const text = cell.trim();
  if (!text) return { text, ref: false, time: false, agencies: false };
  return { text, ref: looksLikeRef(text), time: looksLikeTime(text), agencies: looksLikeAgencies(text) };
}

function score(cell: CellTraits, kind: ColumnKind): number {
  const { text, ref, time, agencies } = cell;
  if (!text) return 0;
  switch (kind) {
    case "ref":
      return ref ? 4 : -4;
    case "time":
      return time ? 4 : agencies ? -3 : text.length > 120 ? -2 : -0.5;
    case "lead":
    case "support":
    case "advisor":
    case "agencies":
      return agencies ? 3 : time ? -3 : ref ? -3 : -0.5;
    case "task":
    case "content":
      return ref ? -4 : time ? -2 : agencies ? -1 : text.length > 12 ? 2 : 0.5;
    default:
      return ref ? -2 : time ? -0.5 : 0.5;
  }
}

/**
 * Puts a row's non-empty cells into columns, keeping their order, so the total score is highest.
 * Returns the cells by column, and whether they moved from where they were written.
 */
function align(cells: string[], kinds: ColumnKind[]): { byColumn: string[]; moved: boolean } {
  const positional = kinds.map((_, i) => cells[i] ?? "");
  const extra = cells.slice(kinds.length).some((c) => c.trim() !== "");
  const all = cells.map(traits);
  const posScore = positional.reduce(
    (s, _c, i) => s + score(all[i] ?? traits(""), kinds[i] as ColumnKind),
    0,
  );
  const items = cells
    .map((c, i) => ({ text: c, at: i, traits: all[i] as CellTraits }))
    .filter((c) => c.text.trim() !== "");
  const k = items.length;
  const n = kinds.length;
  if (k === 0 || k > n) return { byColumn: positional, moved: false };
  // best[i][j]: best score placing the first i cells into the first j columns.
  const NEG = Number.NEGATIVE_INFINITY;
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(NEG));
  const take: boolean[][] = Array.from({ length: k + 1 }, () => new Array<boolean>(n + 1).fill(false));
  for (let j = 0; j <= n; j++) (best[0] as number[])[j] = 0;
  for (let i = 1; i <= k; i++) {
    for (let j = i; j <= n; j++) {
      const skip = (best[i] as number[])[j - 1] as number;
      const place =
        ((best[i - 1] as number[])[j - 1] as number) +
        score((items[i - 1] as { traits: CellTraits }).traits, kinds[j - 1] as ColumnKind) +
        // A cell staying in its own column is preferred when scores tie.
        ((items[i - 1] as { at: number }).at === j - 1 ? 0.25 : 0);
      if (place >= skip) {
        (best[i] as number[])[j] = place;
        (take[i] as boolean[])[j] = true;
      } else (best[i] as number[])[j] = skip;
    }
  }
  const byColumn = new Array<string>(n).fill("");
  let i = k;
  let j = n;
  while (i > 0 && j > 0) {
    if ((take[i] as boolean[])[j]) {
      byColumn[j - 1] = (items[i - 1] as { text: string }).text;
      i--;
      j--;
    } else j--;
  }
  const dpScore = (best[k] as number[])[n] as number;
  // Keep the cells where they were written unless the shift is clearly better.
  if (!extra && dpScore < posScore + 2) return { byColumn: positional, moved: false };
  const moved = byColumn.some((c, idx) => c !== (positional[idx] ?? ""));
  return { byColumn, moved };
}

interface MatrixColumn {
  agency: string;
  /** The role its marks stand for, when a header over it says ("Cơ quan chủ trì" / "Phối hợp"). */
  role: Role | undefined;
}
type Matrix = Map<number, MatrixColumn> & { sub?: boolean };
const NO_MATRIX: Matrix = new Map();

const MARK = /^(x|✓|✔|√|v|\+|•|●|có|chủ trì|ct|c|phối hợp|ph|p|tham gia|tg)$/iu;

/** The role a mark in a matrix cell gives: "CT" leads, "PH" supports, an "x" what its column says. */
function markRole(cell: string, columnRole: Role | undefined): Role | undefined {
  const t = cell.trim().replace(/[.()]/g, "");
  if (!t || !MARK.test(t)) return undefined;
  const f = fold(t);
  if (/^(chu tri|ct|c)$/.test(f)) return "lead";
  if (/^(phoi hop|ph|p|tham gia|tg)$/.test(f)) return "support";
  return columnRole ?? "support";
}

function isAgencyHeader(text: string): boolean {
  const t = oneLine(text);
  return (
    t.length >= 3 &&
    t.length <= 80 &&
    columnKind(t) === "unknown" &&
    looksLikeAgencies(t.replace(/^(các|những)\s+/iu, "các "))
  );
}

/** The agency columns of a responsibility matrix, from the header row or a second header row. */
function matrixColumns(rows: readonly TableRow[], h: number, kinds: ColumnKind[], labels: string[]): Matrix {
  const out: Matrix = new Map();
  const header = rows[h] as TableRow;
  header.cells.forEach((c, i) => {
    if (kinds[i] === "unknown" && isAgencyHeader(c)) out.set(i, { agency: oneLine(c), role: undefined });
  });
  const sub = rows[h + 1];
  if (sub && !isSubHeaderRow(sub.cells)) {
    const named = sub.cells.map((c, i) => (c.trim() && isAgencyHeader(c) ? i : -1)).filter((i) => i >= 0);
    const marks = rows
      .slice(h + 2, h + 6)
      .some((r) => named.some((i) => MARK.test((r.cells[i] ?? "").trim())));
    if (named.length >= 2 && marks) {
      out.clear();
      // The role over each named column: the nearest header cell at or before it that names one.
      let role: Role | undefined;
      header.cells.forEach((_c, i) => {
        const k = kinds[i];
        if (k === "lead" || k === "agencies") role = "lead";
        else if (k === "support") role = "support";
        else if (header.cells[i]?.trim()) role = undefined;
        if (named.includes(i)) out.set(i, { agency: oneLine(sub.cells[i] as string), role });
      });
      out.sub = true;
    }
  }
  // Marks are what make it a matrix: a column of agency names per row is not one.
  const body = rows.slice(h + (out.sub ? 2 : 1));
  const markedCells = body.filter((r) =>
    [...out.keys()].some((i) => MARK.test((r.cells[i] ?? "").trim())),
  ).length;
  if (out.size === 0 || markedCells === 0) return NO_MATRIX;
  for (const i of out.keys()) labels[i] = out.get(i)?.agency ?? labels[i] ?? "";
  return out;
}

export function tableTasks(table: Table): TableTasks | null {
  const notes: DraftNote[] = [];
  const rows = table.rows;
  let h = rows.findIndex((r, i) => i < 4 && isHeaderRow(r.cells));
  if (h < 0) return null;
  const header = rows[h] as TableRow;
  let kinds = header.cells.map(columnKind);
  let labels = header.cells.map((c) => oneLine(c));
  const sub = rows[h + 1];
  if (sub && isSubHeaderRow(sub.cells)) {
    kinds = kinds.map((k, i) => {
      const s = sub.cells[i]?.trim();
      return s ? columnKind(s) : k;
    });
    labels = labels.map((l, i) => (sub.cells[i]?.trim() ? oneLine(sub.cells[i] as string) : l));
    h++;
  }
  // A responsibility matrix: a column per agency, named in the header (or in a second header row
  // under "Cơ quan chủ trì" / "Cơ quan phối hợp"), its cells marked x, ✓, CT or PH.
  const matrix = matrixColumns(rows, h, kinds, labels);
  if (matrix.size > 0) {
    kinds = kinds.map((k, i) => (matrix.has(i) ? "matrix" : k));
    if (matrix.sub) h++;
    notes.push({
      code: "table-matrix",
      message: say(
        `Bảng phân công dạng ma trận (${matrix.size} cột cơ quan, đánh dấu x/CT/PH): vai trò được đọc theo dấu; cần kiểm tra.`,
        en`A responsibility matrix (${matrix.size} agency columns, marked x, CT for lead or PH for support): roles were read from the marks; please check.`,
      ),
      lines: table.lines,
    });
  }
  // A header cell spanning two columns leaves the second without a name: in "Cơ quan thực hiện |
  // (empty)" the second is the supporting column.
  kinds = kinds.map((k, i) => (k === "unknown" && kinds[i - 1] === "agencies" ? "support" : k));
  if (kinds.includes("support")) kinds = kinds.map((k) => (k === "agencies" ? "lead" : k));
  if (!kinds.includes("task") && !kinds.includes("content")) return null;
  const titleColumn = kinds.indexOf("task") >= 0 ? kinds.indexOf("task") : kinds.indexOf("content");
  const refColumn = kinds.indexOf("ref");

  const tasks: TaskDraft[] = [];
  let group: TaskDraft | undefined;
  let last: { draft: TaskDraft; cells: string[] } | undefined;
  for (let r = h + 1; r < rows.length; r++) {
    const row = rows[r] as TableRow;
    if (row.cells.every((c) => c.trim() === "")) continue;
    if (isColumnNumberRow(row.cells)) continue;
    if (isHeaderRow(row.cells)) {
      notes.push({
        code: "table-header-repeated",
        message: say(
          "Dòng tiêu đề bảng lặp lại (sau ngắt trang) đã được bỏ qua.",
          en`The table's header row, repeated after a page break, was skipped.`,
        ),
        lines: row.lines,
      });
      continue;
    }
    const { byColumn, moved } =
      matrix.size > 0 ? { byColumn: row.cells, moved: false } : align(row.cells, kinds);
    const refCell = refColumn >= 0 ? trimValue(byColumn[refColumn] ?? "") : "";
    const titleCell = byColumn[titleColumn] ?? "";
    const filled = byColumn.filter((c) => c.trim() !== "").length;

    const continues =
      last !== undefined &&
      refColumn >= 0 &&
      refCell === "" &&
      (row.cells[0]?.trim() === "" || startsLower(titleCell) || filled <= Math.ceil(kinds.length / 2)) &&
      !(titleCell && !startsLower(titleCell) && filled >= kinds.length - 1);
    const sameAsMerged =
      last !== undefined &&
      refCell !== "" &&
      refCell === trimValue(last.cells[refColumn] ?? "") &&
      titleCell === last.cells[titleColumn];
    if (last && (continues || sameAsMerged)) {
      // A row broken by a page break (or a merged cell in Word) continues the previous row: its
      // cells join the cells above them.
      const merged = last.cells.map((c, i) => {
        const add = (byColumn[i] ?? "").trim();
        if (!add || (sameAsMerged && add === c.trim())) return c;
        return c.trim() ? `${c}\n${add}` : add;
      });
      const rebuilt = buildRowTask(merged, kinds, labels, last.draft.lines.from, row.lines.to, matrix);
      Object.assign(last.draft, { ...rebuilt, children: last.draft.children });
      last.cells = merged;
      last.draft.notes.push({
        code: "table-row-continued",
        message: say(
          `Dòng ${row.lines.from} không có số thứ tự và được ghép vào nhiệm vụ ${last.draft.ref || "phía trên"} (hàng bị ngắt trang).`,
          last.draft.ref
            ? en`Line ${row.lines.from} has no number and was joined to task ${asWritten(last.draft.ref)} (a row broken by a page break).`
            : en`Line ${row.lines.from} has no number and was joined to the task above (a row broken by a page break).`,
        ),
        lines: row.lines,
      });
      continue;
    }
    // "1" over "1.1", "1.2": a numbered row that only names what the rows under it detail.
    const nextRef =
      refColumn >= 0
        ? trimValue(rows.slice(r + 1).find((x) => x.cells.some((c) => c.trim()))?.cells[refColumn] ?? "")
        : "";
    const parentOfNext = /^\d{1,3}$/.test(refCell) && nextRef.startsWith(`${refCell}.`);
    const onlyTitle = kinds.every(
      (_k, i) => i === titleColumn || i === refColumn || !(byColumn[i] ?? "").trim(),
    );
    const isGroup =
      (/^[IVXL]{1,5}\.?$|^[A-ZĐ]\.?$/u.test(refCell) || refCell === "" || parentOfNext) &&
      onlyTitle &&
      titleCell.trim() !== "";
    // A numbered group ends where its numbering does: "3" after "2.1", "2.2" is back at the top.
    if (group && /^\d/.test(group.ref) && refCell && !refCell.startsWith(`${group.ref}.`)) group = undefined;
    if (isGroup) {
      group = {
        kind: "group",
        ref: refCell,
        title: trimValue(titleCell),
        roles: [],
        time: undefined,
        lines: row.lines,
        parts: { title: row.lines },
        from: "table",
        notes: [],
        children: [],
      };
      tasks.push(group);
      last = undefined;
      continue;
    }
    const draft = buildRowTask(byColumn, kinds, labels, row.lines.from, row.lines.to, matrix);
    if (moved)
      draft.notes.push({
        code: "table-row-shifted",
        message: say(
          "Các ô của hàng này bị lệch cột (có ô trống chèn vào); đã xếp lại theo nội dung, cần kiểm tra.",
          en`The cells of this row were out of their columns (empty cells pushed them along); they were put back by their content; please check.`,
        ),
        lines: row.lines,
      });
    if (refColumn >= 0 && refCell === "")
      draft.notes.push({
        code: "table-row-unaligned",
        message: say("Hàng không có số thứ tự.", en`The row has no number.`),
        lines: row.lines,
      });
    if (group) group.children.push(draft);
    else tasks.push(draft);
    last = { draft, cells: byColumn };
  }
  return { tasks: tasks.filter((t) => t.kind === "task" || t.children.length > 0), notes, columns: kinds };
}

function buildRowTask(
  cells: string[],
  kinds: ColumnKind[],
  labels: string[],
  from: number,
  to: number,
  matrix: Matrix = NO_MATRIX,
): TaskDraft {
  const lines = { from, to };
  const notes: DraftNote[] = [];
  const roles: RoleDraft[] = [];
  let ref = "";
  let title = "";
  let content: string | undefined;
  let product: string | undefined;
  let forms: string | undefined;
  let note: string | undefined;
  let time: string | undefined;
  kinds.forEach((kind, i) => {
    const raw = cells[i] ?? "";
    const text = trimValue(raw.replace(/\n/g, " "));
    switch (kind) {
      case "ref":
        ref = text.replace(/[.)]$/, "");
        break;
      case "task":
        title = text;
        break;
      case "content":
        if (kinds.includes("task")) content = text || undefined;
        else title = text;
        break;
      case "product":
        product = text || undefined;
        break;
      case "form":
        forms = text || undefined;
        break;
      case "note":
      case "budget":
        note = [note, text].filter(Boolean).join("; ") || undefined;
        break;
      case "time":
        time = time ? [time, text].filter(Boolean).join(" - ") : text;
        break;
      case "lead":
      case "advisor":
      case "support":
      case "agencies": {
        if (!raw.trim()) break;
        // A single "Cơ quan thực hiện" cell may label its own parts: "Chủ trì: …; Phối hợp: …".
        const scan = scanLabels(joinAgencyLines(raw));
        if (scan.parts.some((p) => roleFromKind(p.kind))) {
          if (scan.before.trim())
            roles.push(roleDraft(roleFromKind(kind) as Role, labels[i] ?? "", scan.before, lines, notes));
          for (const p of scan.parts) {
            const role = roleFromKind(p.kind);
            if (role) roles.push(roleDraft(role, p.label, p.value, lines, notes));
            else if (p.kind === "time") time = trimValue(p.value);
          }
        } else if (kind === "support") roles.push(roleDraft("support", labels[i] ?? "", raw, lines, notes));
        else
          for (const part of rolesInSentence(joinAgencyLines(raw), roleFromKind(kind) as Role))
            roles.push(roleDraft(part.role, labels[i] ?? "", part.text, lines, notes));
        if (kind === "advisor")
          notes.push({
            code: "task-role-advisor",
            message: say(
              `Cột "${labels[i]}" được hiểu là vai trò tham mưu (tính như chủ trì); cần xác nhận.`,
              en`The column ${labels[i] ?? ""} was read as the advising role (counted as leading); please confirm.`,
            ),
            lines,
          });
        break;
      }
      case "matrix": {
        const column = matrix.get(i);
        const role = markRole(raw, column?.role);
        if (column && role) roles.push(roleDraft(role, labels[i] ?? "", column.agency, lines, notes));
        break;
      }
      default:
        break;
    }
  });
  // A matrix names the lead of each row by its mark; without one, its first marked agency leads.
  if (matrix.size > 0 && !roles.some((r) => r.role === "lead" || r.role === "advisor")) {
    const first = roles.find((r) => r.role === "support");
    if (first) first.role = "lead";
  }
  // No agency column, but the task text says who: "Tổ chức hội nghị … (Chủ trì: Sở Nội vụ; thời gian: Quý II)".
  if (roles.length === 0 || time === undefined) {
    const scan = scanLabels(title);
    if (scan.parts.length > 0 && scan.before.trim()) {
      const hadRoles = roles.length > 0;
      for (const p of scan.parts) {
        const role = roleFromKind(p.kind);
        if (role && !hadRoles) roles.push(roleDraft(role, p.label, p.value, lines, notes));
        else if (p.kind === "time" && time === undefined) time = trimValue(p.value);
      }
      title = trimValue(scan.before);
    }
  }
  return {
    kind: "task",
    ref,
    title,
    content,
    product,
    forms,
    note,
    roles,
    time,
    lines,
    parts: { title: lines, leads: lines, supports: lines, time: lines },
    from: "table",
    notes,
    children: [],
  };
}
