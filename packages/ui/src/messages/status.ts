/** The five statuses of a task in a progress report. */
export type TaskStatus = "done-on-time" | "done-late" | "in-progress" | "overdue" | "not-started";

export const TASK_STATUSES: readonly TaskStatus[] = [
  "done-on-time",
  "done-late",
  "in-progress",
  "overdue",
  "not-started",
];
