import type { Window } from "@kehoach/plan-model";
import { groupByTask } from "./contradictions.js";
import { canonicalEntry, type PeriodEntry, sameEntries } from "./entry.js";
import { inWindow } from "./progress.js";

// Merging what comes back from an agency into the office's log, for the window of the period,
// entry by entry and field by field. An entry is known by its task and its id together. Each field
// is compared three ways: what the office had when the return was issued or last imported (base),
// what the office has now (ours) and what the agency sent (theirs).
//
//   theirs = ours            nothing to do
//   theirs = base            the agency did not change it: ours stands
//   ours = base (or none)    only the agency changed it: theirs is taken
//   otherwise                both changed the same field to different values: a conflict,
//                            shown side by side for a person to decide
//
// So an agency that corrects its result while the office edited the percentage merges without a
// question, and a corrected return sent again is compared with what the office took the first
// time. Nothing is overwritten without one of the first three rules or a person's decision, and
// the whole merge is applied at once or not at all.

export type TaskMergeKind = "same" | "kept" | "update" | "conflict";

/** One entry both sides changed, and the fields they disagree on. */
export interface EntryConflict {
  entryId: string;
  fields: string[];
}

export interface TaskMerge {
  taskId: string;
  kind: TaskMergeKind;
  ours: PeriodEntry[];
  theirs: PeriodEntry[];
  base: PeriodEntry[] | undefined;
  /** The task's entries after the merge, conflicts resolved in the office's favour. */
  merged: PeriodEntry[];
  /** The task's entries after the merge, conflicts resolved in the agency's favour. */
  mergedTheirs: PeriodEntry[];
  conflicts: EntryConflict[];
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
  /** The common past; absent for a file with no common past (then ours must be empty to take theirs). */
  base?: readonly PeriodEntry[] | undefined;
}

type Fields = Record<string, unknown>;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function sameEntry(a: PeriodEntry | undefined, b: PeriodEntry | undefined): boolean {
  if (!a || !b) return a === b;
  return canonicalEntry(a) === canonicalEntry(b);
}

type EntryOutcome =
  | { kind: "same" | "kept"; value: PeriodEntry | undefined }
  | { kind: "update"; value: PeriodEntry | undefined }
  | { kind: "conflict"; ours: PeriodEntry | undefined; theirs: PeriodEntry | undefined; fields: string[] };
// For a conflict, `ours` and `theirs` are the entry merged field by field, the disputed fields
// taken from that side.

/** One entry, three ways; fields merged where only one side changed them. */
function mergeEntry(
  o: PeriodEntry | undefined,
  t: PeriodEntry | undefined,
  b: PeriodEntry | undefined,
  hasBase: boolean,
): EntryOutcome {
  if (sameEntry(o, t)) return { kind: "same", value: o };
  if (hasBase && sameEntry(t, b)) return { kind: "kept", value: o };
  if ((hasBase && sameEntry(o, b)) || (!hasBase && o === undefined)) return { kind: "update", value: t };
  if (!o || !t || !b) {
    // Added on both sides with different content, or removed on one side and changed on the other.
    return { kind: "conflict", ours: o, theirs: t, fields: ["*"] };
  }
  const ov = o as unknown as Fields;
  const tv = t as unknown as Fields;
  const bv = b as unknown as Fields;
  const keys = [...new Set([...Object.keys(ov), ...Object.keys(tv), ...Object.keys(bv)])];
  const merged: Fields = {};
  const fields: string[] = [];
  for (const key of keys) {
    if (same(tv[key], bv[key]) || same(tv[key], ov[key])) merged[key] = ov[key];
    else if (same(ov[key], bv[key])) merged[key] = tv[key];
    else fields.push(key);
  }
  const entryOf = (side: Fields): PeriodEntry => {
    const out: Fields = { ...merged };
    for (const key of fields) out[key] = side[key];
    for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
    return out as unknown as PeriodEntry;
  };
  if (fields.length > 0) return { kind: "conflict", ours: entryOf(ov), theirs: entryOf(tv), fields };
  return { kind: "update", value: entryOf(ov) };
}

