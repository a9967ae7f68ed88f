import type { Plan, ReportPeriod } from "@kehoach/plan-model";
import type { PeriodEntry } from "@kehoach/report-model";
import { describe, expect, it } from "vitest";
import { periodDoc, planDoc, progressDoc } from "./docs.js";
import { provinceRollup } from "./rollup.js";
import { testLocality } from "./testing/locality.test-helpers.js";
import { provincePlan } from "./testing/plan.test-helpers.js";

// The province's view of a period, computed from the roll-up's documents alone (no engine): the
// Sở's plan gives "t-all" to every commune, "t-an" to xã An Hòa; "t-own" (a team inside the Sở)
// and "t-ca" (an agency with no database) stay the Sở's to report.

const locality = testLocality("roll");
const q2: ReportPeriod = { kind: "quarter", year: 2026, quarter: 2 };
const cutoff = { closingDay: 14 };
const time = (raw: string, quarter: 1 | 2 | 3 | 4) =>
  ({ raw, kind: "within", period: { unit: "quarter", year: 2026, quarter } }) as const;

function plan(): Plan {
  const p = provincePlan("kh-tinh");
  const [all, an, own, ca] = p.tasks as [
    Plan["tasks"][0],
    Plan["tasks"][0],
    Plan["tasks"][0],
    Plan["tasks"][0],
  ];
  // t-all and t-an are due in Q1 (overdue in Q2 unless done), t-own and t-ca in Q3.
  return {
    ...p,
    tasks: [
      { ...all, time: time("Quý I/2026", 1) },
      { ...an, time: time("Quý I/2026", 1) },
      { ...own, time: time("Quý III/2026", 3) },
      { ...ca, time: time("Quý III/2026", 3) },
    ],
  };
}

const entry = (taskId: string, date: string, state: PeriodEntry["state"], percent?: number): PeriodEntry => ({
  id: `${taskId}@2026-Q2`,
  taskId,
  date,
  state,
  ...(percent !== undefined ? { percent } : {}),
  ...(state === "done" ? { completedOn: date } : {}),
  result: "Đã thực hiện",
  indicators: [],
  evidence: [],
});

const at = (iso: string) => new Date(iso);
const ref = { unit: "so-noi-vu", id: "kh-tinh" };

function docs(): unknown[] {
  const p = plan();
  return [
    { _id: "_design/kehoach", kehoach: {} },
    planDoc(p, "issued", { unit: "so-noi-vu", by: "so-noi-vu@roll", now: at("2026-01-20T08:00:00Z") }),
    // A draft and another year's plan are not reported on in Q2 2026.
    planDoc({ ...p, id: "kh-nhap", title: "Dự thảo" }, "draft", { unit: "so-noi-vu", by: "so-noi-vu@roll" }),
    planDoc({ ...p, id: "kh-2025", planYear: 2025 }, "issued", { unit: "so-noi-vu", by: "so-noi-vu@roll" }),
    // xã An Hòa: t-all done in Q1 (no report needed in Q2), t-an in progress in the window but past due.
    progressDoc(
      {
        plan: ref,
        period: { kind: "quarter", year: 2026, quarter: 1 },
        entry: { ...entry("t-all", "2026-03-10", "done"), id: "t-all@2026-Q1" },
      },
      { unit: "xa-an", by: "xa-an@roll", now: at("2026-03-10T09:00:00Z") },
    ),
    progressDoc(
      { plan: ref, period: q2, entry: entry("t-an", "2026-05-02", "in_progress", 70) },
      { unit: "xa-an", by: "xa-an@roll", now: at("2026-05-02T09:30:00Z") },
    ),
    periodDoc(
      { plan: ref, period: q2, status: "submitted" },
      { unit: "xa-an", by: "xa-an@roll", now: at("2026-06-15T01:00:00Z") },
    ),
    // The Sở: t-own reported in the window; t-ca not yet.
    progressDoc(
      { plan: ref, period: q2, entry: entry("t-own", "2026-06-01", "in_progress", 40) },
      { unit: "so-noi-vu", by: "so-noi-vu@roll", now: at("2026-06-01T10:00:00Z") },
    ),
    { _id: "progress:xa-an:bad", schemaVersion: 99 },
  ];
}

describe("the province's roll-up of a period", () => {
  const rollup = provinceRollup({ locality, docs: docs(), period: q2, cutoff });
  const unit = (code: string) => rollup.units.find((u) => u.code === code)!;

  it("lists every unit of the locality, even one with nothing to report", () => {
    expect(rollup.units.map((u) => u.code).sort()).toEqual(["phuong-binh", "so-noi-vu", "xa-an"]);
    expect(rollup.periodKey).toBe("2026-Q2");
    expect(rollup.window).toEqual({ from: "2026-03-15", to: "2026-06-14" });
  });

  it("counts each unit's tasks as reported, not yet or overdue, from its own entries", () => {
    expect(unit("xa-an")).toMatchObject({ tasks: 2, reported: 1, notYet: 0, overdue: 1 });
    expect(unit("xa-an").plans[0]?.rows.map((t) => [t.taskId, t.state, t.status])).toEqual([
      ["t-all", "reported", "done_on_time"],
      ["t-an", "overdue", "overdue"],
    ]);
    // The same shared task is phường Bình Minh's own to report: nothing from it yet, and past due.
    expect(unit("phuong-binh")).toMatchObject({ tasks: 1, reported: 0, notYet: 0, overdue: 1 });
    expect(unit("so-noi-vu")).toMatchObject({ tasks: 2, reported: 1, notYet: 1, overdue: 0 });
    expect(rollup.totals).toEqual({ tasks: 5, reported: 2, notYet: 1, overdue: 2 });
  });

  it("reports only issued plans of the period's year, says whose they are and which reports were sent", () => {
    const an = unit("xa-an").plans;
    expect(an.map((p) => [p.plan.id, p.own, p.submitted, p.number])).toEqual([
      ["kh-tinh", false, true, "15/KH-UBND"],
    ]);
    expect(unit("so-noi-vu").plans.map((p) => [p.plan.id, p.own, p.submitted])).toEqual([
      ["kh-tinh", true, false],
    ]);
    expect(unit("xa-an").plans[0]?.rows[1]?.latest).toEqual({
      date: "2026-05-02",
      percent: 70,
      result: "Đã thực hiện",
    });
  });

  it("gives each unit the time of its newest write that reached the province, and skips unreadable documents", () => {
    expect(unit("xa-an").lastUpdateAt).toBe("2026-06-15T01:00:00.000Z");
    expect(unit("phuong-binh").lastUpdateAt).toBeUndefined();
    expect(rollup.unreadable).toBe(1);
  });
});
