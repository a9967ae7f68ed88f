import { archiveDoc } from "../docs.js";
import { parseDocId } from "../ids.js";
import type { PouchDatabase, PouchDoc } from "./pouch.js";

// Conflicts are rare (each document has one writer unit), but two devices of one unit can both
// edit the same entry offline. CouchDB then keeps every version and picks a winner
// deterministically; here the winner and the others are shown side by side, and resolving writes
// the chosen (or merged) content as the next revision, removes the other branches, and keeps
// every version that was not chosen as an archive document of the unit: nothing is lost.

export interface ConflictVersion {
  rev: string;
  doc: PouchDoc;
}

export interface HubConflict {
  id: string;
  /** The version CouchDB currently serves. */
  winner: ConflictVersion;
  /** The other versions, each in full. */
  others: ConflictVersion[];
}

export type ConflictChoice = { keep: string } | { merged: Record<string, unknown> };

export async function listConflicts(db: PouchDatabase): Promise<HubConflict[]> {
  const all = await db.allDocs({ include_docs: true, conflicts: true });
  const out: HubConflict[] = [];
  for (const row of all.rows) {
    const doc = row.doc;
    if (!doc?._conflicts?.length || row.id.startsWith("_design/")) continue;
    out.push(await readConflict(db, doc));
  }
  return out;
}

export async function countConflicts(db: PouchDatabase): Promise<number> {
  const all = await db.allDocs({ include_docs: true, conflicts: true });
  return all.rows.filter((r) => (r.doc?._conflicts?.length ?? 0) > 0 && !r.id.startsWith("_design/")).length;
}

async function readConflict(db: PouchDatabase, doc: PouchDoc): Promise<HubConflict> {
  const others = await Promise.all(
    (doc._conflicts ?? []).map(async (rev) => ({ rev, doc: body(await db.get(doc._id, { rev })) })),
  );
  return { id: doc._id, winner: { rev: doc._rev as string, doc: body(doc) }, others };
}

export async function resolveConflict(
  db: PouchDatabase,
  id: string,
  choice: ConflictChoice,
  who: { user: string; now?: Date },
): Promise<void> {
  const current = await db.get(id, { conflicts: true });
  const conflict = await readConflict(db, current);
  const versions = [conflict.winner, ...conflict.others];
  let content: Record<string, unknown>;
  let set: ConflictVersion[];
  if ("keep" in choice) {
    const kept = versions.find((v) => v.rev === choice.keep);
    if (!kept) throw new Error(`Không có phiên bản ${choice.keep} của tài liệu ${id}.`);
    content = kept.doc;
    set = versions.filter((v) => v !== kept);
  } else {
    content = choice.merged;
    set = versions;
  }
  const unit = parseDocId(id)?.unit;
  if (!unit) throw new Error(`Tài liệu ${id} không phải tài liệu của đơn vị trên máy chủ tỉnh.`);
  const now = who.now ?? new Date();
  const stamp = { unit, by: who.user, now };
  // The versions set aside are stored first: the branches are removed only once they are safe.
  await writeAll(
    db,
    id,
    set.map((v) => archiveDoc(id, v.rev, v.doc, stamp) as unknown as PouchDoc),
  );
  await writeAll(db, id, [
    { ...content, _id: id, _rev: conflict.winner.rev, updatedAt: now.toISOString(), updatedBy: who.user },
    ...conflict.others.map((v) => ({ _id: id, _rev: v.rev, _deleted: true })),
  ]);
}

async function writeAll(db: PouchDatabase, id: string, docs: PouchDoc[]): Promise<void> {
  const results = await db.bulkDocs(docs);
  const failed = results.filter((r) => "error" in r);
  if (failed.length > 0) {
    throw new Error(
      `Không giải quyết được xung đột của ${id}: ${failed.map((f) => ("reason" in f ? f.reason : f.error)).join("; ")}`,
    );
  }
}

function body(doc: PouchDoc): PouchDoc {
  const { _rev, _conflicts, _revisions, ...rest } = doc as PouchDoc & { _revisions?: unknown };
  return rest as PouchDoc;
}
