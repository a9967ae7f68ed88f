import { ROLE_LABELS, type Role } from "@kehoach/plan-model";
import { vi } from "../i18n/vi.js";
import type { AgencyTaskRow } from "../model/agency-tasks.js";
import { dueText } from "../model/dates.js";
import type { MatrixView } from "../model/filters.js";
import { KIND_LABELS } from "../model/labels.js";
import { type MatrixRow, rowRoles, rowTotal } from "../model/rows.js";

// The two exported tables as plain rows of text, shared by the CSV and XLSX writers so both
// files say the same thing: the matrix (agencies down, tasks across, roles in words) and one
// agency's task list.

export interface ExportTable {
  /** Sheet name (at most 31 characters, none of : \ / ? * [ ]). */
  name: string;
  header: string[];
  /** Counts are numbers, so a spreadsheet adds them up; everything else is text. */
  rows: (string | number)[][];
  /** Widths in characters, per column, for the spreadsheet. */
  widths: number[];
  /** Columns kept in view while scrolling sideways. */
  frozenColumns: number;
}

export function rolesText(roles: readonly Role[]): string {
  return roles.map((r) => ROLE_LABELS[r]).join(", ");
}

export function matrixTable(view: MatrixView, rows: readonly MatrixRow[]): ExportTable {
  const header = [
    "Cơ quan, đơn vị",
    "Nhóm",
    "Số nhiệm vụ",
    ...view.tasks.map((t) => `${t.number}. ${t.title}`),
  ];
  const body: (string | number)[][] = [];
  for (const row of rows) {
    if (row.type !== "agency") continue;
    const total = rowTotal(view, row);
    body.push([
      row.viaGroup ? `${row.agency.name} (qua nhóm “${row.viaGroup.name}”)` : row.agency.name,
      KIND_LABELS[row.viaGroup ? row.viaGroup.kind : row.agency.kind],
      total?.tasks ?? 0,
      ...view.tasks.map((t) => rolesText(rowRoles(view, row, t.key))),
    ]);
  }
  body.push(["Số cơ quan, đơn vị", "", "", ...view.tasks.map((t) => view.taskTotal(t.key).agencies)]);
  return {
    name: "Ma trận phân công",
    header,
    rows: body,
    widths: [40, 22, 10, ...view.tasks.map(() => 16)],
    frozenColumns: 1,
  };
}

export function agencyTable(agencyName: string, list: readonly AgencyTaskRow[]): ExportTable {
  return {
    name: sheetName(agencyName),
    header: [
      "STT",
      "Số hiệu",
      "Nhiệm vụ",
      "Vai trò",
      "Sản phẩm",
      "Cơ quan cùng thực hiện",
      "Thời gian thực hiện",
      "Hạn",
    ],
    rows: list.map((r, i) => [
      i + 1,
      r.task.number,
      r.task.title,
      r.roleText,
      r.task.product ?? "",
      r.partners,
      r.task.timeText,
      dueText(r.task, vi.firstPeriod),
    ]),
    widths: [6, 10, 60, 24, 24, 40, 20, 12],
    frozenColumns: 3,
  };
}

/** A sheet name Excel accepts: 31 characters at most, without : \ / ? * [ ]. */
export function sheetName(text: string): string {
  const clean = text
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return clean.length > 31 ? `${clean.slice(0, 30)}…` : clean || "Trang tính";
}
