import {
  type AgencyDirectory,
  type AgencyMatch,
  agencyNameOn,
  createAgencyMatcher,
  effectiveRoles,
  flattenTasks,
  formatTime,
  groupMembers,
  isGroup,
  occurrences,
  type Plan,
  planDate,
  type Role,
  responsibilityMatrix,
  type TaskNode,
  type TimeSpec,
} from "@kehoach/plan-model";
import { compareVi } from "@kehoach/text-vi";
import { KIND_ORDER, type RowKind } from "./labels.js";
import { type SearchKeys, searchKeys } from "./search.js";

// Everything the screens show, computed once per set of open plans: the tasks of every plan in
// plan order, the agencies of every plan's matrix merged by directory id (or by the matcher's
// key for names the directory does not know), sorted by kind and then the Vietnamese way, and
// each agency's roles by task. Filters and exports read this; nothing here touches the DOM.

export interface WsTask {
  /** Unique across the open plans: "<plan index>:<task id>". */
  key: string;
  planIndex: number;
  id: string;
  /** As printed in the plan ("2.2.a"); prefixed with the plan's short label when several are open. */
  number: string;
  title: string;
  content?: string | undefined;
  product?: string | undefined;
  time: TimeSpec;
  timeText: string;
  /** Position in plan order across all open plans. */
  order: number;
  /** ISO stretches of the task within its plan year (empty when the time says nothing about when). */
  spans: { start: string; end: string }[];
  /** The first due date in the plan year, for ordering by deadline. */
  due: string | null;
  /** Theme keys: "form:portal", "group:<id>", "area:procedures". */
  themes: string[];
  /** Agencies and roles as the plan writes them (after inheritance from a parent task). */
  assignments: { role: Role; name: string }[];
  search: SearchKeys;
}

export interface WsAgency {
  key: string;
  id?: string | undefined;
  name: string;
  kind: RowKind;
  group: boolean;
  /** Every spelling the plans used for it. */
  spellings: string[];
  /** Short names and aliases from the locality directory ("Phòng KT", "VHXH"). */
  aliases: string[];
  /** For a group known to the directory: its members as of the plan date. */
  members: { key: string; name: string }[];
  /** True for a directory agency no open plan names (listed by the findings, not the matrix). */
  idle?: boolean;
  search: SearchKeys;
}

export interface OpenPlan {
  /** Where it came from, for the list of open plans and for shareable links. */
  source: "store" | "file" | "sample";
  /** Store id, file name or "mau". */
  ref: string;
  plan: Plan;
}

export interface Workspace {
  plans: OpenPlan[];
  /** Short label of each plan ("KH 15/KH-UBND"). */
  planLabels: string[];
  tasks: WsTask[];
  taskByKey: ReadonlyMap<string, WsTask>;
  /** Agencies that hold a role somewhere, sorted by kind then name. */
  agencies: WsAgency[];
  agencyByKey: ReadonlyMap<string, WsAgency>;
  /** Agency key → task key → roles (lead, advisor, support, monitor, requested order). */
  cells: ReadonlyMap<string, ReadonlyMap<string, readonly Role[]>>;
  /** Directory agencies (not groups) that no open plan assigns anything. */
  idle: WsAgency[];
  /** Names matched to no directory entry, or to several, with the tasks that use them. */
  unresolved: { match: AgencyMatch; taskKeys: string[] }[];
  /** Agency key → groups (keys) the agency belongs to, as of the plans' dates. */
  groupsOf: ReadonlyMap<string, string[]>;
}

const NOT_ASSIGNABLE = new Set<string>(["group", "ubnd", "hdnd", "co_quan_cap_tren"]);

export function planShortLabel(plan: Plan): string {
  if (plan.number && plan.symbol) return `KH ${plan.number}/${plan.symbol}`;
  return `KH ${plan.planYear}: ${plan.title.length > 40 ? `${plan.title.slice(0, 39)}…` : plan.title}`;
}

