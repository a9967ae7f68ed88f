// What a period costs on a large plan: building the whole report (statuses, sums by form,
// contradictions, facts, narrative, appendix rows) and merging a large return, against plan-model's
// planProgress alone on the same data (the status roll-up every report needs at least), in the
// same run. Run after a build: `pnpm --filter @kehoach/report-model bench`.
import { planProgress } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { measure, report } from "../../../tools/bench.mjs";
import { buildPeriodReport, defaultDraft, planMerge } from "../dist/index.js";

// 1,400 tasks (the sample's 14, a hundred times over, each with its own id) and 10 entries a task.
const TIMES = 100;
const tasks = [];
for (let copy = 0; copy < TIMES; copy++) {
  for (const task of samplePlan.tasks) tasks.push({ ...task, id: `${task.id}-${copy}`, ref: undefined });
}
const plan = { ...samplePlan, tasks };
const days = [
  "2026-01-10",
  "2026-02-10",
  "2026-03-10",
  "2026-03-20",
  "2026-04-10",
  "2026-05-10",
  "2026-06-01",
  "2026-06-10",
  "2026-06-12",
  "2026-06-14",
];
const log = tasks.flatMap((task) =>
  days.map((date, i) => ({
    id: `${task.id}@${i}`,
    taskId: task.id,
    date,
    state: i === days.length - 1 && task.id.startsWith("t06") ? "done" : "in_progress",
    percent: i * 10,
    claimed: "in_progress",
    result: "Đã thực hiện theo kế hoạch",
    indicators: [{ label: "Tin, bài", value: i, unit: "tin, bài" }],
    evidence: [],
  })),
);
const period = { kind: "quarter", year: 2026, quarter: 2 };
const cutoff = { closingDay: 14 };
const window = { from: "2026-03-15", to: "2026-06-14" };
const draft = defaultDraft(plan, period);
const theirs = log.map((e) => (e.date >= window.from ? { ...e, percent: 90 } : e));

const results = [
  await measure(
    "planProgress (plan-model, baseline)",
    () => planProgress(plan, log, { year: 2026, window }),
    { runs: 9 },
  ),
  await measure(
    "buildPeriodReport",
    () => buildPeriodReport({ plan, period, cutoff, log, draft, today: "2026-06-16" }),
    {
      runs: 9,
    },
  ),
  await measure(
    "planMerge (1,400 tasks)",
    () => planMerge({ window, taskIds: tasks.map((t) => t.id), ours: log, theirs, base: log }),
    { runs: 9 },
  ),
];
report(
  `Report model: ${tasks.length} tasks, ${log.length} entries`,
  results,
  "planProgress (plan-model, baseline)",
);
