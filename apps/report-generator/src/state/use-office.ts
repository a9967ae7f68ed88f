import site from "virtual:kehoach/site";
import { siteHubDocs, watchSiteHub } from "@kehoach/hub/browser";
import {
  type CutoffRule,
  createDirectory,
  DEFAULT_CUTOFF_RULE,
  type Plan,
  type ReportPeriod,
} from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { openPlanStore, type PlanSummary } from "@kehoach/plan-store";
import {
  buildPeriodReport,
  carryOverEntries,
  carryOverItems,
  defaultDraft as draftFromPlan,
  type IssuedReturn,
  localToday,
  type PeriodEntry,
  type PeriodReport,
  periodKey,
  type ReportDraft,
  withDirectoryIds,
} from "@kehoach/report-model";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { openReportStore, type ReportStore } from "../storage/report-db.js";
import {
  flushWrites,
  PendingWrites,
  type ReportWrite,
  type WriteFailure,
  writeFailure,
} from "./pending-writes.js";
import { defaultPeriod } from "./periods.js";

const CURRENT_PLAN = "report-generator:planId";
const CURRENT_PERIOD = "report-generator:period";

/**
 * The plan with its agencies tied to this site's directory (when it was written for this
 * locality), so spellings of one agency share a return file and a row of the charts.
 */
function tied(plan: Plan): Plan {
  return !plan.locality || plan.locality === site.locality.slug
    ? withDirectoryIds(plan, site.locality)
    : plan;
}

/**
 * Why the app could not start, as data (the screen words it): the unit's data on the province hub
 * holds no plan yet, the chosen plan does not read, or the browser's storage would not open (with
 * what the browser said).
 */
export type LoadFailure =
  | { reason: "no-plan-on-hub" }
  | { reason: "unreadable-plan" }
  | { reason: "storage"; detail: string };

export type LoadState = { kind: "loading" } | { kind: "ready" } | ({ kind: "error" } & LoadFailure);

/** A start that failed for a reason of its own, not for the browser's storage. */
class LoadRefused extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.reason);
  }
}

/** Whether what is on screen is in the browser's storage: the header says exactly this. */
export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "failed"; failure: WriteFailure; unsaved: number };

/** How long a refused write waits before it is tried again. */
export const RETRY_MS = 4000;

const directory = createDirectory(site.locality);

/** A new báo cáo's settings: to the body the plan names, else the one above the issuer in the directory. */
function defaultDraft(plan: Plan, period: ReportPeriod) {
  return draftFromPlan(plan, period, { directory });
}

