import { type LoadProblem, type Plan, planStatus, validatePlanData } from "@kehoach/plan-model";
import type { PlanStore, PlanSummary, ReadResult, StoredPlan } from "@kehoach/plan-store";
import { en } from "@kehoach/text-vi";
import { type PlanDoc, planDoc, readHubDoc } from "../docs.js";
import { type PlanRef, parseDocId, planDocId } from "../ids.js";
import type { PouchDatabase, PouchDoc } from "../sync/pouch.js";

// The plan store of plan-store's contract, kept in the local copy of a unit's hub database
// instead of the browser's own IndexedDB: the apps read and save plans as before, and the copy
// replicates with the hub. A plan is the document plan:<unit>:<id>, written with planDoc, so it is
// checked by plan-model's schema and marked "issued" once it carries a number and a date (the hub
// then delivers it to the units it assigns tasks to). Plans other units issued to this unit are
// listed too, read-only. The save counter the editor compares is the document's revision number,
// which a save made on another device of the unit also moves on.

/** The open local copy, its unit, and who writes. */
export interface HubDocs {
  db: PouchDatabase;
  unit: string;
  user: string;
  /**
   * Settles once the copy has caught up with the hub for the first time (or cannot: offline,
   * signed out): a list read before would show a unit with no plans on a new device.
   */
  ready?: Promise<unknown>;
}

const META_PREFIX = "_local/kehoach-meta:";
const PLAN_RANGE = { startkey: "plan:", endkey: "plan:\ufff0" };

/** The revision's number: "7-a1b2…" → 7. */
export function revisionNumber(rev: string | undefined): number {
  const n = Number.parseInt(rev ?? "", 10);
  return Number.isFinite(n) ? n : 0;
}

interface PlanRow {
  id: string;
  ref: PlanRef;
  doc: PouchDoc;
}

async function planRows(db: PouchDatabase): Promise<PlanRow[]> {
  const all = await db.allDocs({ ...PLAN_RANGE, include_docs: true });
  const rows: PlanRow[] = [];
  for (const row of all.rows) {
    const parsed = parseDocId(row.id);
    if (parsed?.type !== "plan" || !row.doc) continue;
    rows.push({ id: row.id, ref: { unit: parsed.unit, id: parsed.planId }, doc: row.doc });
  }
  return rows;
}

/**
 * The plans this unit sees, one per plan id: its own, and those other units delivered. A
 * delivered plan whose id one of the unit's own plans also has is hidden behind the unit's own
 * (plan ids are only unique within a unit; generated ids never meet).
 */
async function visiblePlans(docs: HubDocs): Promise<Map<string, PlanRow>> {
  await docs.ready;
  const byId = new Map<string, PlanRow>();
  for (const row of await planRows(docs.db)) {
    const seen = byId.get(row.ref.id);
    if (!seen || (seen.ref.unit !== docs.unit && row.ref.unit === docs.unit)) byId.set(row.ref.id, row);
  }
  return byId;
}

/**
 * The hub's name of the plan a page has open by its id: the unit's own, else the one delivered to
 * it; undefined when the local copy has no such plan (progress is then never filed under a guess).
 */
export async function planRefOf(docs: HubDocs, planId: string): Promise<PlanRef | undefined> {
  const own = await docs.db.get(planDocId(docs.unit, planId)).catch(() => undefined);
  if (own && !own._deleted) return { unit: docs.unit, id: planId };
  return (await visiblePlans(docs)).get(planId)?.ref;
}

/** planRefOf, or an error that says the plan is not in the unit's data on this device. */
export async function requirePlanRef(docs: HubDocs, planId: string): Promise<PlanRef> {
  const ref = await planRefOf(docs, planId);
  if (!ref) {
    throw new Error(
      `Kế hoạch “${planId}” không có trong dữ liệu của đơn vị trên máy này (chưa đồng bộ về, hoặc đã bị xóa): chưa lưu được tiến độ của nó.`,
    );
  }
  return ref;
}

