import { canonicalEntry } from "@kehoach/report-model";
import type { StoredPlan } from "../plan-store.js";
import type { ReportRecords } from "../report-store.js";
import type { BackupFile, SiteData } from "./format.js";

// Restoring is a merge, never a silent replacement. What the backup has and this browser lacks is
// added; what both have alike is left alone; what both have but differently is a conflict that
// the person decides, unit by unit (a plan; a plan's progress and báo cáo drafts; an issued return;
// a return being filled in). Until told otherwise, the browser's copy is kept: nothing here is
// overwritten without being asked, and nothing this browser has is ever deleted.

export type UnitKind = "plan" | "progress" | "issued" | "return";
export type RestoreChoice = "keep" | "take";

/** Where a unit stands: only in the backup, alike on both sides, or different. */
export type UnitStatus = "new" | "same" | "differs";

export interface RestoreUnit {
  /** Stable key of the unit: "plan:<id>", "progress:<planId>", "issued:<returnId>", "return:<returnId>". */
  key: string;
  kind: UnitKind;
  /** What a person recognises it by: the plan's title, the agency and period of a return. */
  label: string;
  /** The plan it belongs to. */
  planId: string;
  status: UnitStatus;
  /** Records of the unit the backup adds, has alike, and has differently. */
  added: number;
  same: number;
  differing: number;
  /** When each side last saved it (plans, drafts, returns), when known: helps tell which is newer. */
  localUpdatedAt?: string;
  backupUpdatedAt?: string;
  /** This browser's copy is a plan this version cannot read (a newer format): taking the backup's loses it. */
  localUnreadable?: boolean;
}

export interface RestorePlan {
  units: RestoreUnit[];
  /** The units that need a choice (status "differs"). */
  conflicts: RestoreUnit[];
  totals: { added: number; same: number; differing: number };
  /** The two sides it compared (restoreWrites picks its records from them). */
  backup: BackupFile;
  local: LocalData;
}

/** What this browser holds now; plans it cannot read are named so that they are never replaced unasked. */
export interface LocalData extends SiteData {
  unreadablePlanIds?: readonly string[];
}

/** Compares a backup with what this browser holds, unit by unit. Pure: it writes nothing. */
export function planRestore(local: LocalData, backup: BackupFile): RestorePlan {
  const units: RestoreUnit[] = [];
  const localPlans = new Map(local.plans.map((p) => [p.plan.id, p]));
  const unreadable = new Set(local.unreadablePlanIds ?? []);
  const titles = new Map<string, string>();
  for (const p of [...local.plans, ...backup.plans]) titles.set(p.plan.id, p.plan.title);
  const titleOf = (planId: string) => titles.get(planId)?.trim() || planId;

  for (const incoming of backup.plans) {
    const id = incoming.plan.id;
    const mine = localPlans.get(id);
    const status: UnitStatus = unreadable.has(id)
      ? "differs"
      : !mine
        ? "new"
        : canonicalJson(mine.plan) === canonicalJson(incoming.plan)
          ? "same"
          : "differs";
    units.push({
      key: `plan:${id}`,
      kind: "plan",
      label: titleOf(id),
      planId: id,
      status,
      ...counts(status),
      ...(mine ? { localUpdatedAt: mine.updatedAt } : {}),
      backupUpdatedAt: incoming.updatedAt,
      ...(unreadable.has(id) ? { localUnreadable: true } : {}),
    });
  }

  // A plan's progress entries and báo cáo drafts are one unit: a person decides about "the
  // progress of this plan", not about entry t04@2026-Q2.
  const progressPlans = new Set([
    ...backup.report.entries.map((e) => e.planId),
    ...backup.report.drafts.map((d) => d.planId),
  ]);
  const localEntries = new Map(local.report.entries.map((e) => [entryKey(e.planId, e.entry.id), e]));
  const localDrafts = new Map(local.report.drafts.map((d) => [draftKey(d.planId, d.periodKey), d]));
  for (const planId of progressPlans) {
    let added = 0;
    let same = 0;
    let differing = 0;
    const tally = (mine: string | undefined, theirs: string) => {
      if (mine === undefined) added++;
      else if (mine === theirs) same++;
      else differing++;
    };
    for (const e of backup.report.entries) {
      if (e.planId !== planId) continue;
      const mine = localEntries.get(entryKey(planId, e.entry.id));
      tally(mine && canonicalEntry(mine.entry), canonicalEntry(e.entry));
    }
    let localUpdatedAt: string | undefined;
    let backupUpdatedAt: string | undefined;
    for (const d of backup.report.drafts) {
      if (d.planId !== planId) continue;
      const mine = localDrafts.get(draftKey(planId, d.periodKey));
      tally(mine && canonicalJson(mine.draft), canonicalJson(d.draft));
      if (mine && canonicalJson(mine.draft) !== canonicalJson(d.draft)) {
        localUpdatedAt = latest(localUpdatedAt, mine.updatedAt);
        backupUpdatedAt = latest(backupUpdatedAt, d.updatedAt);
      }
    }
    units.push({
      key: `progress:${planId}`,
      kind: "progress",
      label: titleOf(planId),
      planId,
      status: differing > 0 ? "differs" : added > 0 ? "new" : "same",
      added,
      same,
      differing,
      ...(localUpdatedAt ? { localUpdatedAt } : {}),
      ...(backupUpdatedAt ? { backupUpdatedAt } : {}),
    });
  }

  const localIssued = new Map(local.report.issued.map((r) => [r.returnId, r]));
  for (const record of backup.report.issued) {
    const mine = localIssued.get(record.returnId);
    const status: UnitStatus = !mine
      ? "new"
      : canonicalJson(mine) === canonicalJson(record)
        ? "same"
        : "differs";
    units.push({
      key: `issued:${record.returnId}`,
      kind: "issued",
      label: `${record.agencyName} · ${record.periodKey}`,
      planId: record.planId,
      status,
      ...counts(status),
      ...(mine ? { localUpdatedAt: mine.issuedAt } : {}),
      backupUpdatedAt: record.issuedAt,
    });
  }

  const localReturns = new Map(local.report.returns.map((r) => [r.file.returnId, r]));
  for (const incoming of backup.report.returns) {
    const mine = localReturns.get(incoming.file.returnId);
    const status: UnitStatus = !mine
      ? "new"
      : canonicalJson(mine.file) === canonicalJson(incoming.file)
        ? "same"
        : "differs";
    units.push({
      key: `return:${incoming.file.returnId}`,
      kind: "return",
      label: `${incoming.file.agency.name} · ${incoming.file.planTitle}`,
      planId: incoming.file.planId,
      status,
      ...counts(status),
      ...(mine ? { localUpdatedAt: mine.updatedAt } : {}),
      backupUpdatedAt: incoming.updatedAt,
    });
  }

  const totals = { added: 0, same: 0, differing: 0 };
  for (const u of units) {
    totals.added += u.added;
    totals.same += u.same;
    totals.differing += u.differing;
  }
  return { units, conflicts: units.filter((u) => u.status === "differs"), totals, backup, local };
}

