import type { Plan } from "../plan.js";
import { flattenTasks, isGroup } from "../tasks.js";
import { monthOf } from "../time/calendar.js";
import { occurrences } from "../time/occurrences.js";

// The plan year month by month: which tasks are under way in each month and which fall due.
// Tasks whose time says nothing about when (relative, unspecified) are listed apart.

export interface ScheduleEntry {
  taskId: string;
  number: string;
  title: string;
  /** ISO due dates falling in this month. */
  due: string[];
  /** Under way the whole month as standing work ("Thường xuyên"). */
  continuous: boolean;
}

export interface MonthSchedule {
  month: number;
  entries: ScheduleEntry[];
}

export interface PlanSchedule {
  year: number;
  months: MonthSchedule[];
  /** Tasks with no place in the calendar, and why: relative, conditional on nothing known, unspecified. */
  unscheduled: { taskId: string; number: string; title: string; reason: string }[];
}

export function planSchedule(plan: Plan, year = plan.planYear): PlanSchedule {
  const months: MonthSchedule[] = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, entries: [] }));
  const unscheduled: PlanSchedule["unscheduled"] = [];
  for (const node of flattenTasks(plan.tasks)) {
    if (isGroup(node.task)) continue;
    if (node.task.children?.length && node.task.time.kind === "unspecified") continue;
    const list = occurrences(node.task.time, year);
    if (list.length === 0) {
      unscheduled.push({
        taskId: node.task.id,
        number: node.number,
        title: node.task.title,
        reason: node.task.time.kind,
      });
      continue;
    }
    const byMonth = new Map<number, ScheduleEntry>();
    for (const o of list) {
      for (let m = monthOf(o.start); m <= monthOf(o.end); m++) {
        const entry = byMonth.get(m) ?? {
          taskId: node.task.id,
          number: node.number,
          title: node.task.title,
          due: [],
          continuous: false,
        };
        if (o.continuous) entry.continuous = true;
        if (monthOf(o.due) === m && !entry.due.includes(o.due) && !o.continuous) entry.due.push(o.due);
        byMonth.set(m, entry);
      }
    }
    for (const [m, entry] of byMonth) months[m - 1]?.entries.push(entry);
  }
  return { year, months, unscheduled };
}
