import {
  type AgencyRef,
  createAgencyMatcher,
  createDirectory,
  flattenTasks,
  isLeaf,
  type Locality,
  type Plan,
  type Task,
  type TaskNode,
} from "@kehoach/plan-model";
import { cleanLine, compareVi, toneKey } from "@kehoach/text-vi";

// Who answers for a task in a report: its lead agencies (chủ trì, or tham mưu where the plan
// names an advising agency instead). An agency is identified by its directory id when the plan
// matched one, otherwise by its name folded for tone placement ("Văn hóa"/"Văn hoá" meet).

export interface AgencyKeyed {
  key: string;
  name: string;
  id?: string | undefined;
}

export function agencyKey(agency: AgencyRef): string {
  return agency.id ? `id:${agency.id}` : `name:${toneKey(cleanLine(agency.name))}`;
}

/** Lead agencies of a task node, inheriting the nearest ancestor's when a sub-task names none. */
export function leadAgencies(node: TaskNode): AgencyKeyed[] {
  for (let n: TaskNode | undefined = node; n; n = n.parent) {
    const leads = n.task.roles.filter((r) => r.role === "lead" || r.role === "advisor");
    if (leads.length > 0) {
      const seen = new Map<string, AgencyKeyed>();
      for (const r of leads) {
        const key = agencyKey(r.agency);
        if (!seen.has(key)) seen.set(key, { key, name: cleanLine(r.agency.name), id: r.agency.id });
      }
      return [...seen.values()];
    }
  }
  return [];
}

/** The plan's work items (leaves of the task tree) in document order. */
export function workNodes(plan: Plan): TaskNode[] {
  return flattenTasks(plan.tasks).filter((node) => isLeaf(node.task));
}

/** Every agency that leads at least one task, in Vietnamese alphabetical order, with its tasks. */
export function leadingAgencies(plan: Plan): (AgencyKeyed & { taskIds: string[] })[] {
  const byKey = new Map<string, AgencyKeyed & { taskIds: string[] }>();
  for (const node of workNodes(plan)) {
    for (const agency of leadAgencies(node)) {
      const found = byKey.get(agency.key) ?? { ...agency, taskIds: [] };
      found.taskIds.push(node.task.id);
      byKey.set(agency.key, found);
    }
  }
  return [...byKey.values()].sort((a, b) => compareVi(a.name, b.name));
}

/** A task found by id anywhere in the tree. */
export function findTask(plan: Plan, taskId: string): Task | undefined {
  return flattenTasks(plan.tasks).find((n) => n.task.id === taskId)?.task;
}

/**
 * The plan with its agencies tied to the locality's directory where the matcher is sure, so that
 * "Phòng VH-XH" and "Phòng Văn hóa - Xã hội" count as one agency in the report and get one return
 * file. Names stay as the plan writes them; only the directory id is added.
 */
export function withDirectoryIds(plan: Plan, locality: Locality | undefined): Plan {
  if (!locality) return plan;
  const matcher = createAgencyMatcher(createDirectory(locality), { abbreviations: plan.abbreviations });
  const resolve = (agency: AgencyRef): AgencyRef => {
    if (agency.id) return agency;
    const found = matcher.resolve(agency);
    return found.status === "matched" ? { ...agency, id: found.agency.id } : agency;
  };
  const visit = (tasks: readonly Task[]): Task[] =>
    tasks.map((task) => ({
      ...task,
      roles: task.roles.map((r) => ({ ...r, agency: resolve(r.agency) })),
      ...(task.children ? { children: visit(task.children) } : {}),
    }));
  return { ...plan, tasks: visit(plan.tasks) };
}
