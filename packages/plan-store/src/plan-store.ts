import { type LoadProblem, type Plan, validatePlanData } from "@kehoach/plan-model";
import { type DBSchema, type IDBPDatabase, openDB } from "idb";

// One database per origin, shared by the plan builder, the matrix viewer and the report
// generator. Records keep the plan as plain JSON; every read goes through the plan schema, so a
// record written by an older or newer app version is migrated or refused, never half-read, and a
// record that cannot be read is left untouched for a newer version to open.

export const DEFAULT_DB_NAME = "kehoach-kit";

export interface StoredPlanRecord {
  id: string;
  /** The plan as JSON data (validated on every read). */
  plan: unknown;
  /** ISO time of the last save. */
  updatedAt: string;
  /** Incremented on every save: lets two tabs notice each other's writes. */
  revision: number;
}

export interface PlanSummary {
  id: string;
  /**
   * Set when the plan belongs to another unit and this store only shows it (a plan a province
   * hub delivered because it assigns tasks to this unit): the unit's name or code. Saving or
   * removing such a plan is refused.
   */
  readOnlyFrom?: string;
  title: string;
  planYear: number | undefined;
  updatedAt: string;
  revision: number;
  /** False when the stored data no longer passes validation (kept, but not opened). */
  readable: boolean;
}

export type ReadResult =
  | { ok: true; plan: Plan; updatedAt: string; revision: number }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "invalid"; problems: LoadProblem[] };

/** What became of an update: saved, or refused because the stored plan is gone or has moved on. */
export type UpdateResult =
  | { ok: true; revision: number; updatedAt: string }
  | { ok: false; reason: "missing" }
  /** Saved elsewhere (another tab, another app) since revision `ifRevision`: now at `revision`. */
  | { ok: false; reason: "conflict"; revision: number };

/** A readable plan as stored: the plan and the time of its last save. */
export interface StoredPlan {
  plan: Plan;
  updatedAt: string;
}

interface KeHoachDb extends DBSchema {
  plans: { key: string; value: StoredPlanRecord; indexes: { updatedAt: string } };
  meta: { key: string; value: unknown };
}

export interface PlanStore {
  list(): Promise<PlanSummary[]>;
  read(id: string): Promise<ReadResult>;
  /** Saves a plan that has passed validation; returns the new revision. */
  save(plan: Plan, now?: Date): Promise<{ revision: number; updatedAt: string }>;
  /**
   * Saves a new version of a stored plan only while it is still at `ifRevision`, the revision the
   * editor last read or wrote. The check and the write are one transaction: a plan deleted or
   * saved by another tab in between is never brought back or overwritten.
   */
  update(plan: Plan, ifRevision: number, now?: Date): Promise<UpdateResult>;
  remove(id: string): Promise<void>;
  /** Every readable plan with its save time, and the summaries of those this version cannot read. */
  readAll(): Promise<{ plans: StoredPlan[]; unreadable: PlanSummary[] }>;
  /**
   * Saves these plans in one transaction, each with the save time given (a restored plan keeps
   * the time it was last edited); every plan is validated first, and nothing is written unless all pass.
   */
  putAll(plans: readonly StoredPlan[]): Promise<void>;
  getMeta<T>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
  close(): void;
}

/** Opens the plans of the site when the browser's IndexedDB is not where they live. */
export type PlanStoreSource = () => Promise<PlanStore>;

let siteSource: PlanStoreSource | undefined;

/**
 * Where `openPlanStore()` (called without a name) finds the site's plans: the browser's IndexedDB
 * by default, or the source set here before the app first opens its store (a site connected to a
 * province hub keeps its plans in the hub's replicated database). Undefined goes back to
 * IndexedDB. The apps keep calling `openPlanStore()` either way; the choice is made once, at the
 * page's start, by the code that knows about the hub.
 */
export function setPlanStoreSource(source: PlanStoreSource | undefined): void {
  siteSource = source;
}

/** The site's plans (the source set with setPlanStoreSource, else IndexedDB), or the IndexedDB database `name`. */
export async function openPlanStore(name?: string): Promise<PlanStore> {
  if (name === undefined && siteSource) return siteSource();
  const db = await openDB<KeHoachDb>(name ?? DEFAULT_DB_NAME, 1, {
    upgrade(database) {
      const plans = database.createObjectStore("plans", { keyPath: "id" });
      plans.createIndex("updatedAt", "updatedAt");
      database.createObjectStore("meta");
    },
  });
  return createStore(db);
}

