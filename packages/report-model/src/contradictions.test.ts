import { describe, expect, it } from "vitest";
import { findContradictions } from "./contradictions.js";
import { entry, plan } from "./scenario.test-helpers.js";

const q2 = { from: "2026-03-15", to: "2026-06-14" };

describe("statuses that contradict the dates", () => {
  it("flags a task stated done on time that was finished after its deadline", () => {
    // t01 is due in Quý I (31/3/2026) and was finished on 10/4/2026.
    const found = findContradictions(
      plan,
      [
        entry({
          id: "e",
          taskId: "t01",
          date: "2026-04-12",
          state: "done",
          completedOn: "2026-04-10",
          claimed: "done_on_time",
        }),
      ],
      q2,
    );
    expect(found).toEqual([
      expect.objectContaining({
        kind: "claimed-status",
        message:
          "Ghi “Đã hoàn thành đúng hạn” nhưng theo ngày tháng (hạn 31/3/2026, hoàn thành ngày 10/4/2026) là “Đã hoàn thành quá hạn”.",
      }),
    ]);
  });

  it("flags a task stated in progress within its deadline when the deadline has passed", () => {
    const found = findContradictions(
      plan,
      [entry({ id: "e", taskId: "t01", date: "2026-05-01", state: "in_progress", claimed: "in_progress" })],
      q2,
    );
    expect(found.map((c) => c.kind)).toEqual(["claimed-status"]);
    expect(found[0]?.message).toContain("là “Đang thực hiện quá hạn”");
  });

  it("accepts a stated status the dates bear out", () => {
    const found = findContradictions(
      plan,
      [
        entry({
          id: "e",
          taskId: "t06",
          date: "2026-06-01",
          state: "done",
          completedOn: "2026-05-20",
          claimed: "done_on_time",
          percent: 100,
        }),
        entry({ id: "f", taskId: "t01", date: "2026-05-01", state: "in_progress", claimed: "overdue" }),
      ],
      q2,
    );
    expect(found).toEqual([]);
  });

  it("flags entries that disagree with themselves or fall outside the window", () => {
    const found = findContradictions(
      plan,
      [
        entry({ id: "a", taskId: "t07", date: "2026-06-20", state: "in_progress", percent: 100 }),
        entry({
          id: "b",
          taskId: "t08",
          date: "2026-05-01",
          state: "done",
          completedOn: "2026-05-09",
          percent: 80,
        }),
        entry({
          id: "c",
          taskId: "t09",
          date: "2026-05-01",
          state: "not_started",
          indicators: [{ label: "Đội thi", value: 4, unit: "đội" }],
        }),
        entry({ id: "d", taskId: "t13", date: "2026-05-01", state: "done", completedOn: "2026-04-20" }),
      ],
      q2,
      new Set(["a", "b", "c", "d"]),
    );
    expect(found.map((c) => `${c.entryId}:${c.kind}`).sort()).toEqual([
      "a:full-but-not-done",
      "a:outside-window",
      "b:completed-after-entry",
      "b:done-below-100",
      "c:activity-but-not-started",
      "d:completed-before-start",
    ]);
  });
});
