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

interface KeHoachDb extends DBSchema {
  plans: { key: string; value: StoredPlanRecord; indexes: { updatedAt: string } };
  meta: { key: string; value: unknown };
}

export interface PlanStore {
  list(): Promise<PlanSummary[]>;
  read(id: string): Promise<ReadResult>;
  /** Saves a plan that has passed validation; returns the new revision. */
  save(plan: Plan, now?: Date): Promise<{ revision: number; updatedAt: string }>;
  remove(id: string): Promise<void>;
  getMeta<T>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
  close(): void;
}

export async function openPlanStore(name: string = DEFAULT_DB_NAME): Promise<PlanStore> {
  const db = await openDB<KeHoachDb>(name, 1, {
    upgrade(database) {
      const plans = database.createObjectStore("plans", { keyPath: "id" });
      plans.createIndex("updatedAt", "updatedAt");
      database.createObjectStore("meta");
    },
  });
  return createStore(db);
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
      const checked = validatePlanData(plan);
      if (!checked.ok) {
        const first = checked.problems[0];
        throw new Error(`Không lưu kế hoạch không hợp lệ: ${first?.where}: ${first?.message}`);
      }
      const tx = db.transaction("plans", "readwrite");
      const previous = await tx.store.get(plan.id);
      const record: StoredPlanRecord = {
        id: plan.id,
        plan: checked.plan,
        updatedAt: now.toISOString(),
        revision: (previous?.revision ?? 0) + 1,
      };
      await tx.store.put(record);
      await tx.done;
      return { revision: record.revision, updatedAt: record.updatedAt };
    },

    async remove(id) {
      await db.delete("plans", id);
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
