import { describe, expect, it } from "vitest";
import type { Plan } from "../plan.js";
import { samplePlan } from "../sample/index.js";
import { type ProgressEntryInput, ProgressEntrySchema } from "../schema/progress.js";
import { parseTime } from "../time/parse-time.js";
import { periodLabel, periodLabelEn, periodWindow, reportDueDate, reportPeriods } from "./periods.js";
import { planProgress, taskStatus } from "./status.js";

describe("report periods and their data windows", () => {
  it("follow the 15th-to-14th rule of NĐ 09/2019 by default", () => {
    expect(periodWindow({ kind: "quarter", year: 2026, quarter: 1 })).toEqual({
      from: "2025-12-15",
      to: "2026-03-14",
    });
    expect(periodWindow({ kind: "quarter", year: 2026, quarter: 3 })).toEqual({
      from: "2026-06-15",
      to: "2026-09-14",
    });
    expect(periodWindow({ kind: "halfYear", year: 2026 })).toEqual({ from: "2025-12-15", to: "2026-06-14" });
    expect(periodWindow({ kind: "nineMonths", year: 2026 })).toEqual({
      from: "2025-12-15",
      to: "2026-09-14",
    });
    expect(periodWindow({ kind: "year", year: 2026 })).toEqual({ from: "2025-12-15", to: "2026-12-14" });
    expect(periodWindow({ kind: "month", year: 2026, month: 3 })).toEqual({
      from: "2026-02-15",
      to: "2026-03-14",
    });
  });

  it("take another closing day from the locality; 31 gives calendar periods", () => {
    expect(periodWindow({ kind: "quarter", year: 2026, quarter: 1 }, { closingDay: 31 })).toEqual({
      from: "2026-01-01",
      to: "2026-03-31",
    });
    expect(periodWindow({ kind: "month", year: 2026, month: 2 }, { closingDay: 30 })).toEqual({
      from: "2026-01-31",
      to: "2026-02-28",
    });
    expect(periodWindow({ kind: "adhoc", from: "2026-05-01", to: "2026-05-20" })).toEqual({
      from: "2026-05-01",
      to: "2026-05-20",
    });
  });

  it("are due on the report day of the last month, and are named as reports name them", () => {
    expect(reportDueDate({ kind: "quarter", year: 2026, quarter: 2 })).toBe("2026-06-20");
    expect(reportDueDate({ kind: "quarter", year: 2026, quarter: 2 }, { closingDay: 14 })).toBe("2026-06-14");
    expect(reportPeriods(2026, ["year", "halfYear", "quarter"]).map(periodLabel)).toEqual([
      "Quý I năm 2026",
      "Quý II năm 2026",
      "6 tháng đầu năm 2026",
      "Quý III năm 2026",
      "Quý IV năm 2026",
      "Năm 2026",
    ]);
    expect(reportPeriods(2026, ["year", "halfYear", "quarter"]).map(periodLabelEn)).toEqual([
      "Q1 2026",
      "Q2 2026",
      "First half of 2026",
      "Q3 2026",
      "Q4 2026",
      "Year 2026",
    ]);
    expect(periodLabelEn({ kind: "month", year: 2026, month: 3 })).toBe("March 2026");
  });
});

const entry = (e: Omit<ProgressEntryInput, "id">) =>
  ProgressEntrySchema.parse({ id: `${e.taskId}-${e.date}`, ...e });
const q1 = { year: 2026, window: periodWindow({ kind: "quarter", year: 2026, quarter: 1 }) };
const q2 = { year: 2026, window: periodWindow({ kind: "quarter", year: 2026, quarter: 2 }) };
const t = (i: number) => samplePlan.tasks[i]!;

describe("task status at the end of a window", () => {
  it("is done on time or late by the completion date against the due date", () => {
    expect(taskStatus(t(0), [entry({ taskId: "t01", date: "2026-03-10", state: "done" })], q1)).toMatchObject(
      {
        status: "done_on_time",
        percent: 100,
        due: "2026-03-31",
      },
    );
    const late = [entry({ taskId: "t01", date: "2026-04-10", state: "done", completedOn: "2026-04-08" })];
    expect(taskStatus(t(0), late, q2)).toMatchObject({ status: "done_late", due: "2026-03-31" });
  });

  it("is overdue when the due date has passed without completion, in progress or not started otherwise", () => {
    expect(taskStatus(t(0), [], q2)).toMatchObject({ status: "overdue", percent: 50 });
    expect(taskStatus(t(5), [], q1)).toMatchObject({ status: "not_started", percent: 0, due: "2026-06-30" });
    const started = [entry({ taskId: "t06", date: "2026-03-01", state: "in_progress", percent: 30 })];
    expect(taskStatus(t(5), started, q1)).toMatchObject({ status: "in_progress", percent: 30 });
  });

  it("judges repeated work by the entries of the window alone", () => {
    // Monthly broadcasts: February was due 28/2; an entry of the previous window does not count.
    const old = [entry({ taskId: "t03", date: "2025-12-01", state: "done" })];
    expect(taskStatus(t(2), old, q1)).toMatchObject({ status: "overdue", due: "2026-02-28" });
    const done = [entry({ taskId: "t03", date: "2026-02-25", state: "done" })];
    expect(taskStatus(t(2), done, q1)).toMatchObject({ status: "done_on_time" });
  });
});

describe("rolling progress up the task tree", () => {
  const plan: Plan = {
    ...structuredClone(samplePlan),
    tasks: [
      {
        id: "g",
        kind: "group",
        title: "Nhóm",
        roles: [],
        time: parseTime(""),
        children: [
          { ...t(0), id: "a", weight: 1 },
          { ...t(5), id: "b", weight: 3 },
        ],
      },
      { ...t(6), id: "c" },
    ],
  };
  const entries = [
    entry({ taskId: "a", date: "2026-03-01", state: "done" }),
    entry({ taskId: "b", date: "2026-03-01", state: "in_progress" }),
  ];

  it("averages children by weight and the plan by its top-level tasks", () => {
    const progress = planProgress(plan, entries, q1);
    expect(progress.tree[0]).toMatchObject({ taskId: "g", percent: 62.5, weight: 1 });
    expect(progress.tree[0]?.children.map((c) => [c.taskId, c.status, c.percent, c.weight])).toEqual([
      ["a", "done_on_time", 100, 1],
      ["b", "in_progress", 50, 3],
    ]);
    expect(progress.tree[1]).toMatchObject({ taskId: "c", percent: 0, status: "not_started" });
    expect(progress.percent).toBe(31.3);
    expect(progress.counts).toEqual({
      done_on_time: 1,
      done_late: 0,
      in_progress: 1,
      overdue: 0,
      not_started: 1,
    });
  });
});
