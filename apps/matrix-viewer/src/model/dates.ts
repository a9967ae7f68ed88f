import { formatShortDate } from "@kehoach/text-vi";
import type { WsTask } from "./workspace.js";

/** "30/9/2026" from an ISO date, padded the Nghị định 30 way (formatShortDate). */
export function isoToShortDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return formatShortDate({ year: year as number, month, day });
}

/** A task's first due date; for a recurring task, marked as the first period's (in the words given). */
export function dueText(task: WsTask, firstPeriod: (date: string) => string): string {
  if (!task.due) return "";
  const date = isoToShortDate(task.due);
  return task.time.kind === "recurring" ? firstPeriod(date) : date;
}
