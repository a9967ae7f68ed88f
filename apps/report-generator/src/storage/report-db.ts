import {
  type AgencyReturn,
  AgencyReturnSchema,
  type IssuedReturn,
  type PeriodEntry,
  PeriodEntrySchema,
  type ReportDraft,
  ReportDraftSchema,
} from "@kehoach/report-model";
import { type DBSchema, type IDBPDatabase, openDB } from "idb";

// Report data lives in its own IndexedDB database, "kehoach-report", beside the plans' database
// ("kehoach-kit", owned by @kehoach/plan-store), so the two evolve their versions apart. One
// origin serves every app, so a plan written in the builder is here too; the report data never
// touches the plan records. Every read goes through the schemas; a record that does not pass is
// skipped, never half-read, and left in place.

export const REPORT_DB_NAME = "kehoach-report";

interface EntryRecord extends PeriodEntry {
  planId: string;
}

/** A return issued to an agency (report-model owns its shape: what authorises an import). */
export type { IssuedReturn };

interface ReportDb extends DBSchema {
  entries: { key: string; value: EntryRecord; indexes: { planId: string } };
  drafts: { key: string; value: { key: string; draft: unknown; updatedAt: string } };
  issued: { key: string; value: IssuedReturn; indexes: { plan: string } };
  /** Returns an agency is filling in this browser. */
  returns: { key: string; value: { returnId: string; file: unknown; updatedAt: string } };
  meta: { key: string; value: unknown };
}

export interface ReportStore {
  log(planId: string): Promise<PeriodEntry[]>;
  putEntry(planId: string, entry: PeriodEntry): Promise<void>;
  /** Replaces the plan's whole log in one transaction: a merge is applied whole or not at all. */
  replaceLog(planId: string, entries: readonly PeriodEntry[]): Promise<void>;
  draft(planId: string, periodKey: string): Promise<ReportDraft | undefined>;
  saveDraft(planId: string, periodKey: string, draft: ReportDraft): Promise<void>;
  issue(record: IssuedReturn): Promise<void>;
  issued(returnId: string): Promise<IssuedReturn | undefined>;
  agencyReturns(): Promise<AgencyReturn[]>;
  saveAgencyReturn(file: AgencyReturn): Promise<void>;
  getMeta<T>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
  close(): void;
}

export async function openReportStore(name: string = REPORT_DB_NAME): Promise<ReportStore> {
  const db: IDBPDatabase<ReportDb> = await openDB<ReportDb>(name, 1, {
    upgrade(database) {
      database.createObjectStore("entries", { keyPath: "id" }).createIndex("planId", "planId");
      database.createObjectStore("drafts", { keyPath: "key" });
      database.createObjectStore("issued", { keyPath: "returnId" }).createIndex("plan", "planId");
      database.createObjectStore("returns", { keyPath: "returnId" });
      database.createObjectStore("meta");
    },
  });
  const entryKey = (planId: string, id: string) => `${planId}\u0000${id}`;
  return {
    async log(planId) {
      const records = await db.getAllFromIndex("entries", "planId", planId);
      return records.flatMap(({ planId: _plan, ...rest }) => {
        const parsed = PeriodEntrySchema.safeParse({ ...rest, id: rest.id.slice(planId.length + 1) });
        return parsed.success ? [parsed.data] : [];
      });
    },
    async putEntry(planId, entry) {
      await db.put("entries", { ...entry, id: entryKey(planId, entry.id), planId });
    },
    async replaceLog(planId, entries) {
      const tx = db.transaction("entries", "readwrite");
      const keys = await tx.store.index("planId").getAllKeys(planId);
      for (const key of keys) await tx.store.delete(key);
      for (const entry of entries) await tx.store.put({ ...entry, id: entryKey(planId, entry.id), planId });
      await tx.done;
    },
    async draft(planId, periodKey) {
      const record = await db.get("drafts", `${planId}|${periodKey}`);
      if (!record) return undefined;
      const parsed = ReportDraftSchema.safeParse(record.draft);
      return parsed.success ? parsed.data : undefined;
    },
    async saveDraft(planId, periodKey, draft) {
      await db.put("drafts", { key: `${planId}|${periodKey}`, draft, updatedAt: new Date().toISOString() });
    },
    async issue(record) {
      await db.put("issued", record);
    },
    async issued(returnId) {
      return db.get("issued", returnId);
    },
    async agencyReturns() {
      const records = await db.getAll("returns");
      return records
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .flatMap((r) => {
          const parsed = AgencyReturnSchema.safeParse(r.file);
          return parsed.success ? [parsed.data] : [];
        });
    },
    async saveAgencyReturn(file) {
      await db.put("returns", { returnId: file.returnId, file, updatedAt: new Date().toISOString() });
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
