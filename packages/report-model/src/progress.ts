import {
  type Plan,
  type PlanProgress,
  planProgress,
  type Task,
  type TaskProgress,
  taskStatus,
  type Window,
} from "@kehoach/plan-model";
import type { PeriodEntry } from "./entry.js";

// A period is a window over the plan's activity log. Statuses come from plan-model (judged at the
// window's end against each task's due date); these helpers pick the entries a window sees.

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

/** Statuses of every task at the end of the window, with the plan's weighted percentage. */
export function periodProgress(plan: Plan, entries: readonly PeriodEntry[], window: Window): PlanProgress {
  return planProgress(plan, entries, { year: plan.planYear, window });
}

export function periodTaskStatus(
  task: Task,
  entries: readonly PeriodEntry[],
  window: Window,
  year: number,
): TaskProgress {
  return taskStatus(task, entries, { year, window });
}