function summarise(row: PlanRow, unit: string): PlanSummary {
  const read = readHubDoc(row.doc);
  const raw = row.doc.plan as { title?: unknown } | undefined;
  const plan = read.ok && read.doc.type === "plan" ? read.doc.plan : undefined;
  return {
    id: row.ref.id,
    ...(row.ref.unit !== unit ? { readOnlyFrom: row.ref.unit } : {}),
    title: plan ? plan.title : typeof raw?.title === "string" ? raw.title : "(không đọc được)",
    planYear: plan?.planYear,
    updatedAt: typeof row.doc.updatedAt === "string" ? row.doc.updatedAt : "",
    revision: revisionNumber(row.doc._rev),
    readable: plan !== undefined,
  };
}

function readRow(row: PlanRow): ReadResult {
  const read = readHubDoc(row.doc);
  if (!read.ok || read.doc.type !== "plan") {
    const problems = read.ok ? ["không phải kế hoạch"] : read.problems;
    // The plan's own problems keep plan-model's wording; the hub's say where they are.
    const checked = validatePlanData(row.doc.plan);
    return {
      ok: false,
      reason: "invalid",
      problems: checked.ok ? problems.map((message) => hubProblem(message)) : checked.problems,
    };
  }
  return {
    ok: true,
    plan: read.doc.plan,
    updatedAt: read.doc.updatedAt,
    revision: revisionNumber(row.doc._rev),
  };
}

function readOnlyError(plan: { title?: string; id: string }, owner: string): Error {
  return new Error(
    `Kế hoạch “${plan.title ?? plan.id}” do đơn vị ${owner} ban hành và giao nhiệm vụ cho đơn vị này: ở đây chỉ xem và báo cáo, không sửa được. Muốn dùng làm kế hoạch của đơn vị, hãy tạo bản sao.`,
  );
}

