import type { AgencyRef, Role, RoleAssignment, Task } from "./schema/plan-v2.js";

// Tasks form a tree (groups, tasks, sub-tasks). Views and rules walk it in document order and
// name each node by its machine path ("tasks[1].children[0]") and its number as printed ("2.1").

export interface TaskNode {
  task: Task;
  /** Path segments from the plan root: ["tasks", 1, "children", 0]. */
  path: (string | number)[];
  depth: number;
  parent: TaskNode | undefined;
  /** The numbering as printed: the task's own `ref` or its position ("2.1"). */
  number: string;
}

/** Every node of the task tree in document order (a parent before its children). */
export function flattenTasks(tasks: readonly Task[]): TaskNode[] {
  const out: TaskNode[] = [];
  const visit = (list: readonly Task[], parent: TaskNode | undefined, base: (string | number)[]) => {
    list.forEach((task, index) => {
      const position = parent ? `${parent.number}.${index + 1}` : String(index + 1);
      const node: TaskNode = {
        task,
        path: [...base, index],
        depth: parent ? parent.depth + 1 : 0,
        parent,
        number: task.ref?.trim() || position,
      };
      out.push(node);
      if (task.children?.length) visit(task.children, node, [...base, index, "children"]);
    });
  };
  visit(tasks, undefined, ["tasks"]);
  return out;
}

export function isGroup(task: Task): boolean {
  return task.kind === "group";
}

/** A node that is work to be done: not a group, and not a parent whose children carry the work. */
export function isLeaf(task: Task): boolean {
  return !isGroup(task) && !(task.children && task.children.length > 0);
}

/** Agencies holding a role on a task, as written. */
export function agenciesWithRole(task: Task, role: Role): AgencyRef[] {
  return task.roles.filter((r) => r.role === role).map((r) => r.agency);
}

/**
 * The roles that apply to a node: its own, or, for a sub-task that names no lead, those of the
 * nearest ancestor that does (a "+" bullet under a task is done by the task's agencies).
 */
export function effectiveRoles(node: TaskNode): RoleAssignment[] {
  const own = node.task.roles;
  if (own.some(leadsTheWork)) return own;
  for (let n = node.parent; n; n = n.parent) {
    if (n.task.roles.some(leadsTheWork)) {
      return own.length > 0 ? [...n.task.roles.filter(leadsTheWork), ...own] : n.task.roles;
    }
  }
  return own;
}

function leadsTheWork(r: RoleAssignment): boolean {
  return r.role === "lead" || r.role === "advisor";
}

/**
 * Replaces the agencies holding one role with the given names, keeping every other role and the
 * directory ids of names that stay: what an editor's "Cơ quan chủ trì" field does.
 */
export function setRoleAgencies(
  roles: readonly RoleAssignment[],
  role: Role,
  names: readonly string[],
): RoleAssignment[] {
  const previous = new Map(roles.filter((r) => r.role === role).map((r) => [r.agency.name, r]));
  const kept = names.map((name): RoleAssignment => previous.get(name) ?? { role, agency: { name } });
  const firstIndex = roles.findIndex((r) => r.role === role);
  const others = roles.filter((r) => r.role !== role);
  const at =
    firstIndex === -1 ? others.length : roles.slice(0, firstIndex).filter((r) => r.role !== role).length;
  return [...others.slice(0, at), ...kept, ...others.slice(at)];
}

/** Vietnamese labels of the roles, as task lists and matrices print them. */
export const ROLE_LABELS: Record<Role, string> = {
  lead: "Chủ trì",
  advisor: "Tham mưu",
  support: "Phối hợp",
  monitor: "Theo dõi",
  requested: "Đề nghị",
};

/** The column headers of a task list: "Cơ quan chủ trì", "Cơ quan phối hợp", … */
export const ROLE_COLUMN_LABELS: Record<Role, string> = {
  lead: "Cơ quan chủ trì",
  advisor: "Cơ quan tham mưu",
  support: "Cơ quan phối hợp",
  monitor: "Cơ quan theo dõi",
  requested: "Cơ quan được đề nghị",
};

/** The roles for a screen shown in English; documents are always written in Vietnamese. */
export const ROLE_LABELS_EN: Record<Role, string> = {
  lead: "Lead",
  advisor: "Advising",
  support: "Supporting",
  monitor: "Following up",
  requested: "Requested",
};

export const ROLE_COLUMN_LABELS_EN: Record<Role, string> = {
  lead: "Lead agency",
  advisor: "Advising agency",
  support: "Supporting agency",
  monitor: "Following-up agency",
  requested: "Requested agency",
};

/** A role's name in a screen's language: "Chủ trì" / "Lead". */
export function roleLabel(role: Role, language: "vi" | "en" = "vi"): string {
  return (language === "en" ? ROLE_LABELS_EN : ROLE_LABELS)[role];
}

/** The agencies of a role in a screen's language: "Cơ quan chủ trì" / "Lead agency". */
export function roleColumnLabel(role: Role, language: "vi" | "en" = "vi"): string {
  return (language === "en" ? ROLE_COLUMN_LABELS_EN : ROLE_COLUMN_LABELS)[role];
}
