import type { Role } from "@kehoach/plan-model";
import { vi } from "../i18n/vi.js";
import { rolesViaGroups, type Workspace, type WsTask } from "./workspace.js";

// "Đơn vị của tôi": one agency's part of the plans. Its own roles, and those it holds through a
// group it belongs to ("Các cơ quan, đơn vị thuộc UBND xã"), each task with its product, the
// agencies it works with and its time, in plan order or by the first due date.

export interface AgencyTaskRow {
  task: WsTask;
  /** The agency's own roles on the task. */
  roles: readonly Role[];
  /** Roles it holds through groups, with the group's name. */
  viaGroups: { groupName: string; roles: readonly Role[] }[];
  /** "Chủ trì", "Phối hợp (qua nhóm “…”)". */
  roleText: string;
  /** The other agencies on the task, as the plan writes them, with their role. */
  partners: string;
}

export type AgencyTaskOrder = "plan" | "due";

/** The words a row is written in: the screen's language, or Vietnamese in exported files. */
export interface AgencyTaskWords {
  roles: Record<Role, string>;
  viaGroup: (roles: string, group: string) => string;
}

export function agencyTasks(
  ws: Workspace,
  agencyKey: string,
  order: AgencyTaskOrder = "plan",
  words: AgencyTaskWords = vi,
): AgencyTaskRow[] {
  const own = ws.cells.get(agencyKey);
  const agency = ws.agencyByKey.get(agencyKey);
  const spellings = new Set(agency?.spellings ?? []);
  const groupSpellings = new Set(
    (ws.groupsOf.get(agencyKey) ?? []).flatMap((g) => ws.agencyByKey.get(g)?.spellings ?? []),
  );
  const rows: AgencyTaskRow[] = [];
  for (const task of ws.tasks) {
    const roles = own?.get(task.key) ?? [];
    const via = rolesViaGroups(ws, agencyKey, task.key).map((v) => ({
      groupName: ws.agencyByKey.get(v.group)?.name ?? v.group,
      roles: v.roles,
    }));
    if (roles.length === 0 && via.length === 0) continue;
    const parts = [
      ...roles.map((r) => words.roles[r]),
      ...via.map((v) => words.viaGroup(v.roles.map((r) => words.roles[r]).join(", "), v.groupName)),
    ];
    const partners = task.assignments
      .filter((a) => !spellings.has(a.name) && !groupSpellings.has(a.name))
      .map((a) => `${a.name} (${words.roles[a.role].toLowerCase()})`);
    rows.push({ task, roles, viaGroups: via, roleText: parts.join("; "), partners: partners.join("; ") });
  }
  if (order === "due") {
    rows.sort(
      (a, b) =>
        (a.task.due === null ? 1 : 0) - (b.task.due === null ? 1 : 0) ||
        (a.task.due ?? "").localeCompare(b.task.due ?? "") ||
        a.task.order - b.task.order,
    );
  }
  return rows;
}

/** Options for picking an agency: every agency with a role, then directory agencies with none. */
export function agencyChoices(ws: Workspace): { value: string; label: string; keywords: string[] }[] {
  return [...ws.agencies, ...ws.idle].map((a) => ({
    value: a.key,
    label: a.name,
    keywords: [...a.spellings, ...a.aliases],
  }));
}
