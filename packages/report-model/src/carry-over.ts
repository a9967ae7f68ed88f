import type { Plan, Window } from "@kehoach/plan-model";
import { workNodes } from "./agencies.js";
import { type PeriodEntry, periodEntryId } from "./entry.js";
import { latestBefore, windowEntries } from "./progress.js";

// Work not finished by the end of the previous period carries over: the new period starts from
// its last state and percentage, so nobody retypes it, and the report says it was carried.
// Counts (indicators) and evidence never carry: they belong to the period they were done in.

export interface CarryItem {
  taskId: string;
  /** The entry the task was last reported with, before this window. */
  from: PeriodEntry;
}

/** Unfinished tasks that have no entry yet in this window. */
export function carryOverItems(plan: Plan, entries: readonly PeriodEntry[], window: Window): CarryItem[] {
  const before = latestBefore(entries, window);
  const reported = new Set(windowEntries(entries, window).map((e) => e.taskId));
  const out: CarryItem[] = [];
  for (const node of workNodes(plan)) {
    const last = before.get(node.task.id);
    if (!last || last.state === "done" || reported.has(node.task.id)) continue;
    out.push({ taskId: node.task.id, from: last });
  }
  return out;
}

/** The entries that carry the items into the period, dated the window's first day. */
export function carryOverEntries(
  items: readonly CarryItem[],
  periodKey: string,
  window: Window,
): PeriodEntry[] {
  return items.map(({ taskId, from }) => ({
    id: periodEntryId(taskId, periodKey),
    taskId,
    date: window.from,
    state: from.state,
    ...(from.percent !== undefined ? { percent: from.percent } : {}),
    result: from.result?.trim()
      ? `Chuyển từ kỳ trước: ${from.result.trim()}`
      : "Chuyển từ kỳ trước, tiếp tục thực hiện.",
    indicators: [],
    evidence: [],
    ...(from.reporter ? { reporter: from.reporter } : {}),
    carriedFrom: from.id,
  }));
}