function browserJournal(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The monitoring office's working state: which plan and period, the plan's activity log and the
 * report draft, all kept in IndexedDB as they change so a reload or a crash loses nothing.
 */
export function useOffice() {
  const cutoff: CutoffRule = site.locality.reportCutoff ?? DEFAULT_CUTOFF_RULE;
  const [load, setLoad] = useState<LoadState>({ kind: "loading" });
  const [plans, setPlans] = useState<PlanSummary[]>([]);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [period, setPeriodState] = useState<ReportPeriod | null>(null);
  const [log, setLog] = useState<PeriodEntry[]>([]);
  const [draft, setDraftState] = useState<ReportDraft | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const store = useRef<ReportStore | null>(null);
  const pending = useRef(new PendingWrites(browserJournal()));
  const flushing = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Writes go out one batch at a time; a write queued meanwhile is taken by the next batch.
  const flush = useCallback(async (): Promise<void> => {
    const reports = store.current;
    if (!reports) return;
    if (flushing.current) {
      again.current = true;
      return flushing.current;
    }
    clearTimeout(retry.current);
    const run = (async () => {
      do {
        again.current = false;
        if (pending.current.size === 0) break;
        setSaveState((s) => (s.kind === "failed" ? s : { kind: "saving" }));
        const result = await flushWrites(pending.current, reports);
        if (!result.ok) {
          setSaveState({
            kind: "failed",
            failure: writeFailure(result.error),
            unsaved: pending.current.size,
          });
          retry.current = setTimeout(() => void flush(), RETRY_MS);
          return;
        }
        setSaveState({ kind: "saved", at: new Date().toISOString() });
      } while (again.current);
    })();
    flushing.current = run;
    try {
      await run;
    } finally {
      flushing.current = null;
    }
  }, []);

  /** Queues a write and tries it: a refusal is shown, the input kept, and the write tried again. */
  const persist = useCallback(
    (w: ReportWrite) => {
      pending.current.add(w);
      void flush();
    },
    [flush],
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const plansDb = await openPlanStore();
        let list = await plansDb.list();
        // On a province hub the unit's data is shared: the sample plan is never put there.
        if (!list.some((p) => p.readable) && !siteHubDocs()) {
          // A first visit: the sample plan, so the app has something to report on.
          await plansDb.save(samplePlan);
          list = await plansDb.list();
        }
        const reports = await openReportStore();
        store.current = reports;
        // What an earlier visit could not write is put back on screen and written now.
        pending.current.restore();
        const wanted =
          pending.current.meta<string>(CURRENT_PLAN) ?? (await reports.getMeta<string>(CURRENT_PLAN));
        const chosen = list.find((p) => p.id === wanted && p.readable) ?? list.find((p) => p.readable);
        const read = chosen ? await plansDb.read(chosen.id) : undefined;
        plansDb.close();
        if (!read?.ok) {
          throw new LoadRefused({
            reason: siteHubDocs() && !chosen ? "no-plan-on-hub" : "unreadable-plan",
          });
        }
        const periodMeta = `${CURRENT_PERIOD}:${read.plan.id}`;
        const storedPeriod =
          pending.current.meta<ReportPeriod>(periodMeta) ?? (await reports.getMeta<ReportPeriod>(periodMeta));
        const p = storedPeriod ?? defaultPeriod(read.plan.planYear, localToday());
        const entries = pending.current.overlayLog(read.plan.id, await reports.log(read.plan.id));
        const storedDraft =
          pending.current.draft(read.plan.id, periodKey(p)) ??
          (await reports.draft(read.plan.id, periodKey(p)));
        if (cancelled) return;
        setPlans(list);
        setPlan(tied(read.plan));
        setPeriodState(p);
        setLog(entries);
        setDraftState(storedDraft ?? defaultDraft(read.plan, p));
        setLoad({ kind: "ready" });
        void flush();
      } catch (error) {
        setLoad({
          kind: "error",
          ...(error instanceof LoadRefused
            ? error.failure
            : { reason: "storage", detail: error instanceof Error ? error.message : String(error) }),
        });
      }
    })();
    return () => {
      cancelled = true;
      clearTimeout(retry.current);
      store.current?.close();
    };
  }, [flush]);

  // With a province hub, entries the unit's other devices make (an agency in its own browser)
  // arrive in the copy as they sync: the log on screen follows, with what is still unwritten here on top.
  const planId = plan?.id;
  useEffect(() => {
    if (!planId) return;
    return watchSiteHub(async () => {
      const reports = store.current;
      if (!reports) return;
      setLog(pending.current.overlayLog(planId, await reports.log(planId)));
    });
  }, [planId]);

  const selectPlan = useCallback(
    async (id: string) => {
      const plansDb = await openPlanStore();
      const read = await plansDb.read(id);
      plansDb.close();
      const reports = store.current;
      if (!read.ok || !reports) return;
      const periodMeta = `${CURRENT_PERIOD}:${id}`;
      const stored =
        pending.current.meta<ReportPeriod>(periodMeta) ?? (await reports.getMeta<ReportPeriod>(periodMeta));
      const p = stored ?? defaultPeriod(read.plan.planYear, localToday());
      const entries = pending.current.overlayLog(id, await reports.log(id));
      const storedDraft = pending.current.draft(id, periodKey(p)) ?? (await reports.draft(id, periodKey(p)));
      persist({ op: "meta", key: CURRENT_PLAN, value: id });
      setPlan(tied(read.plan));
      setPeriodState(p);
      setLog(entries);
      setDraftState(storedDraft ?? defaultDraft(read.plan, p));
    },
    [persist],
  );

  const selectPeriod = useCallback(
    async (next: ReportPeriod) => {
      const reports = store.current;
      if (!reports || !plan) return;
      persist({ op: "meta", key: `${CURRENT_PERIOD}:${plan.id}`, value: next });
      const storedDraft =
        pending.current.draft(plan.id, periodKey(next)) ?? (await reports.draft(plan.id, periodKey(next)));
      setPeriodState(next);
      setDraftState(storedDraft ?? defaultDraft(plan, next));
    },
    [plan, persist],
  );

  const saveEntry = useCallback(
    async (entry: PeriodEntry) => {
      if (!plan || !store.current) return;
      setLog((current) => [...current.filter((e) => e.id !== entry.id), entry]);
      persist({ op: "entry", planId: plan.id, entry });
    },
    [plan, persist],
  );

  const replaceLog = useCallback(
    async (entries: PeriodEntry[]) => {
      if (!plan || !store.current) return;
      // The merged log is on screen at once; its write is queued whole (all of it or nothing).
      setLog(entries);
      persist({ op: "log", planId: plan.id, entries });
    },
    [plan, persist],
  );

  const setDraft = useCallback(
    async (next: ReportDraft) => {
      if (!plan || !period || !store.current) return;
      setDraftState(next);
      persist({ op: "draft", planId: plan.id, periodKey: periodKey(period), draft: next });
    },
    [plan, period, persist],
  );

  const report: PeriodReport | null = useMemo(() => {
    if (!plan || !period || !draft) return null;
    return buildPeriodReport({ plan, period, cutoff, log, draft, today: localToday() });
  }, [plan, period, draft, log, cutoff]);

  const carryItems = useMemo(
    () => (plan && report ? carryOverItems(plan, log, report.window) : []),
    [plan, log, report],
  );

  const carryOver = useCallback(async () => {
    if (!plan || !period || !report || !store.current) return;
    const entries = carryOverEntries(carryItems, periodKey(period), report.window);
    for (const entry of entries) persist({ op: "entry", planId: plan.id, entry });
    setLog((current) => [...current.filter((e) => !entries.some((n) => n.id === e.id)), ...entries]);
    return entries.length;
  }, [plan, period, report, carryItems, persist]);

  /** A return issued by this office: the stored record, or the one still waiting to be written. */
  const issued = useCallback(
    async (returnId: string): Promise<IssuedReturn | undefined> =>
      pending.current.issued(returnId) ?? (await store.current?.issued(returnId)),
    [],
  );

  return {
    load,
    cutoff,
    plans,
    plan,
    period,
    log,
    draft,
    report,
    carryItems,
    saveState,
    store,
    pending,
    persist,
    retryNow: flush,
    issued,
    directory,
    selectPlan,
    selectPeriod,
    saveEntry,
    replaceLog,
    setDraft,
    carryOver,
  };
}

export type Office = ReturnType<typeof useOffice>;
