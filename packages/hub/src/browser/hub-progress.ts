import type { ReportPeriod } from "@kehoach/plan-model";
import { canonicalEntry, type PeriodEntry, parsePeriodKey, periodKey } from "@kehoach/report-model";
import { type PeriodDoc, periodDoc, progressDoc, readHubDoc } from "../docs.js";
import { type PlanRef, periodDocId, progressDocId, progressPrefix } from "../ids.js";
import type { PouchDoc } from "../sync/pouch.js";
import { type HubDocs, planRefOf, requirePlanRef } from "./hub-plans.js";

// The report generator's activity log of a plan, kept in the unit's hub database: one progress
// document per task and report period (progress:<unit>:<plan unit>:<plan>:<task>:<period>), so an
// agency of the unit entering its progress in its own browser and the office reviewing it write
// the same documents, and the province's roll-up receives them. The log reads and writes entries
// as before; which period an entry belongs to is the one its id names ("t01@2026-Q2", as the form
// and carry-over make them).
//
// On a plan the unit issued, the log also holds what the units it gives tasks to reported: the
// hub copies their progress on the plan into the issuer's database (hub:setup's jobs), and the
// copy brings it here. Those entries are theirs: shown with an id that names their unit
// ("t01@2026-Q2@xa-kim-lien", so they never take the place of the office's own entry of the
// period), never rewritten, removed or backed up as the unit's own.

/** The part of the report generator's store that holds the log (plan-store's ProgressLogSource). */
export interface ProgressLog {
  log(planId: string): Promise<PeriodEntry[]>;
  putEntry(planId: string, entry: PeriodEntry): Promise<void>;
  /** Replaces the plan's log: documents written or removed so that the log is exactly `entries`. */
  replaceLog(planId: string, entries: readonly PeriodEntry[]): Promise<void>;
  /** Every entry the unit wrote, with the id of the plan it is on (a backup). */
  allEntries(): Promise<{ planId: string; entry: PeriodEntry }[]>;
}

/**
 * The report period an entry is filed under: the period its id names (periodEntryId), else, for
 * an entry whose id names none (written by hand in a file), the single day it is dated.
 */
export function periodOfEntry(entry: PeriodEntry): ReportPeriod {
  const at = entry.id.lastIndexOf("@");
  if (at > 0 && entry.id.slice(0, at) === entry.taskId) {
    const period = parsePeriodKey(entry.id.slice(at + 1));
    if (period) return period;
  }
  return { kind: "adhoc", from: entry.date, to: entry.date };
}

interface LogDoc {
  doc: PouchDoc;
  entry: PeriodEntry | undefined;
}

async function logDocs(docs: HubDocs, ref: PlanRef): Promise<Map<string, LogDoc>> {
  const prefix = progressPrefix(docs.unit, ref);
  const all = await docs.db.allDocs({ startkey: prefix, endkey: `${prefix}\ufff0`, include_docs: true });
  const out = new Map<string, LogDoc>();
  for (const row of all.rows) {
    if (!row.doc) continue;
    const read = readHubDoc(row.doc);
    // A document this version cannot read is left as it is, never half-read nor overwritten blindly.
    out.set(row.id, {
      doc: row.doc,
      entry: read.ok && read.doc.type === "progress" ? read.doc.entry : undefined,
    });
  }
  return out;
}

/** The id another unit's entry has in the issuing unit's log: "t01@2026-Q2@xa-kim-lien". */
export function arrivedEntryId(entryId: string, unit: string): string {
  return `${entryId}@${unit}`;
}

const PROGRESS = "progress:";

/**
 * Other units' entries on one of the unit's own plans, by their id in the log. Ids start with the
 * writing unit, so the writers are walked one range at a time (one short read to find the next
 * writer, one for its entries on this plan) instead of reading every progress document.
 */
