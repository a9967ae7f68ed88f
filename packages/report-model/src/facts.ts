import {
  isDoneStatus,
  occurrences,
  type Plan,
  STATUS_LABELS,
  TASK_STATUSES,
  type TaskStatus,
  type Window,
} from "@kehoach/plan-model";
import { compareVi } from "@kehoach/text-vi";
import { leadAgencies, workNodes } from "./agencies.js";
import type { PeriodEntry } from "./entry.js";
import { inWindow, type PeriodProgress } from "./progress.js";

// The facts a báo cáo's free text is drafted from (plan-domain §4.3): tasks overdue, tasks not
// finished, tasks with no activity in the window; and the completion figures by status and by
// lead agency that the dashboard and the appendix chart show.

export interface TaskFact {
  taskId: string;
  number: string;
  title: string;
  leads: string[];
  status: TaskStatus;
  percent: number;
  due?: string | undefined;
}

export interface StatusShare {
  status: TaskStatus;
  label: string;
  count: number;
  /** Share of all work tasks, 0–100, one decimal. */
  share: number;
}

export interface AgencyShare {
  key: string;
  name: string;
  total: number;
  counts: Record<TaskStatus, number>;
  done: number;
  /** Share of its tasks done (on time or late), 0–100, one decimal. */
  doneShare: number;
  /** Its tasks reported done without a completion date: in none of the counts. */
  awaitingDate: number;
}

export interface PeriodFacts {
  total: number;
  done: number;
  /** The plan's weighted percentage (plan-model roll-up). */
  percent: number;
  counts: Record<TaskStatus, number>;
  byStatus: StatusShare[];
  byAgency: AgencyShare[];
  overdue: TaskFact[];
  unfinished: TaskFact[];
  noActivity: TaskFact[];
  doneTasks: TaskFact[];
  /** Reported done without a completion date: in no count, no list above and not in `percent`. */
  awaitingDate: TaskFact[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function periodFacts(
  plan: Plan,
  progress: PeriodProgress,
  entries: readonly PeriodEntry[],
  window: Window,
): PeriodFacts {
  const byTask = new Map(progress.tasks.map((t) => [t.taskId, t]));
  const active = new Set(entries.filter((e) => inWindow(e, window)).map((e) => e.taskId));
  const facts: TaskFact[] = [];
  const awaiting = new Set(progress.awaitingDate);
  // Work scheduled to start after the window is not "without activity": nothing was due yet.
  const expected = new Set(
    workNodes(plan)
      .filter((n) => {
        const occs = occurrences(n.task.time, plan.planYear);
        return occs.length === 0 || occs.some((o) => o.start <= window.to);
      })
      .map((n) => n.task.id),
  );
  const agencies = new Map<string, AgencyShare>();
  for (const node of workNodes(plan)) {
    const p = byTask.get(node.task.id);
    if (!p) continue;
    const leads = leadAgencies(node);
    facts.push({
      taskId: node.task.id,
      number: node.number,
      title: node.task.title,
      leads: leads.map((a) => a.name),
      status: p.status,
      percent: p.percent,
      due: p.due,
    });
    for (const lead of leads) {
      const share =
        agencies.get(lead.key) ??
        ({
          key: lead.key,
          name: lead.name,
          total: 0,
          counts: zeroCounts(),
          done: 0,
          doneShare: 0,
          awaitingDate: 0,
        } as AgencyShare);
      share.total++;
      if (awaiting.has(node.task.id)) share.awaitingDate++;
      else share.counts[p.status]++;
      agencies.set(lead.key, share);
    }
  }
  const total = facts.length;
  const counted = facts.filter((f) => !awaiting.has(f.taskId));
  const byAgency = [...agencies.values()]
    .map((a) => {
      const done = a.counts.done_on_time + a.counts.done_late;
      return { ...a, done, doneShare: a.total === 0 ? 0 : round1((done / a.total) * 100) };
    })
    .sort((a, b) => compareVi(a.name, b.name));
  return {
    total,
    done: counted.filter((f) => isDoneStatus(f.status)).length,
    percent: progress.percent,
    counts: progress.counts,
    byStatus: TASK_STATUSES.map((status) => ({
      status,
      label: STATUS_LABELS[status],
      count: progress.counts[status],
      share: total === 0 ? 0 : round1((progress.counts[status] / total) * 100),
    })),
    byAgency,
    overdue: counted.filter((f) => f.status === "overdue"),
    unfinished: counted.filter((f) => !isDoneStatus(f.status)),
    noActivity: counted.filter(
      (f) => !active.has(f.taskId) && !isDoneStatus(f.status) && expected.has(f.taskId),
    ),
    doneTasks: counted.filter((f) => isDoneStatus(f.status)),
    awaitingDate: facts.filter((f) => awaiting.has(f.taskId)),
  };
}

function zeroCounts(): Record<TaskStatus, number> {
  return Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<TaskStatus, number>;
}
