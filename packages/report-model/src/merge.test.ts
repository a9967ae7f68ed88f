import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PeriodEntry } from "./entry.js";
import { applyMerge, planMerge } from "./merge.js";
import { entry } from "./scenario.test-helpers.js";

const window = { from: "2026-03-15", to: "2026-06-14" };
const base = [entry({ id: "a@Q2", taskId: "a", date: "2026-05-01", percent: 40 })];
const outside = entry({ id: "a@Q1", taskId: "a", date: "2026-03-01", percent: 20 });
const otherTask = entry({ id: "b@Q2", taskId: "b", date: "2026-05-01" });
const agencyEdit = [{ ...base[0]!, percent: 80, result: "Cơ quan cập nhật" }];
const officeEdit = [{ ...base[0]!, percent: 60, result: "Văn phòng cập nhật" }];

describe("merging a return", () => {
  it("takes the agency's figures when only the agency changed them", () => {
    const plan = planMerge({
      window,
      taskIds: ["a"],
      ours: [outside, ...base, otherTask],
      theirs: agencyEdit,
      base,
    });
    expect(plan.tasks.map((t) => t.kind)).toEqual(["update"]);
    const result = applyMerge([outside, ...base, otherTask], plan, {});
    expect(result.ok && result.log).toEqual([outside, otherTask, ...agencyEdit]);
  });

  it("keeps the office's figures when the agency sent back what it was given", () => {
    const plan = planMerge({ window, taskIds: ["a"], ours: officeEdit, theirs: base, base });
    expect(plan.tasks[0]?.kind).toBe("kept");
    const result = applyMerge(officeEdit, plan, {});
    expect(result.ok && result.log).toEqual(officeEdit);
  });

  it("shows a conflict when both sides changed a task, and applies nothing until it is decided", () => {
    const ours = [outside, ...officeEdit];
    const plan = planMerge({ window, taskIds: ["a"], ours, theirs: agencyEdit, base });
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]).toMatchObject({ ours: officeEdit, theirs: agencyEdit });
    expect(applyMerge(ours, plan, {})).toEqual({ ok: false, undecided: ["a"] });
    const kept = applyMerge(ours, plan, { a: "ours" });
    expect(kept.ok && kept.log).toEqual(ours);
    const taken = applyMerge(ours, plan, { a: "theirs" });
    expect(taken.ok && taken.log).toEqual([outside, ...agencyEdit]);
  });

  it("treats two agencies' returns on a shared task as a conflict for the second", () => {
    const first = planMerge({ window, taskIds: ["a"], ours: base, theirs: agencyEdit, base });
    const afterFirst = applyMerge(base, first, {});
    if (!afterFirst.ok) throw new Error("first merge failed");
    const secondEdit = [{ ...base[0]!, percent: 100, state: "done" as const }];
    const second = planMerge({ window, taskIds: ["a"], ours: afterFirst.log, theirs: secondEdit, base });
    expect(second.conflicts.map((c) => c.taskId)).toEqual(["a"]);
  });

  it("with no common past, takes a task the office has nothing for and asks about the rest", () => {
    const plan = planMerge({
      window,
      taskIds: ["a", "b"],
      ours: [otherTask],
      theirs: [...base, { ...otherTask, percent: 10 }],
    });
    expect(plan.tasks.map((t) => t.kind)).toEqual(["update", "conflict"]);
  });

  const entryArb = (taskId: string) =>
    fc.record({
      id: fc.constantFrom(`${taskId}@1`, `${taskId}@2`),
      taskId: fc.constant(taskId),
      date: fc.constantFrom("2026-03-01", "2026-04-01", "2026-06-14", "2026-07-01"),
      state: fc.constantFrom("not_started" as const, "in_progress" as const, "done" as const),
      percent: fc.integer({ min: 0, max: 100 }),
      indicators: fc.constant([] as PeriodEntry["indicators"]),
      evidence: fc.constant([] as PeriodEntry["evidence"]),
    });
  const listArb = fc
    .array(fc.oneof(entryArb("a"), entryArb("b"), entryArb("c")), { maxLength: 6 })
    .map((list) => [...new Map(list.map((e) => [e.id, e as PeriodEntry])).values()]);

  it("never touches entries outside the window or of tasks the return does not speak for", () => {
    fc.assert(
      fc.property(listArb, listArb, listArb, (ours, theirs, baseList) => {
        const plan = planMerge({ window, taskIds: ["a", "b"], ours, theirs, base: baseList });
        const decisions = Object.fromEntries(plan.conflicts.map((c) => [c.taskId, "theirs" as const]));
        const result = applyMerge(ours, plan, decisions);
        if (!result.ok) return false;
        const untouched = (e: PeriodEntry) => e.taskId === "c" || e.date < window.from || e.date > window.to;
        const before = ours
          .filter(untouched)
          .filter((e) => !result.log.some((r) => r.id === e.id && !untouched(r)));
        return before.every((e) => result.log.includes(e));
      }),
    );
  });

  it("changes nothing when the agency returns the file as it was issued", () => {
    fc.assert(
      fc.property(listArb, listArb, (ours, baseList) => {
        const plan = planMerge({ window, taskIds: ["a", "b", "c"], ours, theirs: baseList, base: baseList });
        const result = applyMerge(ours, plan, {});
        return (
          plan.conflicts.length === 0 &&
          result.ok &&
          result.log.length === ours.length &&
          ours.every((e) => result.log.includes(e))
        );
      }),
    );
  });
});
