import type { Plan, Task } from "../plan.js";
import type { PROGRESS_STATES, ProgressEntry } from "../schema/progress.js";
import { flattenTasks, isLeaf } from "../tasks.js";
import { occurrences } from "../time/occurrences.js";
import type { Window } from "./periods.js";

// The four states of the Government Office's task tracking, plus "not started" (plan-domain
// §3.1), judged at the end of a report period's data window, with a percentage that comes from
// the status unless the reporter states one, and a parent's percentage as the weighted average
// of its children's.

export const TASK_STATUSES = ["done_on_time", "done_late", "in_progress", "overdue", "not_started"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The status names of the Government Office's tracking, as a báo cáo and every screen write them. */
export const STATUS_LABELS: Record<TaskStatus, string> = {
  done_on_time: "Đã hoàn thành đúng hạn",
  done_late: "Đã hoàn thành quá hạn",
  in_progress: "Đang thực hiện trong hạn",
  overdue: "Đang thực hiện quá hạn",
  not_started: "Chưa thực hiện",
};

/** The same names for a screen shown in English; documents are always written in Vietnamese. */
export const STATUS_LABELS_EN: Record<TaskStatus, string> = {
  done_on_time: "Completed on time",
  done_late: "Completed late",
  in_progress: "In progress, on schedule",
  overdue: "In progress, overdue",
  not_started: "Not started",
};

/** The label of a status in a screen's language ("vi" unless it is "en"). */
export function statusLabel(status: TaskStatus, language: "vi" | "en" = "vi"): string {
  return (language === "en" ? STATUS_LABELS_EN : STATUS_LABELS)[status];
}

/** Finished, on time or not: the work needs nothing more, and counts as 100 %. */
export function isDoneStatus(status: TaskStatus): boolean {
  return status === "done_on_time" || status === "done_late";
}

/**
 * How a status weighs for whoever reads a progress table, from "nothing to do" to "act now".
 * Screens pick their colours and icons from it; the five values stay distinct so that each status
 * keeps its own look.
 */
export type StatusSeverity = "success" | "caution" | "info" | "danger" | "neutral";

export const STATUS_SEVERITY: Record<TaskStatus, StatusSeverity> = {
  done_on_time: "success",
  done_late: "caution",
  in_progress: "info",
  overdue: "danger",
  not_started: "neutral",
};

/** What a stated status records in a progress entry: done, in progress, or not started. */
export function stateOfStatus(status: TaskStatus): (typeof PROGRESS_STATES)[number] {
  if (isDoneStatus(status)) return "done";
  if (status === "not_started") return "not_started";
  return "in_progress";
}

export const DEFAULT_STATUS_PERCENT: Record<TaskStatus, number> = {
  done_on_time: 100,
  done_late: 100,
  in_progress: 50,
  overdue: 50,
  not_started: 0,
};

export interface TaskProgress {
  taskId: string;
  status: TaskStatus;
  percent: number;
  /** The due date the status was judged against; absent when the time names none. */
  due?: string | undefined;
  /** The entry the status comes from. */
  entry?: ProgressEntry | undefined;
}

export interface StatusOptions {
  year: number;
  window: Window;
  statusPercent?: Record<TaskStatus, number> | undefined;
}

/**
 * A task's status at the end of a window. Work that repeats (recurring, ongoing) is judged by
 * the entries of the window alone; one-off work by every entry up to the window's end. The due
 * date is that of the last occurrence already due, else of the next one.
 */
export function taskStatus(
  task: Task,
  entries: readonly ProgressEntry[],
  options: StatusOptions,
): TaskProgress {
  const percents = options.statusPercent ?? DEFAULT_STATUS_PERCENT;
  const { from, to } = options.window;
  const repeats = task.time.kind === "recurring" || task.time.kind === "ongoing";
  const relevant = entries
    .filter((e) => e.taskId === task.id && e.date <= to && (!repeats || e.date >= from))
    .sort((a, b) => a.date.localeCompare(b.date));
  const occs = occurrences(task.time, options.year);
  const passed = occs.filter((o) => o.due <= to).at(-1);
  const next = occs.find((o) => o.due > to);
  const due = (passed ?? next)?.due;
  const latest = relevant.at(-1);

  let status: TaskStatus;
  if (latest?.state === "done") {
    const completedOn = latest.completedOn ?? latest.date;
    status = due && completedOn > due ? "done_late" : "done_on_time";
  } else if (passed) {
    status = "overdue";
  } else {
    status = latest?.state === "in_progress" ? "in_progress" : "not_started";
  }
  const percent = isDoneStatus(status) ? 100 : (latest?.percent ?? percents[status]);
  return { taskId: task.id, status, percent, due, entry: latest };
}

export interface RollUpNode {
  taskId: string;
  number: string;
  title: string;
  weight: number;
  percent: number;
  status?: TaskStatus | undefined;
  children: RollUpNode[];
}

export interface PlanProgress {
  window: Window;
  tasks: TaskProgress[];
  tree: RollUpNode[];
  /** The plan's percentage: the weighted average of its top-level tasks. */
  percent: number;
  counts: Record<TaskStatus, number>;
}

/** Statuses of every task of the plan and the roll-up of their percentages. */
export function planProgress(
  plan: Plan,
  entries: readonly ProgressEntry[],
  options: StatusOptions,
): PlanProgress {
  const byTask = new Map<string, TaskProgress>();
  for (const node of flattenTasks(plan.tasks)) {
    if (isLeaf(node.task)) byTask.set(node.task.id, taskStatus(node.task, entries, options));
  }
  const build = (tasks: readonly Task[], prefix: string): RollUpNode[] =>
    tasks.map((task, i) => {
      const number = task.ref?.trim() || `${prefix}${i + 1}`;
      const children = build(task.children ?? [], `${number}.`);
      const own = byTask.get(task.id);
      return {
        taskId: task.id,
        number,
        title: task.title,
        weight: task.weight ?? 1,
        percent: children.length > 0 ? weightedAverage(children) : (own?.percent ?? 0),
        status: own?.status,
        children,
      };
    });
  const tree = build(plan.tasks, "").filter((n) => !(n.children.length === 0 && !byTask.has(n.taskId)));
  const counts = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
  for (const p of byTask.values()) counts[p.status]++;
  return {
    window: options.window,
    tasks: [...byTask.values()],
    tree,
    percent: weightedAverage(tree),
    counts,
  };
}

/** Σ weight × percent / Σ weight, rounded to one decimal; 0 for no weight at all. */
export function weightedAverage(nodes: readonly { weight: number; percent: number }[]): number {
  const total = nodes.reduce((sum, n) => sum + n.weight, 0);
  if (total === 0) return 0;
  return Math.round((nodes.reduce((sum, n) => sum + n.weight * n.percent, 0) / total) * 10) / 10;
}
