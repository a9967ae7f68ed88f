import {
  type MatrixAgency,
  type Plan,
  type ResponsibilityMatrix,
  ROLE_LABELS,
  ROLES,
  type Role,
} from "@kehoach/plan-model";
import type { Appendix, Block, TableBlock, TableRow, VanBan } from "@kehoach/vanban";
import { type PlanToVanBanOptions, planToVanBan, toRoman } from "./plan-to-van-ban.js";

// The responsibility matrix as the phụ lục "Bảng phân công nhiệm vụ" of a Kế hoạch (nd30-layout
// §7.1, §10.2): landscape, numbered and referenced by the vanban renderer ("(Kèm theo Kế hoạch số
// …)"). A matrix narrow enough for the page prints as a grid, agencies down and tasks across with
// the role codes of its legend; a wider one prints agency by agency, each with its tasks, role,
// product, partners and time, which fits any number of tasks.

export const MATRIX_APPENDIX_TITLE = "Bảng phân công nhiệm vụ";

/** Above this many tasks the grid's columns get too narrow for a role code at 12 pt. */
export const GRID_MAX_TASKS = 16;

export const ROLE_CODES: Record<Role, string> = {
  lead: "CT",
  advisor: "TM",
  support: "PH",
  monitor: "TD",
  requested: "ĐN",
};

export interface TaskDetails {
  product?: string | undefined;
  /** "Quý II/2026", "Thường xuyên": the time as the plan writes it. */
  time?: string | undefined;
}

export interface MatrixAppendixOptions {
  title?: string | undefined;
  /** "grid" (agencies × tasks), "byAgency" (each agency's tasks), or "auto" (grid while it fits). */
  layout?: "grid" | "byAgency" | "auto" | undefined;
  /** Product and time of each task, by task id; read from `plan` for its own tasks when absent. */
  taskDetails?: ReadonlyMap<string, TaskDetails> | undefined;
  /** A heading for each row's section ("Cơ quan chuyên môn"); rows of one section must be adjacent. */
  sectionOf?: ((agency: MatrixAgency) => string | undefined) | undefined;
}

export function matrixAppendix(
  matrix: ResponsibilityMatrix,
  plan: Plan | undefined,
  options: MatrixAppendixOptions = {},
): Appendix {
  const details = options.taskDetails ?? (plan ? planTaskDetails(plan) : new Map<string, TaskDetails>());
  const layout =
    options.layout === "grid" || options.layout === "byAgency"
      ? options.layout
      : matrix.tasks.length <= GRID_MAX_TASKS
        ? "grid"
        : "byAgency";
  const body = layout === "grid" ? gridBlocks(matrix, details, options) : byAgencyBlocks(matrix, details);
  return { title: options.title ?? MATRIX_APPENDIX_TITLE, orientation: "landscape", body };
}

/**
 * The plan's Kế hoạch with the matrix as its phụ lục: a phụ lục is printed with the text that
 * refers to it, and its "(Kèm theo …)" line is built from that text's number and date.
 */
export function matrixAppendixDocument(
  plan: Plan,
  matrix: ResponsibilityMatrix,
  options: MatrixAppendixOptions & PlanToVanBanOptions = {},
): VanBan {
  const doc = planToVanBan(plan, options.creationDate ? { creationDate: options.creationDate } : {});
  return { ...doc, appendices: [...(doc.appendices ?? []), matrixAppendix(matrix, plan, options)] };
}

function planTaskDetails(plan: Plan): Map<string, TaskDetails> {
  const out = new Map<string, TaskDetails>();
  const visit = (tasks: Plan["tasks"]) => {
    for (const t of tasks) {
      out.set(t.id, { product: t.product, time: t.time.raw.trim() || undefined });
      if (t.children) visit(t.children);
    }
  };
  visit(plan.tasks);
  return out;
}

function codes(roles: readonly Role[] | undefined): string {
  return (roles ?? []).map((r) => ROLE_CODES[r]).join(", ");
}

function usedRoles(matrix: ResponsibilityMatrix): Role[] {
  const used = new Set<Role>();
  for (const row of matrix.rows)
    for (const roles of Object.values(row.cells)) for (const r of roles) used.add(r);
  return ROLES.filter((r) => used.has(r));
}