/** A PlanStore on the unit's local copy of its hub database. */
export function hubPlanStore(docs: HubDocs): PlanStore {
  const { db, unit } = docs;

  const write = async (plan: Plan, now: Date) => {
    const id = planDocId(unit, plan.id);
    const existing = await db.get(id).catch(() => undefined);
    if (!existing) {
      const other = (await visiblePlans(docs)).get(plan.id);
      if (other && other.ref.unit !== unit) throw readOnlyError(plan, other.ref.unit);
    }
    const doc: PlanDoc = planDoc(plan, planStatus(plan), { unit, by: docs.user, now });
    const result = await db.put({
      ...(doc as unknown as PouchDoc),
      ...(existing?._rev ? { _rev: existing._rev } : {}),
    });
    return { revision: revisionNumber(result.rev), updatedAt: doc.updatedAt };
  };

  return {
    async list() {
      const rows = [...(await visiblePlans(docs)).values()];
      return rows.map((row) => summarise(row, unit)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },

    async read(id) {
      const row = (await visiblePlans(docs)).get(id);
      return row ? readRow(row) : { ok: false, reason: "missing" };
    },

    async save(plan, now = new Date()) {
      try {
        return await write(plan, now);
      } catch (error) {
        if ((error as { status?: number }).status === 409) {
          throw new Error(
            `Kế hoạch “${plan.title}” vừa được lưu ở nơi khác (thẻ khác hoặc máy khác của đơn vị) nên chưa lưu được: hãy mở lại kế hoạch để xem bản mới nhất.`,
          );
        }
        throw error;
      }
    },

    async update(plan, ifRevision, now = new Date()) {
      const existing = await db.get(planDocId(unit, plan.id)).catch(() => undefined);
      if (!existing) {
        const other = (await visiblePlans(docs)).get(plan.id);
        if (other && other.ref.unit !== unit) throw readOnlyError(plan, other.ref.unit);
        return { ok: false, reason: "missing" };
      }
      const stored = revisionNumber(existing._rev);
      if (stored !== ifRevision) return { ok: false, reason: "conflict", revision: stored };
      const doc: PlanDoc = planDoc(plan, planStatus(plan), { unit, by: docs.user, now });
      try {
        // Written over exactly the revision read: the engine refuses (409) if another tab or a
        // replication wrote in between, and that is a conflict, not a failure.
        const result = await db.put({ ...(doc as unknown as PouchDoc), _rev: existing._rev });
        return { ok: true, revision: revisionNumber(result.rev), updatedAt: doc.updatedAt };
      } catch (error) {
        if ((error as { status?: number }).status !== 409) throw error;
        const latest = await db.get(existing._id).catch(() => undefined);
        return latest
          ? { ok: false, reason: "conflict", revision: revisionNumber(latest._rev) }
          : { ok: false, reason: "missing" };
      }
    },

    async remove(id) {
      const own = await db.get(planDocId(unit, id)).catch(() => undefined);
      if (own) {
        await db.put({ _id: own._id, _rev: own._rev, _deleted: true });
        return;
      }
      const other = (await visiblePlans(docs)).get(id);
      if (other) throw readOnlyError({ id }, other.ref.unit);
    },

    async readAll() {
      const plans: StoredPlan[] = [];
      const unreadable: PlanSummary[] = [];
      for (const row of (await visiblePlans(docs)).values()) {
        const read = readRow(row);
        if (read.ok) plans.push({ plan: read.plan, updatedAt: read.updatedAt });
        else unreadable.push(summarise(row, unit));
      }
      plans.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { plans, unreadable };
    },

    async putAll(plans) {
      // Every plan is checked before any is written, as the IndexedDB store does; a plan of
      // another unit among them refuses the whole restore.
      const visible = await visiblePlans(docs);
      const docsToWrite: PouchDoc[] = [];
      for (const { plan, updatedAt } of plans) {
        const other = visible.get(plan.id);
        if (other && other.ref.unit !== unit) throw readOnlyError(plan, other.ref.unit);
        const doc = planDoc(plan, planStatus(plan), { unit, by: docs.user, now: new Date(updatedAt) });
        const existing = await db.get(doc._id).catch(() => undefined);
        docsToWrite.push({
          ...(doc as unknown as PouchDoc),
          ...(existing?._rev ? { _rev: existing._rev } : {}),
        });
      }
      const results = await db.bulkDocs(docsToWrite);
      const failed = results.filter((r) => "error" in r);
      if (failed.length > 0) {
        throw new Error(
          `Không lưu được ${failed.length} kế hoạch vào bản sao dữ liệu của đơn vị: ${failed.map((f) => ("reason" in f && f.reason) || f.error).join("; ")}`,
        );
      }
    },

    async getMeta<T>(key: string) {
      // Settings of this device (the plan last opened…) stay on it: _local documents never replicate.
      const doc = await db.get(`${META_PREFIX}${key}`).catch(() => undefined);
      return doc?.value as T | undefined;
    },

    async setMeta(key, value) {
      const id = `${META_PREFIX}${key}`;
      for (let attempt = 0; attempt < 3; attempt++) {
        const existing = await db.get(id).catch(() => undefined);
        try {
          await db.put({ _id: id, ...(existing?._rev ? { _rev: existing._rev } : {}), value });
          return;
        } catch (error) {
          if ((error as { status?: number }).status !== 409) throw error;
        }
      }
    },

    close() {
      // The local copy belongs to the page's hub connection, which outlives any one store.
    },
  };
}

/** A problem of the hub's document, which the hub words in Vietnamese only: quoted as such in English. */
function hubProblem(message: string): LoadProblem {
  const english = en`The document on the provincial server cannot be read (in Vietnamese: ${message}).`;
  return {
    path: "",
    where: "Tài liệu trên máy chủ tỉnh",
    whereEn: "Document on the provincial server",
    message,
    messageEn: english.text,
    quotes: [...english.quotes],
  };
}