/** The plan as it is stored, once it has passed validation; a plan that fails is never written. */
function storable(plan: Plan): Plan {
  const checked = validatePlanData(plan);
  if (checked.ok) return checked.plan;
  const first = checked.problems[0];
  throw new Error(`Không lưu kế hoạch không hợp lệ: ${first?.where}: ${first?.message}`);
}

function createStore(db: IDBPDatabase<KeHoachDb>): PlanStore {
  return {
    async list() {
      const records = await db.getAllFromIndex("plans", "updatedAt");
      return records.reverse().map(summarise);
    },

    async read(id) {
      const record = await db.get("plans", id);
      if (!record) return { ok: false, reason: "missing" };
      const result = validatePlanData(record.plan);
      if (!result.ok) return { ok: false, reason: "invalid", problems: result.problems };
      return { ok: true, plan: result.plan, updatedAt: record.updatedAt, revision: record.revision };
    },

    async save(plan, now = new Date()) {
      const valid = storable(plan);
      const tx = db.transaction("plans", "readwrite");
      const previous = await tx.store.get(plan.id);
      const record: StoredPlanRecord = {
        id: plan.id,
        plan: valid,
        updatedAt: now.toISOString(),
        revision: (previous?.revision ?? 0) + 1,
      };
      await tx.store.put(record);
      await tx.done;
      return { revision: record.revision, updatedAt: record.updatedAt };
    },

    async update(plan, ifRevision, now = new Date()) {
      const valid = storable(plan);
      const tx = db.transaction("plans", "readwrite");
      const previous = await tx.store.get(plan.id);
      if (!previous || previous.revision !== ifRevision) {
        await tx.done;
        return previous
          ? { ok: false, reason: "conflict", revision: previous.revision }
          : { ok: false, reason: "missing" };
      }
      const record: StoredPlanRecord = {
        id: plan.id,
        plan: valid,
        updatedAt: now.toISOString(),
        revision: previous.revision + 1,
      };
      await tx.store.put(record);
      await tx.done;
      return { ok: true, revision: record.revision, updatedAt: record.updatedAt };
    },

    async remove(id) {
      await db.delete("plans", id);
    },

    async readAll() {
      const records = await db.getAllFromIndex("plans", "updatedAt");
      const plans: StoredPlan[] = [];
      const unreadable: PlanSummary[] = [];
      for (const record of records.reverse()) {
        const result = validatePlanData(record.plan);
        if (result.ok) plans.push({ plan: result.plan, updatedAt: record.updatedAt });
        else unreadable.push(summarise(record));
      }
      return { plans, unreadable };
    },

    async putAll(plans) {
      const checked = plans.map(({ plan, updatedAt }) => ({ plan: storable(plan), updatedAt }));
      const tx = db.transaction("plans", "readwrite");
      const writes = checked.map(async ({ plan, updatedAt }) => {
        const previous = await tx.store.get(plan.id);
        try {
          await tx.store.put({ id: plan.id, plan, updatedAt, revision: (previous?.revision ?? 0) + 1 });
        } catch (error) {
          // A put that throws at once does not end the transaction: abort, so no plan is kept.
          tx.abort();
          throw error;
        }
      });
      await Promise.all([...writes, tx.done]);
    },

    async getMeta<T>(key: string) {
      return (await db.get("meta", key)) as T | undefined;
    },

    async setMeta(key, value) {
      await db.put("meta", value, key);
    },

    close() {
      db.close();
    },
  };
}

function summarise(record: StoredPlanRecord): PlanSummary {
  const result = validatePlanData(record.plan);
  const raw = record.plan as { title?: unknown; planYear?: unknown } | null;
  return {
    id: record.id,
    title: result.ok ? result.plan.title : typeof raw?.title === "string" ? raw.title : "(không đọc được)",
    planYear: result.ok ? result.plan.planYear : undefined,
    updatedAt: record.updatedAt,
    revision: record.revision,
    readable: result.ok,
  };
}