async function arrivedEntries(docs: HubDocs, ref: PlanRef): Promise<Map<string, PeriodEntry>> {
  const out = new Map<string, PeriodEntry>();
  if (ref.unit !== docs.unit) return out;
  const end = `${PROGRESS}\uffff`;
  let start = PROGRESS;
  for (;;) {
    const head = await docs.db.allDocs({ startkey: start, endkey: end, limit: 1 });
    const id = head.rows[0]?.id;
    if (!id) break;
    const writer = id.slice(PROGRESS.length).split(":")[0] ?? "";
    if (writer !== docs.unit && writer !== "") {
      const prefix = progressPrefix(writer, ref);
      const rows = await docs.db.allDocs({ startkey: prefix, endkey: `${prefix}\ufff0`, include_docs: true });
      for (const row of rows.rows) {
        const read = row.doc ? readHubDoc(row.doc) : undefined;
        if (read?.ok && read.doc.type === "progress" && read.doc.unit === writer) {
          out.set(arrivedEntryId(read.doc.entry.id, writer), read.doc.entry);
        }
      }
    }
    const next = `${PROGRESS}${writer}:\uffff`;
    start = next > id ? next : `${id}\u0000`;
  }
  return out;
}

function arrivedRefusal(id: string): Error {
  const unit = id.slice(id.lastIndexOf("@") + 1);
  return new Error(
    `Mục tiến độ “${id}” do đơn vị ${unit} báo cáo và chuyển về qua máy chủ tỉnh: chỉ ${unit} sửa được mục này. Tiến độ của đơn vị mình ghi vào mục của kỳ; chưa lưu thay đổi nào.`,
  );
}

/** Whether `entry` is, by its id, another unit's entry that arrived in this unit's log (one read). */
async function isArrived(docs: HubDocs, ref: PlanRef, entry: PeriodEntry): Promise<boolean> {
  const at = entry.id.lastIndexOf("@");
  const unit = entry.id.slice(at + 1);
  if (ref.unit !== docs.unit || at <= 0 || unit === docs.unit || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(unit)) {
    return false;
  }
  const original = { ...entry, id: entry.id.slice(0, at) };
  const id = progressDocId(unit, ref, entry.taskId, periodKey(periodOfEntry(original)));
  const doc = await docs.db.get(id).catch(() => undefined);
  const read = doc ? readHubDoc(doc) : undefined;
  return read?.ok === true && read.doc.type === "progress" && read.doc.entry.id === original.id;
}

const sameEntry = (a: PeriodEntry | undefined, b: PeriodEntry) =>
  !!a && canonicalEntry(a) === canonicalEntry(b);

