import { planSchedule } from "@kehoach/plan-model";
import type { Workspace, WsTask } from "./workspace.js";

// The plan year month by month, from the plan model's schedule: a task under way through a
// month ("Thường xuyên"), due in it (with the dates), or recurring there ("Hằng tháng" marks every
// month, "Hằng quý" the last month of each quarter). Tasks the calendar cannot place are listed
// apart with the reason.

export interface MonthMark {
  continuous: boolean;
  /** ISO due dates in the month. */
  due: string[];
}

export interface TimelineRow {
  task: WsTask;
  year: number;
  /** Index 0 = January. */
  months: (MonthMark | null)[];
}

/** Why a task has no month: its time follows another document or task, waits on a condition, or is not given. */
export type UnscheduledReason = "relative" | "conditional" | "unspecified";

export interface Timeline {
  rows: TimelineRow[];
  /** Tasks with no month, and why (the screen words the reason in its language). */
  unscheduled: { task: WsTask; reason: UnscheduledReason }[];
  years: number[];
}

function unscheduledReason(kind: string | undefined): UnscheduledReason {
  return kind === "relative" || kind === "conditional" ? kind : "unspecified";
}

export function buildTimeline(ws: Workspace, shown: readonly WsTask[]): Timeline {
  const byKey = new Map<string, { year: number; months: (MonthMark | null)[] }>();
  const reasons = new Map<string, string>();
  ws.plans.forEach(({ plan }, planIndex) => {
    const schedule = planSchedule(plan);
    for (const month of schedule.months) {
      for (const entry of month.entries) {
        const key = `${planIndex}:${entry.taskId}`;
        const row = byKey.get(key) ?? { year: schedule.year, months: Array(12).fill(null) };
        row.months[month.month - 1] = { continuous: entry.continuous, due: entry.due };
        byKey.set(key, row);
      }
    }
    for (const u of schedule.unscheduled) reasons.set(`${planIndex}:${u.taskId}`, u.reason);
  });
  const rows: TimelineRow[] = [];
  const unscheduled: Timeline["unscheduled"] = [];
  for (const task of shown) {
    const row = byKey.get(task.key);
    if (row) rows.push({ task, year: row.year, months: row.months });
    else unscheduled.push({ task, reason: unscheduledReason(reasons.get(task.key)) });
  }
  return { rows, unscheduled, years: [...new Set(ws.plans.map((p) => p.plan.planYear))].sort() };
}
