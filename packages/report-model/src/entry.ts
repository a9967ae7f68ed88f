import { ProgressEntrySchema, TASK_STATUSES } from "@kehoach/plan-model";
import { z } from "zod";

// A progress entry as the report generator keeps it: plan-model's ProgressEntry plus what a
// report period needs and plan-model does not carry (kept here rather than in plan-model, whose
// owner may adopt it later): the status the reporter stated, so a status that contradicts the
// dates can be flagged instead of silently recomputed, and where an entry came from.

export const PeriodEntrySchema = ProgressEntrySchema.extend({
  /** The status the reporter chose (done on time, overdue…); the report uses the one the dates give. */
  claimed: z.enum(TASK_STATUSES).optional(),
  /** Set when the entry was carried over from an earlier period: the id of the entry it copies. */
  carriedFrom: z.string().max(300).optional(),
});
export type PeriodEntry = z.infer<typeof PeriodEntrySchema>;
export type PeriodEntryInput = z.input<typeof PeriodEntrySchema>;

/** The entry a period's form edits for a task: one per task and period, so both sides of a return edit the same id. */
export function periodEntryId(taskId: string, periodKey: string): string {
  return `${taskId}@${periodKey}`;
}

/**
 * A task reported done without the day it was done: whether it was done on time cannot be told,
 * so the report asks for the day and counts the task nowhere until it is given. Never the entry's
 * own date, nor the window's cut-off, stands in for it: the person did not say either.
 */
export function awaitsCompletionDate(entry: Pick<PeriodEntry, "state" | "completedOn">): boolean {
  return entry.state === "done" && !entry.completedOn;
}

/** The state a stated status is stored as: plan-model owns what each status means. */
export { stateOfStatus } from "@kehoach/plan-model";

/** Entries as canonical text, so two copies of the same entry compare equal whatever their key order. */
export function canonicalEntry(entry: PeriodEntry): string {
  return JSON.stringify(sortKeys(dropEmpty(entry)));
}

function dropEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (v === undefined || v === "") continue;
      out[key] = dropEmpty(v);
    }
    return out;
  }
  return value;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function sameEntries(a: readonly PeriodEntry[], b: readonly PeriodEntry[]): boolean {
  if (a.length !== b.length) return false;
  const key = (list: readonly PeriodEntry[]) => list.map(canonicalEntry).sort().join("\n");
  return key(a) === key(b);
}
