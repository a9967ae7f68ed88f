import type { ReportPeriod } from "@kehoach/plan-model";
import { type PeriodEntry, PeriodEntrySchema } from "@kehoach/report-model";
import { progressDoc, readHubDoc } from "../docs.js";
import { parseDocId, progressPrefix } from "../ids.js";
import type { HubConflict } from "../sync/conflicts.js";
import type { HubSync } from "../sync/index.js";
import type { PouchDatabase, PouchDoc } from "../sync/pouch.js";
import { type HubDocs, planRefOf } from "./hub-plans.js";

// Two devices of one unit (the office and an agency of the commune, say) that edit the same
// progress entry while apart: the hub keeps both versions and the report generator shows them in
// the review it uses for returns, ours (the version the hub serves) beside theirs, field by field
// against the common past when this device still has it. The choice is written with the hub's
// resolveConflict, which first stores every version not kept as an archive document: nothing is lost.

export interface ProgressVersion {
  rev: string;
  entry: PeriodEntry;
  updatedAt?: string;
  updatedBy?: string;
}

export interface ProgressConflict {
  docId: string;
  taskId: string;
  period: ReportPeriod;
  /** The version the hub serves now. */
  winner: ProgressVersion;
  /** The version it stands against (the first other; a third device's comes after this one is resolved). */
  other: ProgressVersion;
  /** Both versions' last common version, when the device still keeps it. */
  base?: PeriodEntry;
}

function version(rev: string, doc: PouchDoc): ProgressVersion | undefined {
  const entry = PeriodEntrySchema.safeParse(doc.entry);
  if (!entry.success) return undefined;
  return {
    rev,
    entry: entry.data,
    ...(typeof doc.updatedAt === "string" ? { updatedAt: doc.updatedAt } : {}),
    ...(typeof doc.updatedBy === "string" ? { updatedBy: doc.updatedBy } : {}),
  };
}

/** The last revision both branches share, read back if the device has not compacted it away. */
async function commonPast(
  db: PouchDatabase,
  id: string,
  a: string,
  b: string,
): Promise<PeriodEntry | undefined> {
  try {
    const history = async (rev: string) => {
      const doc = (await db.get(id, { rev, revs: true })) as PouchDoc & {
        _revisions?: { start: number; ids: string[] };
      };
      const r = doc._revisions;
      return r ? r.ids.map((hash, i) => `${r.start - i}-${hash}`) : [];
    };
    const [ours, theirs] = await Promise.all([history(a), history(b)]);
    const shared = ours.find((rev) => rev !== a && theirs.includes(rev));
    if (!shared) return undefined;
    const past = await db.get(id, { rev: shared });
    const entry = PeriodEntrySchema.safeParse(past.entry);
    return entry.success ? entry.data : undefined;
  } catch {
    return undefined;
  }
}

function asProgressConflict(conflict: HubConflict): Omit<ProgressConflict, "base"> | undefined {
  const read = readHubDoc({ ...conflict.winner.doc, _id: conflict.id });
  if (!read.ok || read.doc.type !== "progress") return undefined;
  const winner = version(conflict.winner.rev, conflict.winner.doc);
  const first = conflict.others[0];
  const other = first ? version(first.rev, first.doc) : undefined;
  if (!winner || !other) return undefined;
  return { docId: conflict.id, taskId: read.doc.taskId, period: read.doc.period, winner, other };
}

/** The conflicts among this unit's progress on a plan. */
export async function progressConflicts(
  sync: Pick<HubSync, "conflicts">,
  docs: HubDocs,
  planId: string,
): Promise<ProgressConflict[]> {
  const ref = await planRefOf(docs, planId);
  if (!ref) return [];
  const prefix = progressPrefix(docs.unit, ref);
  const out: ProgressConflict[] = [];
  for (const conflict of await sync.conflicts()) {
    if (!conflict.id.startsWith(prefix)) continue;
    const found = asProgressConflict(conflict);
    if (!found) continue;
    const base = await commonPast(docs.db, conflict.id, found.winner.rev, found.other.rev);
    out.push({ ...found, ...(base ? { base } : {}) });
  }
  return out;
}

/** Keeps `entry` (one side, or a merge of both) as the progress of the conflicted document. */
export async function resolveProgressConflict(
  sync: Pick<HubSync, "resolveConflict">,
  docs: HubDocs,
  conflict: ProgressConflict,
  entry: PeriodEntry,
): Promise<void> {
  const parsed = parseDocId(conflict.docId);
  if (parsed?.type !== "progress" || entry.taskId !== conflict.taskId) {
    throw new Error(`Mục tiến độ được chọn không thuộc tài liệu ${conflict.docId}.`);
  }
  const { _id, ...body } = progressDoc(
    { plan: parsed.plan, period: conflict.period, entry },
    { unit: docs.unit, by: docs.user },
  ) as unknown as PouchDoc;
  if (_id !== conflict.docId)
    throw new Error(`Mục tiến độ được chọn không thuộc tài liệu ${conflict.docId}.`);
  await sync.resolveConflict(conflict.docId, { merged: body });
}
