import {
  type CutoffRule,
  isDoneStatus,
  type Locality,
  type Plan,
  periodWindow,
  type ReportPeriod,
  type TaskStatus,
  taskStatus,
  type Window,
} from "@kehoach/plan-model";
import { inWindow, type PeriodEntry, periodKey, workNodes } from "@kehoach/report-model";
import { assignTasks } from "./assignments.js";
import { readHubDoc } from "./docs.js";
import { type PlanRef, planKey } from "./ids.js";
import { type HubUnit, hubLayout } from "./layout.js";

// What the province sees in its roll-up for a report period: for every unit of the locality, the
// issued plans it reports on (its own, and other units' plans that assign it tasks) and, task by
// task, whether the unit has reported for the period, not yet, or the task is overdue. A task is
// the unit's to report when the hub's assignments give it to the unit; a task of a unit's own plan
// that no other unit is given is the unit's own. Statuses are plan-model's, judged at the window's
// end from the unit's own entries, so two communes on one shared task are counted apart.

/** Where a unit stands on one task for the period. */
export type ReportingState = "reported" | "notYet" | "overdue";

export interface ReportingCounts {
  tasks: number;
  reported: number;
  notYet: number;
  overdue: number;
}

export interface TaskReporting {
  taskId: string;
  /** "1.2": the task's number in its plan. */
  number: string;
  title: string;
  state: ReportingState;
  status: TaskStatus;
  /** The unit's latest entry up to the window's end, if any. */
  latest?: { date: string; percent?: number | undefined; result?: string | undefined };
}

export interface PlanReporting extends ReportingCounts {
  plan: PlanRef;
  title: string;
  /** "Kế hoạch số 15/KH-UBND" as far as the plan says. */
  number?: string | undefined;
  planYear: number;
  /** True when the plan is the unit's own (not assigned to it by another unit). */
  own: boolean;
  /** The unit marked its report for the period as sent. */
  submitted: boolean;
  /** Task by task, in the plan's order. */
  rows: TaskReporting[];
}

export interface UnitReporting extends ReportingCounts {
  code: string;
  name: string;
  kind: HubUnit["kind"];
  /** The newest write of the unit that reached the province (ISO), if any. */
  lastUpdateAt?: string | undefined;
  plans: PlanReporting[];
}

export interface ProvinceRollup {
  period: ReportPeriod;
  periodKey: string;
  window: Window;
  units: UnitReporting[];
  totals: ReportingCounts;
  /** Documents of the roll-up this version cannot read (skipped, never half-read). */
  unreadable: number;
}

export interface RollupInput {
  locality: Locality;
  /** The documents of the province's database, as stored. */
  docs: readonly unknown[];
  period: ReportPeriod;
  cutoff: CutoffRule;
}

const zero = (): ReportingCounts => ({ tasks: 0, reported: 0, notYet: 0, overdue: 0 });

function add(into: ReportingCounts, state: ReportingState) {
  into.tasks++;
  into[state]++;
}

/** The calendar years a period touches: a plan of one of them is reported on in the period. */
function periodYears(period: ReportPeriod): number[] {
  if (period.kind !== "adhoc") return [period.year];
  const from = Number(period.from.slice(0, 4));
  const to = Number(period.to.slice(0, 4));
  return Array.from({ length: Math.max(0, to - from) + 1 }, (_, i) => from + i);
}