function gridBlocks(
  matrix: ResponsibilityMatrix,
  details: ReadonlyMap<string, TaskDetails>,
  options: MatrixAppendixOptions,
): Block[] {
  const taskCount = matrix.tasks.length;
  const grid: TableBlock = {
    type: "table",
    columns: [
      { header: "STT", weight: 3, align: "center" },
      { header: "Cơ quan, đơn vị", weight: Math.max(24, 70 - 3 * taskCount) },
      ...matrix.tasks.map((t) => ({ header: t.number, weight: 3.2, align: "center" as const })),
      { header: "Số nhiệm vụ", weight: 4, align: "center" },
    ],
    rows: [],
  };
  let section: string | undefined;
  let sectionNumber = 0;
  let stt = 0;
  for (const row of matrix.rows) {
    const name = options.sectionOf?.(row.agency);
    if (name !== undefined && name !== section) {
      section = name;
      sectionNumber++;
      grid.rows.push({ label: toRoman(sectionNumber), group: name });
    }
    stt++;
    const total = matrix.tasks.filter((t) => (row.cells[t.id]?.length ?? 0) > 0).length;
    grid.rows.push({
      cells: [
        String(stt),
        row.agency.name,
        ...matrix.tasks.map((t) => codes(row.cells[t.id])),
        String(total),
      ],
    });
  }
  grid.rows.push({
    cells: [
      "",
      "Số cơ quan, đơn vị",
      ...matrix.tasks.map((t) => String(matrix.rows.filter((r) => (r.cells[t.id]?.length ?? 0) > 0).length)),
      "",
    ],
  });

  const legend = usedRoles(matrix)
    .map((r) => `${ROLE_CODES[r]}: ${ROLE_LABELS[r].toLowerCase()}`)
    .join("; ");
  const tasks: TableBlock = {
    type: "table",
    columns: [
      { header: "STT", weight: 3, align: "center" },
      { header: "Nhiệm vụ", weight: 28 },
      { header: "Sản phẩm", weight: 10 },
      { header: "Thời gian thực hiện", weight: 8, align: "center" },
    ],
    rows: matrix.tasks.map((t) => ({
      cells: [t.number, t.title, details.get(t.id)?.product ?? "", details.get(t.id)?.time ?? ""],
    })),
  };
  return [
    grid,
    {
      type: "paragraph",
      content: [
        { text: "Ghi chú: ", italic: true, bold: true },
        { text: `${legend}.`, italic: true },
      ],
    },
    { type: "paragraph", content: "Các nhiệm vụ ghi ở đầu cột của bảng trên:" },
    tasks,
  ];
}

function byAgencyBlocks(matrix: ResponsibilityMatrix, details: ReadonlyMap<string, TaskDetails>): Block[] {
  const table: TableBlock = {
    type: "table",
    columns: [
      { header: "STT", weight: 3, align: "center" },
      { header: "Nhiệm vụ", weight: 24 },
      { header: "Vai trò", weight: 7, align: "center" },
      { header: "Sản phẩm", weight: 9 },
      { header: "Cơ quan cùng thực hiện", weight: 13 },
      { header: "Thời gian thực hiện", weight: 8, align: "center" },
    ],
    rows: [],
  };
  matrix.rows.forEach((row, index) => {
    const own = matrix.tasks.filter((t) => (row.cells[t.id]?.length ?? 0) > 0);
    table.rows.push({ label: toRoman(index + 1), group: `${row.agency.name} (${own.length} nhiệm vụ)` });
    own.forEach((task, i) => {
      const partners = matrix.rows
        .filter((other) => other !== row && (other.cells[task.id]?.length ?? 0) > 0)
        .map((other) => `${other.agency.name} (${codes(other.cells[task.id])})`);
      table.rows.push({
        cells: [
          String(i + 1),
          `${task.number}. ${task.title}`,
          (row.cells[task.id] ?? []).map((r) => ROLE_LABELS[r]).join(", "),
          details.get(task.id)?.product ?? "",
          partners.join("; "),
          details.get(task.id)?.time ?? "",
        ],
      } satisfies TableRow);
    });
  });
  const legend = usedRoles(matrix)
    .map((r) => `${ROLE_CODES[r]}: ${ROLE_LABELS[r].toLowerCase()}`)
    .join("; ");
  return [
    table,
    {
      type: "paragraph",
      content: [
        { text: "Ghi chú: ", italic: true, bold: true },
        { text: `${legend}.`, italic: true },
      ],
    },
  ];
}
