import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { entry, siteData } from "./backup.test-helpers.js";
import { createBackup, type SiteData } from "./format.js";
import { countWrites, planRestore, restoreWrites } from "./restore.js";

// Restoring merges: what is missing is added, what is alike is left, what differs is the person's
// choice, and until a choice is made this browser's copy stays. Nothing here is ever deleted.

const other = { ...samplePlan, id: "ke-hoach-khac", title: "Kế hoạch chuyển đổi số năm 2026" };

/** The same data with every object's keys in the opposite order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    ) as T;
  }
  return value;
}

function empty(): SiteData {
  return { plans: [], report: { entries: [], drafts: [], issued: [], returns: [] } };
}

describe("restoring a backup into a browser", () => {
  it("adds everything to an empty browser, without asking", () => {
    const backup = createBackup(siteData([samplePlan, other]));
    const plan = planRestore(empty(), backup);
    expect(plan.conflicts).toEqual([]);
    expect(plan.units.map((u) => [u.key, u.status])).toEqual([
      [`plan:${samplePlan.id}`, "new"],
      ["plan:ke-hoach-khac", "new"],
      [`progress:${samplePlan.id}`, "new"],
    ]);
    const writes = restoreWrites(plan, {});
    expect(writes).toEqual({ plans: backup.plans, report: backup.report });
    expect(countWrites(writes)).toBe(4);
  });

  it("writes nothing when the browser already holds the same data, whatever the key order", () => {
    const data = siteData();
    const plan = planRestore(data, createBackup(reversedKeys(data)));
    expect(plan.totals).toEqual({ added: 0, same: 3, differing: 0 });
    expect(countWrites(restoreWrites(plan, {}))).toBe(0);
  });

  it("keeps this browser's plan when it differs and nobody chose, and takes the backup's only when asked", () => {
    const local = siteData([{ ...samplePlan, title: "Tiêu đề sửa trên máy này" }]);
    const backup = createBackup(siteData());
    const plan = planRestore(local, backup);
    expect(plan.conflicts).toEqual([
      expect.objectContaining({
        key: `plan:${samplePlan.id}`,
        label: samplePlan.title,
        status: "differs",
        localUpdatedAt: "2026-05-01T08:00:00.000Z",
        backupUpdatedAt: "2026-05-01T08:00:00.000Z",
      }),
    ]);
    expect(restoreWrites(plan, {}).plans).toEqual([]);
    expect(restoreWrites(plan, { [`plan:${samplePlan.id}`]: "keep" }).plans).toEqual([]);
    expect(restoreWrites(plan, { [`plan:${samplePlan.id}`]: "take" }).plans).toEqual(backup.plans);
  });

  it("treats a plan this browser cannot read as a conflict, never replaced unasked", () => {
    const local: SiteData & { unreadablePlanIds: string[] } = {
      ...empty(),
      unreadablePlanIds: [samplePlan.id],
    };
    const plan = planRestore(local, createBackup(siteData()));
    expect(plan.conflicts[0]).toMatchObject({ key: `plan:${samplePlan.id}`, localUnreadable: true });
    expect(restoreWrites(plan, {}).plans).toEqual([]);
  });

  it("adds a plan's missing progress entries always, and replaces differing ones only when the person takes them", () => {
    const local = siteData();
    local.report.entries = [
      {
        planId: samplePlan.id,
        entry: entry({ id: "t01@2026-Q2", taskId: "t01", result: "Đã in 150 tờ rơi" }),
      },
      {
        planId: samplePlan.id,
        entry: entry({ id: "t09@2026-Q2", taskId: "t09", result: "Chỉ có trên máy này" }),
      },
    ];
    const backupData = siteData();
    backupData.report.entries.push({
      planId: samplePlan.id,
      entry: entry({ id: "t02@2026-Q2", taskId: "t02", result: "Chỉ có trong tệp" }),
    });
    const plan = planRestore(local, createBackup(backupData));
    const unit = plan.units.find((u) => u.key === `progress:${samplePlan.id}`);
    // t01 differs, t02 is new, the draft is alike; t09 (only here) is not the backup's to touch.
    expect(unit).toMatchObject({ status: "differs", added: 1, same: 1, differing: 1 });

    const kept = restoreWrites(plan, {});
    expect(kept.report.entries.map((e) => e.entry.id)).toEqual(["t02@2026-Q2"]);
    const taken = restoreWrites(plan, { [`progress:${samplePlan.id}`]: "take" });
    expect(taken.report.entries.map((e) => e.entry.id)).toEqual(["t01@2026-Q2", "t02@2026-Q2"]);
    expect(taken.report.drafts).toEqual([]);
  });

  it("asks about a báo cáo draft edited on both sides, and says when each was saved", () => {
    const local = siteData();
    (local.report.drafts[0] as { draft: { number?: string }; updatedAt: string }).draft.number = "13";
    (local.report.drafts[0] as { updatedAt: string }).updatedAt = "2026-05-09T08:00:00.000Z";
    const plan = planRestore(local, createBackup(siteData()));
    expect(plan.conflicts[0]).toMatchObject({
      kind: "progress",
      differing: 1,
      localUpdatedAt: "2026-05-09T08:00:00.000Z",
      backupUpdatedAt: "2026-05-02T08:00:00.000Z",
    });
    expect(restoreWrites(plan, {}).report.drafts).toEqual([]);
    expect(restoreWrites(plan, { [`progress:${samplePlan.id}`]: "take" }).report.drafts).toHaveLength(1);
  });

  it("asks about an issued return recorded differently, and adds one this browser never issued", () => {
    const record = {
      returnId: "phieu-1",
      planId: samplePlan.id,
      periodKey: "2026-Q2",
      agencyKey: "name:phong van hoa",
      agencyName: "Phòng Văn hóa - Xã hội",
      issuedAt: "2026-06-01T08:00:00.000Z",
      taskIds: ["t01"],
      base: [],
    };
    const local = {
      ...empty(),
      report: { ...empty().report, issued: [{ ...record, taskIds: ["t01", "t03"] }] },
    };
    const backupData = {
      ...empty(),
      report: { ...empty().report, issued: [record, { ...record, returnId: "phieu-2" }] },
    };
    const plan = planRestore(local, createBackup(backupData));
    expect(plan.units.map((u) => [u.key, u.status, u.label])).toEqual([
      ["issued:phieu-1", "differs", "Phòng Văn hóa - Xã hội · 2026-Q2"],
      ["issued:phieu-2", "new", "Phòng Văn hóa - Xã hội · 2026-Q2"],
    ]);
    expect(restoreWrites(plan, {}).report.issued.map((r) => r.returnId)).toEqual(["phieu-2"]);
    expect(restoreWrites(plan, { "issued:phieu-1": "take" }).report.issued).toHaveLength(2);
  });
});
