import type { Window } from "@kehoach/plan-model";
import { groupByTask } from "./contradictions.js";
import { type PeriodEntry, sameEntries } from "./entry.js";
import { inWindow } from "./progress.js";

// Merging what comes back from an agency into the office's log, task by task, for the window of
// the period. A task's entries are compared three ways: what the office had when it issued the
// return (base), what the office has now (ours) and what the agency sent (theirs).
//
//   theirs = ours            nothing to do
//   theirs = base            the agency changed nothing: ours stands
//   ours = base (or none)    only the agency changed it: theirs is taken
//   otherwise                both changed it: a conflict, shown side by side for a person to decide
//
// Nothing is overwritten without one of the first three rules or a person's decision, and the
// whole merge is applied at once or not at all.

export type TaskMergeKind = "same" | "kept" | "update" | "conflict";

export interface TaskMerge {
  taskId: string;
  kind: TaskMergeKind;
  ours: PeriodEntry[];
  theirs: PeriodEntry[];
  base: PeriodEntry[] | undefined;
}

export interface MergePlan {
  window: Window;
  tasks: TaskMerge[];
  updates: TaskMerge[];
  conflicts: TaskMerge[];
}

export interface MergeInput {
  window: Window;
  /** The tasks the incoming file speaks for. */
  taskIds: readonly string[];
  /** The office's whole log. */
  ours: readonly PeriodEntry[];
  /** The incoming entries (those outside the window are ignored). */
  theirs: readonly PeriodEntry[];
  /** The office's entries at the time the file was issued; absent for a file with no common past. */
  base?: readonly PeriodEntry[] | undefined;
}

export function planMerge({ window, taskIds, ours, theirs, base }: MergeInput): MergePlan {
  // Grouped once by task, so a return of many tasks merges in time linear in the entries.
  const group = (list: readonly PeriodEntry[]) => groupByTask(list.filter((e) => inWindow(e, window)));
  const [o$, t$, b$] = [group(ours), group(theirs), base ? group(base) : undefined];
  const tasks = taskIds.map((taskId): TaskMerge => {
    const o = o$.get(taskId) ?? [];
    const t = t$.get(taskId) ?? [];
    const b = b$ ? (b$.get(taskId) ?? []) : undefined;
    let kind: TaskMergeKind;
    if (sameEntries(o, t)) kind = "same";
    else if (b && sameEntries(t, b)) kind = "kept";
    else if ((b && sameEntries(o, b)) || (!b && o.length === 0)) kind = "update";
    else kind = "conflict";
    return { taskId, kind, ours: o, theirs: t, base: b };
  });
  return {
    window,
    tasks,
    updates: tasks.filter((t) => t.kind === "update"),
    conflicts: tasks.filter((t) => t.kind === "conflict"),
  };
}

/** For a conflict: keep the office's figures, or take the agency's. */
export type Decision = "ours" | "theirs";

export type MergeResult =
  | { ok: true; log: PeriodEntry[]; changedTasks: string[] }
  | { ok: false; undecided: string[] };

/**
 * The log after the merge. Every conflict needs a decision; if one is missing nothing is applied.
 * Taking "theirs" for a task replaces the task's entries of the window with the agency's.
 */
export function applyMerge(
  log: readonly PeriodEntry[],
  plan: MergePlan,
  decisions: Readonly<Record<string, Decision | undefined>>,
): MergeResult {
  const undecided = plan.conflicts.filter((c) => !decisions[c.taskId]).map((c) => c.taskId);
  if (undecided.length > 0) return { ok: false, undecided };
  const taking = plan.tasks.filter(
    (t) => t.kind === "update" || (t.kind === "conflict" && decisions[t.taskId] === "theirs"),
  );
  const replaced = new Set(taking.map((t) => t.taskId));
  const incoming = taking.flatMap((t) => t.theirs);
  const incomingIds = new Set(incoming.map((e) => e.id));
  const kept = log.filter(
    (e) => !(replaced.has(e.taskId) && inWindow(e, plan.window)) && !incomingIds.has(e.id),
  );
  return { ok: true, log: [...kept, ...incoming], changedTasks: [...replaced] };
}
