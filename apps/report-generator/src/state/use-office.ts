import site from "virtual:kehoach/site";
import { type CutoffRule, DEFAULT_CUTOFF_RULE, type Plan, type ReportPeriod } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { openPlanStore, type PlanSummary } from "@kehoach/plan-store";
import {
  buildPeriodReport,
  carryOverEntries,
  carryOverItems,
  defaultDraft,
  localToday,
  type PeriodEntry,
  type PeriodReport,
  periodKey,
  type ReportDraft,
  withDirectoryIds,
} from "@kehoach/report-model";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { openReportStore, type ReportStore } from "../storage/report-db.js";
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

export type LoadState = { kind: "loading" } | { kind: "ready" } | { kind: "error"; message: string };

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
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const store = useRef<ReportStore | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const plansDb = await openPlanStore();
        let list = await plansDb.list();
        if (!list.some((p) => p.readable)) {
          // A first visit: the sample plan, so the app has something to report on.
          await plansDb.save(samplePlan);
          list = await plansDb.list();
        }
        const reports = await openReportStore();
        store.current = reports;
        const wanted = await reports.getMeta<string>(CURRENT_PLAN);
        const chosen = list.find((p) => p.id === wanted && p.readable) ?? list.find((p) => p.readable);
        const read = chosen ? await plansDb.read(chosen.id) : undefined;
        plansDb.close();
        if (!read?.ok) throw new Error("Không đọc được kế hoạch đã lưu.");
        const storedPeriod = await reports.getMeta<ReportPeriod>(`${CURRENT_PERIOD}:${read.plan.id}`);
        const p = storedPeriod ?? defaultPeriod(read.plan.planYear, localToday());
        const entries = await reports.log(read.plan.id);
        const storedDraft = await reports.draft(read.plan.id, periodKey(p));
        if (cancelled) return;
        setPlans(list);
        setPlan(tied(read.plan));
        setPeriodState(p);
        setLog(entries);
        setDraftState(storedDraft ?? defaultDraft(read.plan, p));
        setLoad({ kind: "ready" });
      } catch (error) {
        setLoad({
          kind: "error",
          message: `Không mở được bộ nhớ cục bộ của trình duyệt (IndexedDB): ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    })();
    return () => {
      cancelled = true;
      store.current?.close();
    };
  }, []);

  const saved = () => setSavedAt(new Date().toISOString());

  const selectPlan = useCallback(async (id: string) => {
    const plansDb = await openPlanStore();
    const read = await plansDb.read(id);
    plansDb.close();
    const reports = store.current;
    if (!read.ok || !reports) return;
    const stored = await reports.getMeta<ReportPeriod>(`${CURRENT_PERIOD}:${id}`);
    const p = stored ?? defaultPeriod(read.plan.planYear, localToday());
    await reports.setMeta(CURRENT_PLAN, id);
    setPlan(tied(read.plan));
    setPeriodState(p);
    setLog(await reports.log(id));
    setDraftState((await reports.draft(id, periodKey(p))) ?? defaultDraft(read.plan, p));
  }, []);

  const selectPeriod = useCallback(
    async (next: ReportPeriod) => {
      const reports = store.current;
      if (!reports || !plan) return;
      await reports.setMeta(`${CURRENT_PERIOD}:${plan.id}`, next);
      setPeriodState(next);
      setDraftState((await reports.draft(plan.id, periodKey(next))) ?? defaultDraft(plan, next));
    },
    [plan],
  );

  const saveEntry = useCallback(
    async (entry: PeriodEntry) => {
      if (!plan || !store.current) return;
      setLog((current) => [...current.filter((e) => e.id !== entry.id), entry]);
      await store.current.putEntry(plan.id, entry);
      saved();
    },
    [plan],
  );

  const replaceLog = useCallback(
    async (entries: PeriodEntry[]) => {
      if (!plan || !store.current) return;
      await store.current.replaceLog(plan.id, entries);
      setLog(entries);
      saved();
    },
    [plan],
  );

  const setDraft = useCallback(
    async (next: ReportDraft) => {
      if (!plan || !period || !store.current) return;
      setDraftState(next);
      await store.current.saveDraft(plan.id, periodKey(period), next);
      saved();
    },
    [plan, period],
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
    for (const entry of entries) await store.current.putEntry(plan.id, entry);
    setLog((current) => [...current.filter((e) => !entries.some((n) => n.id === e.id)), ...entries]);
    saved();
    return entries.length;
  }, [plan, period, report, carryItems]);

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
    savedAt,
    store,
    selectPlan,
    selectPeriod,
    saveEntry,
    replaceLog,
    setDraft,
    carryOver,
  };
}

export type Office = ReturnType<typeof useOffice>;
