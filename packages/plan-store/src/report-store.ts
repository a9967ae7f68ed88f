import {
  type AgencyReturn,
  AgencyReturnSchema,
  type IssuedReturn,
  IssuedReturnSchema,
  type PeriodEntry,
  PeriodEntrySchema,
  type ReportDraft,
  ReportDraftSchema,
} from "@kehoach/report-model";
import { type DBSchema, type IDBPDatabase, openDB } from "idb";

// Report data lives in its own IndexedDB database, "kehoach-report", beside the plans' database
// ("kehoach-kit"), so the two evolve their versions apart. One origin serves every app, so a plan
// written in the builder is here too; the report data never touches the plan records. Every read
// goes through the schemas; a record that does not pass is skipped, never half-read, and left in
// place. The layout has one owner (this file) because the report generator writes it and every
// app's backup reads and restores it.

export const REPORT_DB_NAME = "kehoach-report";

interface EntryRecord extends PeriodEntry {
  planId: string;
}

interface DraftRecord {
  key: string;
  draft: unknown;
  updatedAt: string;
  /** Written since backups exist; older records carry them only in `key`. */
  planId?: string;
  periodKey?: string;
}

/** A return issued to an agency (report-model owns its shape: what authorises an import). */
export type { IssuedReturn };

interface ReportDb extends DBSchema {
  entries: { key: string; value: EntryRecord; indexes: { planId: string } };
  drafts: { key: string; value: DraftRecord };
  issued: { key: string; value: IssuedReturn; indexes: { plan: string } };
  /** Returns an agency is filling in this browser. */
  returns: { key: string; value: { returnId: string; file: unknown; updatedAt: string } };
  meta: { key: string; value: unknown };
}

/** Everything the report generator keeps that a person made: what a backup holds. */
export interface ReportRecords {
  entries: { planId: string; entry: PeriodEntry }[];
  drafts: { planId: string; periodKey: string; draft: ReportDraft; updatedAt: string }[];
  issued: IssuedReturn[];
  returns: { file: AgencyReturn; updatedAt: string }[];
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
  /** Every readable record, and how many were skipped because they do not pass their schema. */
  everything(): Promise<{ records: ReportRecords; unreadable: number }>;
  /** Writes all of these in one transaction: all are stored, or none is. */
  putAll(records: ReportRecords): Promise<void>;
  close(): void;
}

/** Where a plan's activity log lives when not in this database (a province hub's copy of the unit's data). */
export interface ProgressLogSource {
  log(planId: string): Promise<PeriodEntry[]>;
  putEntry(planId: string, entry: PeriodEntry): Promise<void>;
  replaceLog(planId: string, entries: readonly PeriodEntry[]): Promise<void>;
  /** Every entry of every plan, for backups. */
  allEntries(): Promise<{ planId: string; entry: PeriodEntry }[]>;
}

let logSource: (() => ProgressLogSource) | undefined;

/**
 * Where `openReportStore()` (the site's report database) keeps the activity logs: in it, by
 * default, or in the source set here before the app opens its store (a site connected to a
 * province hub keeps the log on the unit's replicated copy, so agencies' entries made in other
 * browsers arrive in it). Drafts, issued returns, agencies' returns and settings stay in this
 * database either way. Undefined goes back to the database.
 */
export function setProgressLogSource(source: (() => ProgressLogSource) | undefined): void {
  logSource = source;
}

function withLogSource(store: ReportStore, source: ProgressLogSource): ReportStore {
  return {
    ...store,
    log: (planId) => source.log(planId),
    putEntry: (planId, entry) => source.putEntry(planId, entry),
    replaceLog: (planId, entries) => source.replaceLog(planId, entries),
    async everything() {
      const [local, entries] = await Promise.all([store.everything(), source.allEntries()]);
      return { ...local, records: { ...local.records, entries } };
    },
    async putAll(records) {
      // The log goes to its source first: a refusal there leaves this database untouched.
      for (const { planId, entry } of records.entries) await source.putEntry(planId, entry);
      await store.putAll({ ...records, entries: [] });
    },
  };
}

