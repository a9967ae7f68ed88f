import type { PeriodEntry } from "@kehoach/report-model";
import { describe, expect, it } from "vitest";
import {
  flushWrites,
  JOURNAL_KEY,
  type JournalStorage,
  PendingWrites,
  type WriteTarget,
  writeFailure,
} from "./pending-writes.js";

function memory(): JournalStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** A store that refuses every write while `full` is set, as IndexedDB does over its quota. */
function store() {
  const written: string[] = [];
  const target = {
    full: true as boolean,
    written,
    async putEntry(_plan: string, entry: PeriodEntry) {
      if (target.full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      written.push(`entry ${entry.id} ${entry.result ?? ""}`);
    },
    async replaceLog(_plan: string, entries: readonly PeriodEntry[]) {
      if (target.full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      written.push(`log ${entries.length}`);
    },
    async saveDraft() {},
    async issue() {},
    async saveAgencyReturn() {},
    async setMeta() {},
  } satisfies WriteTarget & { full: boolean; written: string[] };
  return target;
}

const entry = (result: string): PeriodEntry => ({
  id: "t02@2026-Q2",
  taskId: "t02",
  date: "2026-06-10",
  state: "in_progress",
  result,
  indicators: [],
  evidence: [],
});

describe("writes the browser's storage refuses", () => {
  it("stay queued, latest first, and are written once storage takes them", async () => {
    const journal = memory();
    const pending = new PendingWrites(journal);
    const db = store();
    pending.add({ op: "entry", planId: "p", entry: entry("Đăng") });
    pending.add({ op: "entry", planId: "p", entry: entry("Đăng 12 tin") });
    const refused = await flushWrites(pending, db);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && writeFailure(refused.error)).toEqual({ kind: "quota" });
    expect(pending.size).toBe(1);
    expect(pending.overlayLog("p", [])).toEqual([entry("Đăng 12 tin")]);
    db.full = false;
    expect(await flushWrites(pending, db)).toEqual({ ok: true, written: 1 });
    expect(db.written).toEqual(["entry t02@2026-Q2 Đăng 12 tin"]);
    expect(pending.size).toBe(0);
    expect(journal.data.has(JOURNAL_KEY)).toBe(false);
  });

  it("survive a reload through the journal, and a whole log supersedes the entries typed before it", () => {
    const journal = memory();
    const before = new PendingWrites(journal);
    before.add({ op: "entry", planId: "p", entry: entry("Đăng 12 tin") });
    before.add({
      op: "draft",
      planId: "p",
      periodKey: "2026-Q2",
      draft: { sentUpward: true, addressees: ["Sở Nội vụ"], recipients: [], narrative: {} },
    });
    const after = new PendingWrites(journal);
    expect(after.restore().map((w) => w.op)).toEqual(["entry", "draft"]);
    expect(after.overlayLog("p", [entry("cũ")])).toEqual([entry("Đăng 12 tin")]);
    expect(after.draft("p", "2026-Q2")?.addressees).toEqual(["Sở Nội vụ"]);
    after.add({ op: "log", planId: "p", entries: [entry("gộp")] });
    expect(after.list().map((w) => w.op)).toEqual(["draft", "log"]);
  });

  it("drops a journal it cannot read rather than writing it", () => {
    const journal = memory();
    journal.setItem(
      JOURNAL_KEY,
      JSON.stringify([{ op: "entry", planId: "p", entry: { id: 3 } }, { op: "rm -rf" }]),
    );
    expect(new PendingWrites(journal).restore()).toEqual([]);
    journal.setItem(JOURNAL_KEY, "{not json");
    expect(new PendingWrites(journal).restore()).toEqual([]);
  });
});
