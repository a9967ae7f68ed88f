import {
  type AgencyReturn,
  AgencyReturnSchema,
  type IssuedReturn,
  type PeriodEntry,
  PeriodEntrySchema,
  type ReportDraft,
  ReportDraftSchema,
} from "@kehoach/report-model";
import type { ReportStore } from "../storage/report-db.js";

// Every write to the browser's storage goes through here, so none can fail unseen. A write is
// queued before it is tried and leaves the queue only once the database has taken it; while it
// waits, the queue is also kept in localStorage (written synchronously, outside IndexedDB's quota),
// so what was typed survives a reload and is written when the database takes writes again. Writes
// of the same record replace each other: only the latest is worth writing.

export type ReportWrite =
  | { op: "entry"; planId: string; entry: PeriodEntry }
  | { op: "log"; planId: string; entries: PeriodEntry[] }
  | { op: "draft"; planId: string; periodKey: string; draft: ReportDraft }
  | { op: "issue"; record: IssuedReturn }
  | { op: "agencyReturn"; file: AgencyReturn }
  | { op: "meta"; key: string; value: unknown };

/** The store methods the writes need (the report database, whoever owns it). */
export type WriteTarget = Pick<
  ReportStore,
  "putEntry" | "replaceLog" | "saveDraft" | "issue" | "saveAgencyReturn" | "setMeta"
>;

/** The record a write is for: a later write of the same record supersedes it. */
export function writeKey(w: ReportWrite): string {
  switch (w.op) {
    case "entry":
      return `entry:${w.planId}:${w.entry.id}`;
    case "log":
      return `log:${w.planId}`;
    case "draft":
      return `draft:${w.planId}|${w.periodKey}`;
    case "issue":
      return `issue:${w.record.returnId}`;
    case "agencyReturn":
      return `return:${w.file.returnId}`;
    case "meta":
      return `meta:${w.key}`;
  }
}

export function applyWrite(store: WriteTarget, w: ReportWrite): Promise<void> {
  switch (w.op) {
    case "entry":
      return store.putEntry(w.planId, w.entry);
    case "log":
      return store.replaceLog(w.planId, w.entries);
    case "draft":
      return store.saveDraft(w.planId, w.periodKey, w.draft);
    case "issue":
      return store.issue(w.record);
    case "agencyReturn":
      return store.saveAgencyReturn(w.file);
    case "meta":
      return store.setMeta(w.key, w.value);
  }
}

export const JOURNAL_KEY = "report-generator:unsaved";