const entryKey = (planId: string, id: string) => `${planId}\u0000${id}`;
const draftKey = (planId: string, periodKey: string) => `${planId}|${periodKey}`;

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
  const draftRecord = (planId: string, periodKey: string, draft: ReportDraft, updatedAt: string) => ({
    key: draftKey(planId, periodKey),
    draft,
    updatedAt,
    planId,
    periodKey,
  });
  const inBrowser: ReportStore = {
    async log(planId) {
      const records = await db.getAllFromIndex("entries", "planId", planId);
      return records.flatMap((record) => {
        const entry = readEntry(record);
        return entry ? [entry.entry] : [];
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
      const record = await db.get("drafts", draftKey(planId, periodKey));
      if (!record) return undefined;
      const parsed = ReportDraftSchema.safeParse(record.draft);
      return parsed.success ? parsed.data : undefined;
    },
    async saveDraft(planId, periodKey, draft) {
      await db.put("drafts", draftRecord(planId, periodKey, draft, new Date().toISOString()));
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
    async everything() {
      const tx = db.transaction(["entries", "drafts", "issued", "returns"], "readonly");
      const [entryRows, draftRows, issuedRows, returnRows] = await Promise.all([
        tx.objectStore("entries").getAll(),
        tx.objectStore("drafts").getAll(),
        tx.objectStore("issued").getAll(),
        tx.objectStore("returns").getAll(),
      ]);
      await tx.done;
      let unreadable = 0;
      const records: ReportRecords = { entries: [], drafts: [], issued: [], returns: [] };
      for (const row of entryRows) {
        const entry = readEntry(row);
        if (entry) records.entries.push(entry);
        else unreadable++;
      }
      for (const row of draftRows) {
        const where = draftPlace(row);
        const parsed = ReportDraftSchema.safeParse(row.draft);
        if (where && parsed.success)
          records.drafts.push({ ...where, draft: parsed.data, updatedAt: row.updatedAt });
        else unreadable++;
      }
      for (const row of issuedRows) {
        const parsed = IssuedReturnSchema.safeParse(row);
        if (parsed.success) records.issued.push(parsed.data);
        else unreadable++;
      }
      for (const row of returnRows) {
        const parsed = AgencyReturnSchema.safeParse(row.file);
        if (parsed.success) records.returns.push({ file: parsed.data, updatedAt: row.updatedAt });
        else unreadable++;
      }
      return { records, unreadable };
    },
    async putAll(records) {
      const tx = db.transaction(["entries", "drafts", "issued", "returns"], "readwrite");
      const writes: Promise<unknown>[] = [];
      try {
        for (const { planId, entry } of records.entries) {
          writes.push(tx.objectStore("entries").put({ ...entry, id: entryKey(planId, entry.id), planId }));
        }
        for (const d of records.drafts) {
          writes.push(tx.objectStore("drafts").put(draftRecord(d.planId, d.periodKey, d.draft, d.updatedAt)));
        }
        for (const record of records.issued) writes.push(tx.objectStore("issued").put(record));
        for (const { file, updatedAt } of records.returns) {
          writes.push(tx.objectStore("returns").put({ returnId: file.returnId, file, updatedAt }));
        }
      } catch (error) {
        // A value the browser cannot store throws at once and does not end the transaction by
        // itself: abort it, so the writes queued before are undone too.
        tx.abort();
        await Promise.allSettled([...writes, tx.done]);
        throw error;
      }
      // A write that fails later (quota) aborts the transaction; tx.done then rejects, nothing kept.
      await Promise.all([...writes, tx.done]);
    },
    close() {
      db.close();
    },
  };
  // A site on a province hub keeps the log on the unit's copy; everything else stays here.
  const log = name === REPORT_DB_NAME ? logSource?.() : undefined;
  return log ? withLogSource(inBrowser, log) : inBrowser;
}

function readEntry(record: EntryRecord): { planId: string; entry: PeriodEntry } | undefined {
  const { planId, ...rest } = record;
  if (typeof planId !== "string" || typeof rest.id !== "string") return undefined;
  const parsed = PeriodEntrySchema.safeParse({ ...rest, id: rest.id.slice(planId.length + 1) });
  return parsed.success ? { planId, entry: parsed.data } : undefined;
}

/** The plan and period of a draft; older records say them only in the key "<plan>|<period>". */
function draftPlace(record: DraftRecord): { planId: string; periodKey: string } | undefined {
  if (typeof record.planId === "string" && typeof record.periodKey === "string") {
    return { planId: record.planId, periodKey: record.periodKey };
  }
  if (typeof record.key !== "string") return undefined;
  // A period key never holds "|"; a plan id may.
  const cut = record.key.lastIndexOf("|");
  return cut > 0 ? { planId: record.key.slice(0, cut), periodKey: record.key.slice(cut + 1) } : undefined;
}