/**
 * The records to write: everything the backup adds, and the backup's side of each conflict the
 * person chose to take. A conflict without a choice keeps this browser's copy.
 */
export function restoreWrites(plan: RestorePlan, choices: Readonly<Record<string, RestoreChoice>>): SiteData {
  const byKey = new Map(plan.units.map((u) => [u.key, u]));
  const take = (key: string) => choices[key] === "take";
  const { backup } = plan;
  const plans: StoredPlan[] = backup.plans.filter((p) => {
    const unit = byKey.get(`plan:${p.plan.id}`);
    return unit?.status === "new" || (unit?.status === "differs" && take(unit.key));
  });

  // Record by record within a plan's progress: added ones always; differing ones when taken.
  const localSide = {
    entries: new Map(
      plan.local.report.entries.map((e) => [entryKey(e.planId, e.entry.id), canonicalEntry(e.entry)]),
    ),
    drafts: new Map(
      plan.local.report.drafts.map((d) => [draftKey(d.planId, d.periodKey), canonicalJson(d.draft)]),
    ),
  };
  const progressTaken = (planId: string) => take(`progress:${planId}`);
  const report: ReportRecords = {
    entries: backup.report.entries.filter((e) => {
      const mine = localSide.entries.get(entryKey(e.planId, e.entry.id));
      return mine === undefined || (mine !== canonicalEntry(e.entry) && progressTaken(e.planId));
    }),
    drafts: backup.report.drafts.filter((d) => {
      const mine = localSide.drafts.get(draftKey(d.planId, d.periodKey));
      return mine === undefined || (mine !== canonicalJson(d.draft) && progressTaken(d.planId));
    }),
    issued: backup.report.issued.filter((r) => {
      const unit = byKey.get(`issued:${r.returnId}`);
      return unit?.status === "new" || (unit?.status === "differs" && take(unit.key));
    }),
    returns: backup.report.returns.filter((r) => {
      const unit = byKey.get(`return:${r.file.returnId}`);
      return unit?.status === "new" || (unit?.status === "differs" && take(unit.key));
    }),
  };
  return { plans, report };
}

/** How many records a restore with these choices writes. */
export function countWrites(data: SiteData): number {
  const r = data.report;
  return data.plans.length + r.entries.length + r.drafts.length + r.issued.length + r.returns.length;
}

function counts(status: UnitStatus) {
  return {
    added: status === "new" ? 1 : 0,
    same: status === "same" ? 1 : 0,
    differing: status === "differs" ? 1 : 0,
  };
}

const entryKey = (planId: string, id: string) => `${planId}\u0000${id}`;
const draftKey = (planId: string, periodKey: string) => `${planId}|${periodKey}`;

function latest(a: string | undefined, b: string): string {
  return a === undefined || b > a ? b : a;
}

/** JSON with sorted keys and no undefined members: two copies of the same data compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const inner = (value as Record<string, unknown>)[key];
      if (inner !== undefined) out[key] = sortKeys(inner);
    }
    return out;
  }
  return value;
}
