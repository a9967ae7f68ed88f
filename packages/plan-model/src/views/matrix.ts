import { toIsoDate } from "@kehoach/text-vi";
import { type AgencyDirectory, agencyNameOn, groupMembers } from "../agencies/directory.js";
import { type AgencyMatch, type AgencyMatcher, createAgencyMatcher } from "../agencies/match.js";
import type { Plan, Role } from "../plan.js";
import { ROLES } from "../schema/plan-v2.js";
import { effectiveRoles, flattenTasks, isGroup, ROLE_LABELS } from "../tasks.js";
import { csvText } from "./csv.js";

// Who does what: agencies × tasks, each cell the roles the agency holds on the task (chủ trì,
// tham mưu, phối hợp, theo dõi, đề nghị). Spellings of one agency share a row; a group such as
// "UBND các xã, phường" is one row, or, on request, expands to its members' rows.

export interface MatrixOptions {
  directory?: AgencyDirectory | undefined;
  /** Replace each group by its members (as of `asOf`). */
  expandGroups?: boolean | undefined;
  /** ISO date for names and group membership; the plan's issue date by default. */
  asOf?: string | undefined;
  /** A matcher already built for the plan (saves building it twice). */
  matcher?: AgencyMatcher | undefined;
}

export interface MatrixAgency {
  /** Directory id, or "ten:<key>" for a name the directory does not know. */
  key: string;
  id?: string | undefined;
  /** Canonical name on the date, or the first spelling the plan used. */
  name: string;
  /** Every spelling the plan used for it. */
  spellings: string[];
  group: boolean;
  /** "các cơ quan, đơn vị liên quan". */
  generic: boolean;
  /** For a member shown through an expanded group: the groups it came from. */
  viaGroups?: string[] | undefined;
}

export interface MatrixTask {
  id: string;
  number: string;
  title: string;
  /** Machine path: "tasks[1].children[0]". */
  path: string;
}

export interface MatrixRow {
  agency: MatrixAgency;
  /** Task id → roles, in the order lead, advisor, support, monitor, requested. */
  cells: Record<string, Role[]>;
}

export interface ResponsibilityMatrix {
  tasks: MatrixTask[];
  rows: MatrixRow[];
  /** Names matched to no directory entry, or to several (only when a directory is given). */
  unresolved: AgencyMatch[];
}

export function planDate(plan: Plan): string | undefined {
  return toIsoDate(plan.issuedOn) ?? undefined;
}

export function responsibilityMatrix(plan: Plan, options: MatrixOptions = {}): ResponsibilityMatrix {
  const asOf = options.asOf ?? planDate(plan);
  const dir = options.directory;
  const matcher = options.matcher ?? createAgencyMatcher(dir, { abbreviations: plan.abbreviations, asOf });
  const rows = new Map<string, MatrixRow>();
  const unresolved = new Map<string, AgencyMatch>();
  const tasks: MatrixTask[] = [];

  const rowFor = (agency: MatrixAgency): MatrixRow => {
    const existing = rows.get(agency.key);
    if (existing) return existing;
    const row = { agency, cells: {} };
    rows.set(agency.key, row);
    return row;
  };
  const addRole = (row: MatrixRow, taskId: string, role: Role) => {
    const list = row.cells[taskId] ?? [];
    if (!list.includes(role)) {
      list.push(role);
      list.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
    }
    row.cells[taskId] = list;
  };

  for (const node of flattenTasks(plan.tasks)) {
    const roles = effectiveRoles(node);
    if (isGroup(node.task) && node.task.roles.length === 0) continue;
    tasks.push({ id: node.task.id, number: node.number, title: node.task.title, path: pathText(node.path) });
    for (const assignment of roles) {
      const written = assignment.agency.name;
      const match = matcher.resolve(assignment.agency);
      if (dir && (match.status === "unmatched" || match.status === "ambiguous"))
        unresolved.set(written, match);
      if (match.status === "matched") {
        const agency = match.agency;
        if (options.expandGroups && dir && agency.kind === "group") {
          for (const member of groupMembers(dir, agency.id, asOf)) {
            const row = rowFor({
              key: member.id,
              id: member.id,
              name: agencyNameOn(member, asOf),
              spellings: [],
              group: false,
              generic: false,
            });
            row.agency.viaGroups = [...new Set([...(row.agency.viaGroups ?? []), agency.id])];
            addRole(row, node.task.id, assignment.role);
          }
          continue;
        }
        const row = rowFor({
          key: agency.id,
          id: agency.id,
          name: agencyNameOn(agency, asOf),
          spellings: [],
          group: agency.kind === "group",
          generic: false,
        });
        addSpelling(row, written);
        addRole(row, node.task.id, assignment.role);
      } else {
        const generic = match.status === "generic";
        const key = `ten:${matcher.key(written)}`;
        const row = rowFor({ key, name: written, spellings: [], group: false, generic });
        addSpelling(row, written);
        addRole(row, node.task.id, assignment.role);
      }
    }
  }
  return { tasks, rows: [...rows.values()], unresolved: [...unresolved.values()] };
}

function addSpelling(row: MatrixRow, written: string) {
  if (!row.agency.spellings.includes(written)) row.agency.spellings.push(written);
}

function pathText(path: (string | number)[]): string {
  return path.reduce<string>(
    (out, seg) => (typeof seg === "number" ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg),
    "",
  );
}

/** The matrix as CSV (RFC 4180): one row per agency, one column per task, cells "Chủ trì", "Phối hợp". */
export function matrixToCsv(matrix: ResponsibilityMatrix): string {
  const header = ["Cơ quan", ...matrix.tasks.map((t) => `${t.number}. ${t.title}`)];
  const lines = [
    header,
    ...matrix.rows.map((row) => [row.agency.name, ...matrix.tasks.map((t) => roleText(row.cells[t.id]))]),
  ];
  return csvText(lines);
}

function roleText(roles: Role[] | undefined): string {
  return (roles ?? []).map((r) => ROLE_LABELS[r]).join(", ");
}

/** The matrix as plain JSON for other systems: tasks, and per agency its roles by task id. */
export function matrixToJson(matrix: ResponsibilityMatrix): {
  tasks: MatrixTask[];
  agencies: (MatrixAgency & { roles: Record<string, Role[]> })[];
} {
  return {
    tasks: matrix.tasks,
    agencies: matrix.rows.map((row) => ({ ...row.agency, roles: row.cells })),
  };
}