export function buildWorkspace(
  plans: readonly OpenPlan[],
  directory: AgencyDirectory | undefined,
): Workspace {
  const many = plans.length > 1;
  const planLabels = plans.map((p) => planShortLabel(p.plan));
  const tasks: WsTask[] = [];
  const agencies = new Map<string, WsAgency>();
  const cells = new Map<string, Map<string, Role[]>>();
  const unresolved = new Map<string, { match: AgencyMatch; taskKeys: string[] }>();
  const groupsOf = new Map<string, string[]>();

  plans.forEach(({ plan }, planIndex) => {
    const asOf = planDate(plan);
    const matcher = createAgencyMatcher(directory, { abbreviations: plan.abbreviations, asOf });
    const matrix = responsibilityMatrix(plan, { directory, asOf, matcher });
    const keyOf = (id: string) => `${planIndex}:${id}`;
    const inMatrix = new Set(matrix.tasks.map((t) => t.id));
    const groupThemes = new Map<string, string>();

    for (const node of flattenTasks(plan.tasks)) {
      if (isGroup(node.task)) {
        groupThemes.set(node.task.id, `group:${planIndex}:${node.task.id}`);
        continue;
      }
      if (!inMatrix.has(node.task.id)) continue;
      const task = node.task;
      const times = occurrences(task.time, plan.planYear);
      const spans = times.map((o) => ({ start: o.start, end: o.end }));
      const dues = times.map((o) => o.due).sort();
      const themes = [
        ...(task.forms ?? []).flatMap((f) => (f.code ? [`form:${f.code}`] : [])),
        ...ancestorGroups(node).flatMap((id) => {
          const theme = groupThemes.get(id);
          return theme ? [theme] : [];
        }),
        ...plan.themes.map((area) => `area:${area}`),
      ];
      const number = many ? `${planLabels[planIndex]} · ${node.number}` : node.number;
      tasks.push({
        key: keyOf(task.id),
        planIndex,
        id: task.id,
        number,
        title: task.title,
        content: task.content,
        product: task.product,
        time: task.time,
        timeText: task.time.raw.trim() || formatTime(task.time),
        order: tasks.length,
        spans,
        due: dues[0] ?? null,
        themes: [...new Set(themes)],
        assignments: effectiveRoles(node).map((r) => ({ role: r.role, name: r.agency.name })),
        search: searchKeys([node.number, task.title, task.content ?? "", task.product ?? ""].join(" ")),
      });
    }

    for (const row of matrix.rows) {
      const known = row.agency.id ? directory?.agencies.get(row.agency.id) : undefined;
      const kind: RowKind = known ? known.kind : row.agency.generic ? "generic" : "unknown";
      let agency = agencies.get(row.agency.key);
      if (!agency) {
        const members =
          known && known.kind === "group" && directory
            ? groupMembers(directory, known.id, asOf).map((m) => ({ key: m.id, name: agencyNameOn(m, asOf) }))
            : [];
        agency = {
          key: row.agency.key,
          id: row.agency.id,
          name: row.agency.name,
          kind,
          group: row.agency.group,
          spellings: [],
          aliases: known ? [...known.shortNames, ...known.aliases] : [],
          members,
          search: searchKeys(""),
        };
        agencies.set(agency.key, agency);
        for (const m of members)
          groupsOf.set(m.key, [...new Set([...(groupsOf.get(m.key) ?? []), agency.key])]);
      }
      for (const s of row.agency.spellings) if (!agency.spellings.includes(s)) agency.spellings.push(s);
      const byTask = cells.get(agency.key) ?? new Map<string, Role[]>();
      for (const [taskId, roles] of Object.entries(row.cells)) byTask.set(keyOf(taskId), roles);
      cells.set(agency.key, byTask);
    }

    for (const match of matrix.unresolved) {
      const entry = unresolved.get(match.name) ?? { match, taskKeys: [] };
      for (const task of tasks) {
        if (task.planIndex === planIndex && task.assignments.some((a) => a.name === match.name))
          entry.taskKeys.push(task.key);
      }
      unresolved.set(match.name, entry);
    }
  });

  for (const agency of agencies.values()) {
    agency.search = searchKeys([agency.name, ...agency.spellings, ...agency.aliases].join(" "));
  }
  const sorted = [...agencies.values()].sort(byKindThenName);

  const idle: WsAgency[] = [];
  if (directory) {
    const asOf = plans[0] ? planDate(plans[0].plan) : undefined;
    for (const a of directory.agencies.values()) {
      // Groups, the issuing authority and superior bodies are not agencies a plan gives work to.
      if (NOT_ASSIGNABLE.has(a.kind) || agencies.has(a.id)) continue;
      if (asOf && ((a.validFrom && a.validFrom > asOf) || (a.validTo && a.validTo < asOf))) continue;
      // An agency that only works through a group it belongs to is not idle.
      if ((groupsOf.get(a.id) ?? []).length > 0) continue;
      idle.push({
        key: a.id,
        id: a.id,
        name: agencyNameOn(a, asOf),
        kind: a.kind,
        group: false,
        spellings: [],
        aliases: [...a.shortNames, ...a.aliases],
        members: [],
        idle: true,
        search: searchKeys([a.name, ...a.shortNames, ...a.aliases].join(" ")),
      });
    }
    idle.sort(byKindThenName);
  }

  return {
    plans: [...plans],
    planLabels,
    tasks,
    taskByKey: new Map(tasks.map((t) => [t.key, t])),
    agencies: sorted,
    agencyByKey: new Map([...sorted, ...idle].map((a) => [a.key, a])),
    cells,
    idle,
    unresolved: [...unresolved.values()],
    groupsOf,
  };
}

function ancestorGroups(node: TaskNode): string[] {
  const out: string[] = [];
  for (let n = node.parent; n; n = n.parent) out.push(n.task.id);
  return out;
}

export function byKindThenName(
  a: { kind: RowKind; name: string },
  b: { kind: RowKind; name: string },
): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compareVi(a.name, b.name);
}

/** The roles an agency holds on a task through the groups it belongs to, with the group's key. */
export function rolesViaGroups(
  ws: Workspace,
  agencyKey: string,
  taskKey: string,
): { group: string; roles: readonly Role[] }[] {
  const out: { group: string; roles: readonly Role[] }[] = [];
  for (const group of ws.groupsOf.get(agencyKey) ?? []) {
    const roles = ws.cells.get(group)?.get(taskKey);
    if (roles && roles.length > 0) out.push({ group, roles });
  }
  return out;
}