export function hubProgressLog(docs: HubDocs): ProgressLog {
  const docFor = (ref: PlanRef, entry: PeriodEntry) =>
    progressDoc({ plan: ref, period: periodOfEntry(entry), entry }, { unit: docs.unit, by: docs.user });

  return {
    async log(planId) {
      const ref = await planRefOf(docs, planId);
      if (!ref) return [];
      const own = [...(await logDocs(docs, ref)).values()].flatMap((d) => (d.entry ? [d.entry] : []));
      const arrived = [...(await arrivedEntries(docs, ref))].map(([id, entry]) => ({ ...entry, id }));
      return [...own, ...arrived];
    },

    async putEntry(planId, entry) {
      const ref = await requirePlanRef(docs, planId);
      if (await isArrived(docs, ref, entry)) throw arrivedRefusal(entry.id);
      const doc = docFor(ref, entry);
      const existing = await docs.db.get(doc._id).catch(() => undefined);
      const current = existing ? readHubDoc(existing) : undefined;
      if (current?.ok && current.doc.type === "progress" && sameEntry(current.doc.entry, entry)) return;
      await docs.db.put({
        ...(doc as unknown as PouchDoc),
        ...(existing?._rev ? { _rev: existing._rev } : {}),
      });
    },

    async allEntries() {
      await docs.ready;
      const prefix = `progress:${docs.unit}:`;
      const all = await docs.db.allDocs({ startkey: prefix, endkey: `${prefix}\ufff0`, include_docs: true });
      return all.rows.flatMap((row) => {
        const read = row.doc ? readHubDoc(row.doc) : undefined;
        return read?.ok && read.doc.type === "progress"
          ? [{ planId: read.doc.plan.id, entry: read.doc.entry }]
          : [];
      });
    },

    async replaceLog(planId, entries) {
      const ref = await requirePlanRef(docs, planId);
      const current = await logDocs(docs, ref);
      const arrived = await arrivedEntries(docs, ref);
      const wanted = new Map<string, PouchDoc>();
      for (const entry of entries) {
        // Other units' entries come back in the log the page hands over: they stay theirs,
        // untouched; one changed here is refused whole rather than dropped without a word.
        const theirs = arrived.get(entry.id);
        if (theirs) {
          if (!sameEntry(theirs, { ...entry, id: theirs.id })) throw arrivedRefusal(entry.id);
          continue;
        }
        const doc = docFor(ref, entry) as unknown as PouchDoc;
        const clash = wanted.get(doc._id);
        if (clash) {
          throw new Error(
            `Không lưu được: hai mục tiến độ của nhiệm vụ “${entry.taskId}” cùng thuộc một kỳ (${String(doc.periodKey)}); mỗi nhiệm vụ chỉ có một mục cho mỗi kỳ.`,
          );
        }
        wanted.set(doc._id, doc);
      }
      const writes: PouchDoc[] = [];
      for (const [id, doc] of wanted) {
        const had = current.get(id);
        if (had && sameEntry(had.entry, doc.entry as PeriodEntry)) continue;
        writes.push({ ...doc, ...(had?.doc._rev ? { _rev: had.doc._rev } : {}) });
      }
      for (const [id, had] of current) {
        // Only readable entries the new log leaves out are removed; one this version cannot read stays.
        if (!wanted.has(id) && had.entry)
          writes.push({ _id: id, _rev: had.doc._rev as string, _deleted: true });
      }
      if (writes.length === 0) return;
      const results = await docs.db.bulkDocs(writes);
      const failed = results.filter((r) => "error" in r);
      if (failed.length > 0) {
        throw new Error(
          `Không lưu được ${failed.length}/${writes.length} mục tiến độ vào bản sao dữ liệu của đơn vị (${failed
            .map((f) => ("reason" in f && f.reason) || f.error)
            .join("; ")}); các mục còn lại đã lưu.`,
        );
      }
    },
  };
}

/** The unit's report for a period of a plan, as the province counts it: sent ("submitted") or not. */
export async function periodState(
  docs: HubDocs,
  planId: string,
  period: ReportPeriod,
): Promise<PeriodDoc | undefined> {
  const ref = await planRefOf(docs, planId);
  if (!ref) return undefined;
  const doc = await docs.db.get(periodDocId(docs.unit, ref, periodKey(period))).catch(() => undefined);
  const read = doc ? readHubDoc(doc) : undefined;
  return read?.ok && read.doc.type === "period" ? read.doc : undefined;
}

/** Marks the unit's report for the period as sent (or open again), for the province to count. */
export async function setPeriodState(
  docs: HubDocs,
  planId: string,
  period: ReportPeriod,
  status: PeriodDoc["status"],
  note?: string,
): Promise<PeriodDoc> {
  const ref = await requirePlanRef(docs, planId);
  const doc = periodDoc(
    { plan: ref, period, status, ...(note ? { note } : {}) },
    { unit: docs.unit, by: docs.user },
  );
  const existing = await docs.db.get(doc._id).catch(() => undefined);
  const result = await docs.db.put({
    ...(doc as unknown as PouchDoc),
    ...(existing?._rev ? { _rev: existing._rev } : {}),
  });
  return { ...doc, _rev: result.rev };
}
