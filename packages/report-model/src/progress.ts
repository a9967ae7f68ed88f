import {
  type Plan,
  type PlanProgress,
  planProgress,
  type RollUpNode,
  TASK_STATUSES,
  type Task,
  type TaskProgress,
  type TaskStatus,
  taskStatus,
  type Window,
  weightedAverage,
} from "@kehoach/plan-model";
import { awaitsCompletionDate, type PeriodEntry } from "./entry.js";

// A period is a window over the plan's activity log. Statuses come from plan-model (judged at the
// window's end against each task's due date); these helpers pick the entries a window sees, and
// set apart the tasks reported done without a completion date: plan-model would judge them by the
// entry's date, which is a day the person never gave as the day of completion.

export function inWindow(entry: { date: string }, window: Window): boolean {
  return entry.date >= window.from && entry.date <= window.to;
}

export function windowEntries<T extends { date: string }>(entries: readonly T[], window: Window): T[] {
  return entries.filter((e) => inWindow(e, window));
}

/** The last entry of each task dated before the window opens: what a period starts from. */
export function latestBefore(entries: readonly PeriodEntry[], window: Window): Map<string, PeriodEntry> {
  const out = new Map<string, PeriodEntry>();
  for (const entry of entries) {
    if (entry.date >= window.from) continue;
    const seen = out.get(entry.taskId);
    if (!seen || entry.date > seen.date || (entry.date === seen.date && entry.id > seen.id)) {
      out.set(entry.taskId, entry);
    }
  }
  return out;
}

/** A task's progress in a period; `awaitingDate` when its status comes from a done entry without a completion date. */
export interface PeriodTaskProgress extends TaskProgress {
  awaitingDate?: true | undefined;
}

export interface PeriodProgress extends PlanProgress {
  tasks: PeriodTaskProgress[];
  /** Tasks reported done without a completion date, in no count and out of the roll-up until the date is given. */
  awaitingDate: string[];
}

/**
 * Statuses of every task at the end of the window, with the plan's weighted percentage. A task
 * whose latest entry says done without a completion date is in none of the counts and out of the
 * percentage, and listed in `awaitingDate`.
 */
export function periodProgress(plan: Plan, entries: readonly PeriodEntry[], window: Window): PeriodProgress {
  const base = planProgress(plan, entries, { year: plan.planYear, window });
  const awaiting = new Set(
    base.tasks.filter((t) => t.entry && awaitsCompletionDate(t.entry)).map((t) => t.taskId),
  );
  if (awaiting.size === 0) return { ...base, awaitingDate: [] };
  const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  const tasks = base.tasks.map((t): PeriodTaskProgress => {
    if (awaiting.has(t.taskId)) return { ...t, awaitingDate: true };
    counts[t.status]++;
    return t;
  });
  const tree = withoutTasks(base.tree, awaiting);
  return { ...base, tasks, tree, counts, percent: weightedAverage(tree), awaitingDate: [...awaiting] };
}

/** The roll-up without some leaves: a parent's percentage from the children left, a parent left with none dropped. */
function withoutTasks(nodes: readonly RollUpNode[], drop: ReadonlySet<string>): RollUpNode[] {
  return nodes.flatMap((node): RollUpNode[] => {
    if (node.children.length === 0) return drop.has(node.taskId) ? [] : [node];
    const children = withoutTasks(node.children, drop);
    return children.length === 0 ? [] : [{ ...node, children, percent: weightedAverage(children) }];
  });
}

export function periodTaskStatus(
  task: Task,
  entries: readonly PeriodEntry[],
  window: Window,
  year: number,
): PeriodTaskProgress {
  const p = taskStatus(task, entries, { year, window });
  return p.entry && awaitsCompletionDate(p.entry) ? { ...p, awaitingDate: true } : p;
}