/** The part of the Web Storage API the journal uses (localStorage in the app, a map in tests). */
export type JournalStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export class PendingWrites {
  private readonly queue = new Map<string, ReportWrite>();

  constructor(private readonly journal: JournalStorage | null) {}

  /** Writes a journal left by an earlier visit that never reached the database; unreadable ones are dropped. */
  restore(): ReportWrite[] {
    let raw: unknown;
    try {
      raw = JSON.parse(this.journal?.getItem(JOURNAL_KEY) ?? "[]");
    } catch {
      raw = [];
    }
    const writes = (Array.isArray(raw) ? raw : []).flatMap((w) => {
      const checked = checkWrite(w);
      return checked ? [checked] : [];
    });
    for (const w of writes) this.queue.set(writeKey(w), w);
    return writes;
  }

  add(w: ReportWrite): void {
    const key = writeKey(w);
    this.queue.delete(key);
    // A whole log written for a plan carries the entries typed before it.
    if (w.op === "log") {
      for (const [k, queued] of this.queue)
        if (queued.op === "entry" && queued.planId === w.planId) this.queue.delete(k);
    }
    this.queue.set(key, w);
    this.save();
  }

  /** Takes a write off the queue once stored, unless a newer write of the same record came meanwhile. */
  done(w: ReportWrite): void {
    const key = writeKey(w);
    if (this.queue.get(key) === w) {
      this.queue.delete(key);
      this.save();
    }
  }

  list(): ReportWrite[] {
    return [...this.queue.values()];
  }

  get size(): number {
    return this.queue.size;
  }

  /** The plan's log as the person left it: what the database holds, with the writes still waiting. */
  overlayLog(planId: string, stored: readonly PeriodEntry[]): PeriodEntry[] {
    let log = [...stored];
    for (const w of this.queue.values()) {
      if (w.op === "log" && w.planId === planId) log = [...w.entries];
      if (w.op === "entry" && w.planId === planId) log = [...log.filter((e) => e.id !== w.entry.id), w.entry];
    }
    return log;
  }

  draft(planId: string, periodKey: string): ReportDraft | undefined {
    const w = this.queue.get(`draft:${planId}|${periodKey}`);
    return w?.op === "draft" ? w.draft : undefined;
  }

  issued(returnId: string): IssuedReturn | undefined {
    const w = this.queue.get(`issue:${returnId}`);
    return w?.op === "issue" ? w.record : undefined;
  }

  agencyReturns(): AgencyReturn[] {
    return this.list().flatMap((w) => (w.op === "agencyReturn" ? [w.file] : []));
  }

  meta<T>(key: string): T | undefined {
    const w = this.queue.get(`meta:${key}`);
    return w?.op === "meta" ? (w.value as T) : undefined;
  }

  private save(): void {
    try {
      if (this.queue.size === 0) this.journal?.removeItem(JOURNAL_KEY);
      else this.journal?.setItem(JOURNAL_KEY, JSON.stringify(this.list()));
    } catch {
      // localStorage full or refused too: the queue in memory still holds the writes, and the
      // screen says they are not saved.
    }
  }
}

/** Writes every queued write in order; stops at the first the database refuses, which stays queued with the rest. */
export async function flushWrites(
  pending: PendingWrites,
  store: WriteTarget,
): Promise<{ ok: true; written: number } | { ok: false; error: unknown }> {
  let written = 0;
  for (const w of pending.list()) {
    try {
      await applyWrite(store, w);
    } catch (error) {
      return { ok: false, error };
    }
    pending.done(w);
    written++;
  }
  return { ok: true, written };
}

/** Why a write failed, as the screen says it: the browser's storage is full, or it refused. */
export type WriteFailure = { kind: "quota" } | { kind: "refused"; detail: string };

export function writeFailure(error: unknown): WriteFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === "QuotaExceededError" || /quota/iu.test(message)) return { kind: "quota" };
  return { kind: "refused", detail: [name, message].filter(Boolean).join(": ") };
}

function checkWrite(w: unknown): ReportWrite | undefined {
  if (!w || typeof w !== "object") return undefined;
  const x = w as Record<string, unknown>;
  const id = (v: unknown) => (typeof v === "string" && v.length > 0 && v.length < 400 ? v : undefined);
  switch (x.op) {
    case "entry": {
      const entry = PeriodEntrySchema.safeParse(x.entry);
      const planId = id(x.planId);
      return entry.success && planId ? { op: "entry", planId, entry: entry.data } : undefined;
    }
    case "log": {
      const entries = PeriodEntrySchema.array().safeParse(x.entries);
      const planId = id(x.planId);
      return entries.success && planId ? { op: "log", planId, entries: entries.data } : undefined;
    }
    case "draft": {
      const draft = ReportDraftSchema.safeParse(x.draft);
      const planId = id(x.planId);
      const periodKey = id(x.periodKey);
      return draft.success && planId && periodKey
        ? { op: "draft", planId, periodKey, draft: draft.data }
        : undefined;
    }
    case "issue": {
      const record = x.record as IssuedReturn | undefined;
      return record && id(record.returnId) && id(record.planId) ? { op: "issue", record } : undefined;
    }
    case "agencyReturn": {
      const file = AgencyReturnSchema.safeParse(x.file);
      return file.success ? { op: "agencyReturn", file: file.data } : undefined;
    }
    case "meta": {
      const key = id(x.key);
      return key ? { op: "meta", key, value: x.value } : undefined;
    }
    default:
      return undefined;
  }
}
