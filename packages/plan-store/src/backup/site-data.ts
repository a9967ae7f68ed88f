import { openPlanStore, type PlanStore, type PlanSummary } from "../plan-store.js";
import { openReportStore, type ReportStore } from "../report-store.js";
import type { SiteData } from "./format.js";
import type { LocalData } from "./restore.js";

// The two databases of the site read and written as one: what a backup takes from this browser,
// and what a restore writes back into it.

export interface SiteStores {
  plans: PlanStore;
  reports: ReportStore;
}

/** The key of the plans' database under which the time of the last backup is kept. */
export const LAST_BACKUP_KEY = "backup:last";

/** Both databases of the site (tests give other names). */
export async function openSiteStores(names: { plans?: string; reports?: string } = {}): Promise<SiteStores> {
  const plans = await openPlanStore(names.plans);
  try {
    return { plans, reports: await openReportStore(names.reports) };
  } catch (error) {
    plans.close();
    throw error;
  }
}

export function closeSiteStores(stores: SiteStores): void {
  stores.plans.close();
  stores.reports.close();
}

export interface SiteSnapshot {
  data: LocalData;
  /** Records kept in this browser that this version cannot read: not in a backup, never overwritten unasked. */
  unreadable: { plans: PlanSummary[]; reportRecords: number };
}

/** Everything readable in this browser now. */
export async function readSiteData(stores: SiteStores): Promise<SiteSnapshot> {
  const [plans, report] = await Promise.all([stores.plans.readAll(), stores.reports.everything()]);
  return {
    data: {
      plans: plans.plans,
      report: report.records,
      unreadablePlanIds: plans.unreadable.map((p) => p.id),
    },
    unreadable: { plans: plans.unreadable, reportRecords: report.unreadable },
  };
}

/** What the last write of a restore did: a failure names the step that failed; earlier steps are kept. */
export type RestoreOutcome = { ok: true } | { ok: false; step: "plans" | "report"; error: unknown };

/**
 * Writes a restore's records: the plans in one transaction, then the report records in another
 * (two databases cannot share one). A failing step writes nothing of its own.
 */
export async function writeSiteData(stores: SiteStores, data: SiteData): Promise<RestoreOutcome> {
  try {
    if (data.plans.length > 0) await stores.plans.putAll(data.plans);
  } catch (error) {
    return { ok: false, step: "plans", error };
  }
  try {
    await stores.reports.putAll(data.report);
  } catch (error) {
    return { ok: false, step: "report", error };
  }
  return { ok: true };
}

export async function lastBackupAt(stores: SiteStores): Promise<string | undefined> {
  const value = await stores.plans.getMeta<unknown>(LAST_BACKUP_KEY);
  return typeof value === "string" ? value : undefined;
}

export async function recordBackup(stores: SiteStores, at: Date): Promise<void> {
  await stores.plans.setMeta(LAST_BACKUP_KEY, at.toISOString());
}
