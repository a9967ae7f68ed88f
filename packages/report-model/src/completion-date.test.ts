import { describe, expect, it } from "vitest";
import { findContradictions } from "./contradictions.js";
import { defaultDraft } from "./defaults.js";
import { reportFindings } from "./findings.js";
import { periodProgress } from "./progress.js";
import { buildPeriodReport } from "./report.js";
import { cutoff, entry, log, plan, q2 } from "./scenario.test-helpers.js";

// Task 7 (the banners, due in Quý II) reported "Đã hoàn thành đúng hạn" with the form's default
// data date, the window's cut-off, and no completion date: what a person leaves when they pick
// the status and move on.
const undated = entry({
  id: "t07@2026-Q2",
  taskId: "t07",
  date: "2026-06-14",
  state: "done",
  percent: 100,
  claimed: "done_on_time",
});
const window = { from: "2026-03-15", to: "2026-06-14" };

function report(entries = [...log, undated]) {
  return buildPeriodReport({
    plan,
    period: q2,
    cutoff,
    log: entries,
    draft: defaultDraft(plan, q2),
    today: "2026-06-16",
  });
}

describe("a task reported done without a completion date", () => {
  it("is neither on time nor late, and counts nowhere until the date is given", () => {
    const before = report(log);
    const r = report();
    // Before, nothing was reported for it: not started. Now it is in no count at all.
    expect(r.facts.counts).toEqual({
      ...before.facts.counts,
      not_started: before.facts.counts.not_started - 1,
    });
    expect(Object.values(r.facts.counts).reduce((a, b) => a + b, 0)).toBe(r.facts.total - 1);
    expect(r.facts.done).toBe(before.facts.done);
    expect(r.facts.awaitingDate.map((t) => t.taskId)).toEqual(["t07"]);
    expect(r.facts.byAgency.find((a) => a.name === "Phòng Văn hóa - Xã hội")?.awaitingDate).toBe(1);
    expect(
      [...r.facts.overdue, ...r.facts.unfinished, ...r.facts.noActivity, ...r.facts.doneTasks].map(
        (t) => t.taskId,
      ),
    ).not.toContain("t07");
    const progress = periodProgress(plan, [...log, undated], window);
    expect(progress.awaitingDate).toEqual(["t07"]);
    expect(progress.tasks.find((t) => t.taskId === "t07")?.awaitingDate).toBe(true);
  });

  it("never shows the cut-off date as the day it was done, and asks for the date", () => {
    const r = report();
    const row = r.rows.find((x) => x.taskId === "t07");
    expect(row).toMatchObject({
      awaitingDate: true,
      statusLabel: "Báo đã hoàn thành, chưa có ngày hoàn thành",
    });
    expect(row?.notes).toContain("Cần bổ sung ngày hoàn thành để xét đúng hạn hay quá hạn");
    expect(JSON.stringify(r)).not.toContain("14/6/2026 là");
    expect(findContradictions(plan, [...log, undated], window).filter((c) => c.taskId === "t07")).toEqual([]);
    expect(r.narrative.weaknesses).toContain(
      "- 1 nhiệm vụ báo đã hoàn thành nhưng chưa có ngày hoàn thành, chưa được tính vào kết quả: “Treo băng rôn",
    );
  });

  it("keeps the báo cáo from being issued until the date is given", () => {
    const r = report();
    const draft = defaultDraft(plan, q2);
    const finding = reportFindings(r, draft, { mode: "issued" }).findings.find(
      (f) => f.rule === "report-completion-date-missing",
    );
    expect(finding).toMatchObject({ severity: "error", path: "entries[t07@2026-Q2]", where: "Nhiệm vụ 7" });
    expect(
      reportFindings(r, draft).findings.find((f) => f.rule === "report-completion-date-missing")?.severity,
    ).toBe("warning");
  });

  it("counts as done on time once the date is given", () => {
    const r = report([...log, { ...undated, completedOn: "2026-05-20" }]);
    expect(r.facts.awaitingDate).toEqual([]);
    expect(r.rows.find((x) => x.taskId === "t07")?.statusLabel).toBe("Đã hoàn thành đúng hạn");
    expect(r.facts.done).toBe(report(log).facts.done + 1);
  });
});
