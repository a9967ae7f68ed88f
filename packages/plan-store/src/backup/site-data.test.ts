import { samplePlan } from "@kehoach/plan-model/sample";
import { afterEach, describe, expect, it } from "vitest";
import { entry, siteData } from "./backup.test-helpers.js";
import { createBackup, readBackup, serializeBackup } from "./format.js";
import { planRestore, restoreWrites } from "./restore.js";
import {
  closeSiteStores,
  lastBackupAt,
  openSiteStores,
  readSiteData,
  recordBackup,
  type SiteStores,
  writeSiteData,
} from "./site-data.js";

// The whole round trip in a real browser's IndexedDB: back up both databases, lose them, restore.

let opened: SiteStores[] = [];
let counter = 0;
async function freshSite(): Promise<{ stores: SiteStores; names: { plans: string; reports: string } }> {
  counter++;
  const names = {
    plans: `kh-backup-plans-${Date.now()}-${counter}`,
    reports: `kh-backup-report-${Date.now()}-${counter}`,
  };
  const stores = await openSiteStores(names);
  opened.push(stores);
  return { stores, names };
}

afterEach(() => {
  for (const stores of opened) closeSiteStores(stores);
  opened = [];
});

async function fill(stores: SiteStores) {
  const data = siteData();
  await stores.plans.save(samplePlan, new Date("2026-05-01T08:00:00.000Z"));
  for (const e of data.report.entries) await stores.reports.putEntry(e.planId, e.entry);
  const [draft] = data.report.drafts;
  if (draft) await stores.reports.saveDraft(draft.planId, draft.periodKey, draft.draft);
}

describe("backing up and restoring the site's databases", () => {
  it("restores into an emptied browser every plan, entry and draft the backup holds", async () => {
    const { stores } = await freshSite();
    await fill(stores);
    const before = await readSiteData(stores);
    const bytes = new TextEncoder().encode(serializeBackup(createBackup(before.data)));
    await recordBackup(stores, new Date("2026-05-03T10:00:00Z"));
    expect(await lastBackupAt(stores)).toBe("2026-05-03T10:00:00.000Z");

    const fresh = await freshSite();
    const read = readBackup(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const plan = planRestore((await readSiteData(fresh.stores)).data, read.backup);
    expect(await writeSiteData(fresh.stores, restoreWrites(plan, {}))).toEqual({ ok: true });

    const after = await readSiteData(fresh.stores);
    expect(after.data.plans).toEqual(before.data.plans);
    expect(after.data.report.entries).toEqual(before.data.report.entries);
    expect(after.data.report.drafts.map((d) => [d.planId, d.periodKey, d.draft])).toEqual(
      before.data.report.drafts.map((d) => [d.planId, d.periodKey, d.draft]),
    );
    expect(await fresh.stores.reports.log(samplePlan.id)).toEqual(
      before.data.report.entries.map((e) => e.entry),
    );
    expect(await fresh.stores.reports.draft(samplePlan.id, "2026-Q2")).toEqual(
      before.data.report.drafts[0]?.draft,
    );
  });

  it("writes a restore's report records all together or not at all", async () => {
    const { stores } = await freshSite();
    const good = { planId: samplePlan.id, entry: entry({ id: "t01@2026-Q2", taskId: "t01" }) };
    // A value IndexedDB cannot store (a function) fails the second write: the first is rolled back.
    const bad = {
      planId: samplePlan.id,
      entry: { ...entry({ id: "t02@2026-Q2", taskId: "t02" }), x: () => 1 },
    };
    const outcome = await writeSiteData(stores, {
      plans: [],
      report: { entries: [good, bad as typeof good], drafts: [], issued: [], returns: [] },
    });
    expect(outcome).toMatchObject({ ok: false, step: "report" });
    expect(await stores.reports.log(samplePlan.id)).toEqual([]);
  });

  it("reads a draft written before drafts carried their plan and period, by its key", async () => {
    const { stores, names } = await freshSite();
    stores.reports.close();
    const request = indexedDB.open(names.reports);
    await new Promise<void>((resolve, reject) => {
      request.onsuccess = () => {
        const tx = request.result.transaction("drafts", "readwrite");
        tx.objectStore("drafts").put({ key: "ke|hoach|co|gach|2026-Q2", draft: {}, updatedAt: "2026-01-01" });
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const reopened = await openSiteStores(names);
    opened.push(reopened);
    const { data } = await readSiteData(reopened);
    expect(data.report.drafts.map((d) => [d.planId, d.periodKey])).toEqual([["ke|hoach|co|gach", "2026-Q2"]]);
  });
});
