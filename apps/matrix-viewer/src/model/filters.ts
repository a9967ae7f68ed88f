import { ROLES, type Role } from "@kehoach/plan-model";
import type { RowKind } from "./labels.js";
import { searchFor } from "./search.js";
import type { Workspace, WsAgency, WsTask } from "./workspace.js";

// The filters of the matrix and what they leave: role, agency kind, one agency, theme, a window
// of months, and text. Text search keeps what it names and what that touches: a query naming an
// agency shows that agency and its tasks; a query naming a task shows it and its agencies.

export interface Filters {
  role: Role | "";
  kind: RowKind | "";
  /** One agency's key: the agency, the groups it belongs to, and their tasks. */
  agency: string;
  theme: string;
  /** Months of the plan year, inclusive; 1–12 is the whole year. */
  fromMonth: number;
  toMonth: number;
  query: string;
}

export const NO_FILTERS: Filters = {
  role: "",
  kind: "",
  agency: "",
  theme: "",
  fromMonth: 1,
  toMonth: 12,
  query: "",
};

export function isFiltered(f: Filters): boolean {
  return (
    f.role !== "" ||
    f.kind !== "" ||
    f.agency !== "" ||
    f.theme !== "" ||
    f.fromMonth !== 1 ||
    f.toMonth !== 12 ||
    f.query.trim() !== ""
  );
}

export interface MatrixView {
  agencies: WsAgency[];
  tasks: WsTask[];
  /** The roles shown in a cell: the agency's roles on the task, narrowed to the role filter. */
  roles(agencyKey: string, taskKey: string): readonly Role[];
  /** Tasks with a role of the agency among the shown tasks, and the count of each role. */
  agencyTotal(agencyKey: string): { tasks: number; byRole: Record<Role, number> };
  /** Agencies with a role on the task among the shown agencies, and the count of each role. */
  taskTotal(taskKey: string): { agencies: number; byRole: Record<Role, number> };
}

const EMPTY: readonly Role[] = [];

export function filterMatrix(ws: Workspace, f: Filters): MatrixView {
  const roleOf = (agencyKey: string, taskKey: string): readonly Role[] => {
    const roles = ws.cells.get(agencyKey)?.get(taskKey);
    if (!roles) return EMPTY;
    return f.role === "" ? roles : roles.includes(f.role) ? [f.role] : EMPTY;
  };

  let tasks = ws.tasks.filter((t) => inWindow(ws, t, f) && (f.theme === "" || t.themes.includes(f.theme)));
  let agencies = ws.agencies.filter((a) => f.kind === "" || a.kind === f.kind);

  if (f.agency !== "") {
    const keys = new Set([f.agency, ...(ws.groupsOf.get(f.agency) ?? [])]);
    agencies = agencies.filter((a) => keys.has(a.key));
  }

  const match = searchFor(f.query);
  if (match) {
    const namedAgencies = agencies.filter((a) => match(a.search));
    const namedTasks = tasks.filter((t) => match(t.search));
    const agencyKeys = new Set(namedAgencies.map((a) => a.key));
    const taskKeys = new Set(namedTasks.map((t) => t.key));
    const touchesAgency = (t: WsTask) => namedAgencies.some((a) => roleOf(a.key, t.key).length > 0);
    const touchesTask = (a: WsAgency) => namedTasks.some((t) => roleOf(a.key, t.key).length > 0);
    tasks = tasks.filter((t) => taskKeys.has(t.key) || touchesAgency(t));
    agencies = agencies.filter((a) => agencyKeys.has(a.key) || touchesTask(a));
  }

  if (isFiltered(f)) {
    // What a filter leaves must say something: no empty row and no empty column.
    tasks = tasks.filter((t) => agencies.some((a) => roleOf(a.key, t.key).length > 0));
    agencies = agencies.filter((a) => tasks.some((t) => roleOf(a.key, t.key).length > 0));
  }

  const agencyTotals = new Map<string, { tasks: number; byRole: Record<Role, number> }>();
  const taskTotals = new Map<string, { agencies: number; byRole: Record<Role, number> }>();
  for (const a of agencies) agencyTotals.set(a.key, { tasks: 0, byRole: zeroCounts() });
  for (const t of tasks) taskTotals.set(t.key, { agencies: 0, byRole: zeroCounts() });
  const shownTasks = new Set(tasks.map((t) => t.key));
  for (const a of agencies) {
    const row = ws.cells.get(a.key);
    if (!row) continue;
    const at = agencyTotals.get(a.key) as { tasks: number; byRole: Record<Role, number> };
    // A row holds only the tasks the agency has a role in: walking it beats walking every task.
    for (const taskKey of row.keys()) {
      if (!shownTasks.has(taskKey)) continue;
      const roles = roleOf(a.key, taskKey);
      if (roles.length === 0) continue;
      const tt = taskTotals.get(taskKey) as { agencies: number; byRole: Record<Role, number> };
      at.tasks++;
      tt.agencies++;
      for (const r of roles) {
        at.byRole[r]++;
        tt.byRole[r]++;
      }
    }
  }

  return {
    agencies,
    tasks,
    roles: roleOf,
    agencyTotal: (key) => agencyTotals.get(key) ?? { tasks: 0, byRole: zeroCounts() },
    taskTotal: (key) => taskTotals.get(key) ?? { agencies: 0, byRole: zeroCounts() },
  };
}

export function zeroCounts(): Record<Role, number> {
  return Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
}

function inWindow(ws: Workspace, task: WsTask, f: Filters): boolean {
  if (f.fromMonth === 1 && f.toMonth === 12) return true;
  const year = ws.plans[task.planIndex]?.plan.planYear ?? 0;
  const start = `${year}-${String(f.fromMonth).padStart(2, "0")}-01`;
  const end = `${year}-${String(f.toMonth).padStart(2, "0")}-31`;
  return task.spans.some((s) => s.start <= end && s.end >= start);
}