export function provinceRollup({ locality, docs, period, cutoff }: RollupInput): ProvinceRollup {
  const layout = hubLayout(locality);
  const window = periodWindow(period, cutoff);
  const key = periodKey(period);
  const plans: { unit: string; plan: Plan }[] = [];
  // unit → planKey → taskId → entries
  const progress = new Map<string, Map<string, Map<string, PeriodEntry[]>>>();
  const submitted = new Set<string>();
  const lastUpdate = new Map<string, string>();
  let unreadable = 0;
  for (const raw of docs) {
    const id = (raw as { _id?: unknown } | null)?._id;
    if (typeof id === "string" && id.startsWith("_design/")) continue;
    const read = readHubDoc(raw);
    if (!read.ok) {
      unreadable++;
      continue;
    }
    const doc = read.doc;
    if (doc.updatedAt > (lastUpdate.get(doc.unit) ?? "")) lastUpdate.set(doc.unit, doc.updatedAt);
    if (doc.type === "plan" && doc.status === "issued") plans.push({ unit: doc.unit, plan: doc.plan });
    else if (doc.type === "progress") {
      const byPlan = progress.get(doc.unit) ?? new Map<string, Map<string, PeriodEntry[]>>();
      const byTask = byPlan.get(planKey(doc.plan)) ?? new Map<string, PeriodEntry[]>();
      byTask.set(doc.taskId, [...(byTask.get(doc.taskId) ?? []), doc.entry]);
      byPlan.set(planKey(doc.plan), byTask);
      progress.set(doc.unit, byPlan);
    } else if (doc.type === "period" && doc.periodKey === key && doc.status === "submitted") {
      submitted.add(`${doc.unit}|${planKey(doc.plan)}`);
    }
  }

  const { byUnit } = assignTasks(plans, locality, layout);
  // planKey → task → the units given it.
  const given = new Map<string, Map<string, string[]>>();
  for (const [code, table] of byUnit) {
    for (const [k, taskIds] of Object.entries(table)) {
      const byTask = given.get(k) ?? new Map<string, string[]>();
      for (const taskId of taskIds) byTask.set(taskId, [...(byTask.get(taskId) ?? []), code]);
      given.set(k, byTask);
    }
  }
  const years = new Set(periodYears(period));
  const hubCodes = new Set(layout.units.map((u) => u.code));
  const reporting = new Map<string, Map<string, PlanReporting>>();
  for (const { unit: issuer, plan } of plans) {
    if (!years.has(plan.planYear)) continue;
    const ref: PlanRef = { unit: issuer, id: plan.id };
    const k = planKey(ref);
    for (const node of workNodes(plan)) {
      const assigned = given.get(k)?.get(node.task.id) ?? [];
      const responsible = assigned.length > 0 ? assigned : hubCodes.has(issuer) ? [issuer] : [];
      for (const code of responsible) {
        const entries = progress.get(code)?.get(k)?.get(node.task.id) ?? [];
        const judged = taskStatus(node.task, entries, { year: plan.planYear, window });
        const state: ReportingState =
          judged.status === "overdue"
            ? "overdue"
            : entries.some((e) => inWindow(e, window)) || isDoneStatus(judged.status)
              ? "reported"
              : "notYet";
        const byPlan = reporting.get(code) ?? new Map<string, PlanReporting>();
        const line: PlanReporting = byPlan.get(k) ?? {
          ...zero(),
          plan: ref,
          title: plan.title,
          number: plan.number ? `${plan.number}/${plan.symbol}` : undefined,
          planYear: plan.planYear,
          own: code === issuer,
          submitted: submitted.has(`${code}|${k}`),
          rows: [],
        };
        add(line, state);
        line.rows.push({
          taskId: node.task.id,
          number: node.number,
          title: node.task.title,
          state,
          status: judged.status,
          ...(judged.entry
            ? {
                latest: {
                  date: judged.entry.date,
                  percent: judged.entry.percent,
                  result: judged.entry.result,
                },
              }
            : {}),
        });
        byPlan.set(k, line);
        reporting.set(code, byPlan);
      }
    }
  }

  const totals = zero();
  const units = layout.units.map((u): UnitReporting => {
    const list = [...(reporting.get(u.code)?.values() ?? [])].sort(
      (a, b) => Number(b.own) - Number(a.own) || a.title.localeCompare(b.title, "vi"),
    );
    const counts = zero();
    for (const p of list) {
      for (const field of ["tasks", "reported", "notYet", "overdue"] as const) {
        counts[field] += p[field];
        totals[field] += p[field];
      }
    }
    return {
      code: u.code,
      name: u.name,
      kind: u.kind,
      ...counts,
      ...(lastUpdate.has(u.code) ? { lastUpdateAt: lastUpdate.get(u.code) } : {}),
      plans: list,
    };
  });
  return { period, periodKey: key, window, units, totals, unreadable };
}