const RANK: Record<TaskMergeKind, number> = { same: 0, kept: 1, update: 2, conflict: 3 };

export function planMerge({ window, taskIds, ours, theirs, base }: MergeInput): MergePlan {
  // Grouped once by task, so a return of many tasks merges in time linear in the entries.
  const group = (list: readonly PeriodEntry[]) => groupByTask(list.filter((e) => inWindow(e, window)));
  const [o$, t$, b$] = [group(ours), group(theirs), base ? group(base) : undefined];
  const tasks = taskIds.map((taskId): TaskMerge => {
    const o = o$.get(taskId) ?? [];
    const t = t$.get(taskId) ?? [];
    const b = b$ ? (b$.get(taskId) ?? []) : undefined;
    const byId = (list: readonly PeriodEntry[]) => new Map(list.map((e) => [e.id, e]));
    const [om, tm, bm] = [byId(o), byId(t), byId(b ?? [])];
    const ids = [...new Set([...om.keys(), ...tm.keys(), ...bm.keys()])];
    let kind: TaskMergeKind = "same";
    const merged: PeriodEntry[] = [];
    const mergedTheirs: PeriodEntry[] = [];
    const conflicts: EntryConflict[] = [];
    for (const id of ids) {
      const outcome = mergeEntry(om.get(id), tm.get(id), bm.get(id), b !== undefined);
      if (RANK[outcome.kind] > RANK[kind]) kind = outcome.kind;
      if (outcome.kind === "conflict") {
        conflicts.push({ entryId: id, fields: outcome.fields });
        if (outcome.ours) merged.push(outcome.ours);
        if (outcome.theirs) mergedTheirs.push(outcome.theirs);
      } else if (outcome.value) {
        merged.push(outcome.value);
        mergedTheirs.push(outcome.value);
      }
    }
    return { taskId, kind, ours: o, theirs: t, base: b, merged, mergedTheirs, conflicts };
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
  | { ok: true; log: PeriodEntry[]; changedTasks: string[]; taken: PeriodEntry[] }
  | { ok: false; undecided: string[] };

/**
 * The log after the merge. Every conflict needs a decision; if one is missing nothing is applied.
 * A task's entries of the window are replaced by its merged entries; nothing of another task is
 * touched, whatever ids the incoming entries carry. `taken` is what the return now counts as
 * imported (the base of its next import).
 */
export function applyMerge(
  log: readonly PeriodEntry[],
  plan: MergePlan,
  decisions: Readonly<Record<string, Decision | undefined>>,
): MergeResult {
  const undecided = plan.conflicts.filter((c) => !decisions[c.taskId]).map((c) => c.taskId);
  if (undecided.length > 0) return { ok: false, undecided };
  // A conflict decided for the office still takes the agency's changes to the other fields.
  const changing = plan.tasks.filter((t) => t.kind === "update" || t.kind === "conflict");
  const chosen = new Map(
    changing.map((t) => [t.taskId, decisions[t.taskId] === "theirs" ? t.mergedTheirs : t.merged]),
  );
  const replaced = new Set(changing.map((t) => t.taskId));
  const kept = log.filter((e) => !(replaced.has(e.taskId) && inWindow(e, plan.window)));
  const final = [...kept, ...[...chosen.values()].flat()];
  const spoken = new Set(plan.tasks.map((t) => t.taskId));
  const taken = final.filter((e) => spoken.has(e.taskId) && inWindow(e, plan.window));
  const changed = changing
    .filter((t) => !sameEntries(chosen.get(t.taskId) ?? [], t.ours))
    .map((t) => t.taskId);
  return { ok: true, log: final, changedTasks: changed, taken };
}
