import { describe, expect, it } from "vitest";
import { type AgencyReturn, createAgencyReturn } from "./agency-return.js";
import type { PeriodEntry } from "./entry.js";
import { applyMerge, planMerge } from "./merge.js";
import { periodKey } from "./period.js";
import { authoriseReturn, type IssuedReturn } from "./return-authority.js";
import { cutoff, entry, log, plan, q2 } from "./scenario.test-helpers.js";

// A return file may write only what the office issued to that agency (issue 15): each case below
// was once accepted, and overwrote or deleted another agency's figures.

const VHXH = "name:phong văn hoa xa hôi"; // leads t01, t03, t06…
const TTPVHCC = "name:trung tâm phuc vu hanh chinh công xa"; // leads t04, t05

function issue(agencyKey: string, returnId = "phieu-1") {
  const file = createAgencyReturn({
    plan,
    period: q2,
    cutoff,
    log,
    agencyKey,
    issuedBy: "Văn phòng",
    returnId,
  });
  const record: IssuedReturn = {
    returnId,
    planId: plan.id,
    periodKey: periodKey(q2),
    agencyKey,
    agencyName: file.agency.name,
    issuedAt: file.issuedAt,
    taskIds: file.tasks.map((t) => t.id),
    base: file.base,
  };
  return { file, record };
}

const edited = (file: AgencyReturn, change: (f: AgencyReturn) => void): AgencyReturn => {
  const copy = structuredClone(file);
  change(copy);
  return copy;
};

describe("a return is honoured only as far as the office issued it", () => {
  it("refuses a task led by another agency, added to the file with a made-up entry, naming the task", () => {
    const { file, record } = issue(VHXH);
    const forged = edited(file, (f) => {
      f.tasks.push({
        id: "t04",
        number: "4",
        title: "Cập nhật thủ tục hành chính",
        form: "none",
        time: { raw: "" } as never,
      });
      f.entries.push(entry({ id: "t04@2026-Q2", taskId: "t04", date: "2026-06-01", state: "done" }));
    });
    const result = authoriseReturn(forged, record, plan, log);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain("không giao cho Phòng Văn hóa - Xã hội");
    expect(result.message).toContain("“4. Cập nhật thủ tục hành chính”");
    expect(result.message).toContain("dữ liệu hiện có giữ nguyên");
  });

  it("refuses a returnId the office never issued", () => {
    const { file } = issue(VHXH);
    const result = authoriseReturn(
      edited(file, (f) => {
        f.returnId = "bia-dat";
      }),
      undefined,
      plan,
      log,
    );
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("“bia-dat”") });
  });

  it("refuses a file that claims another agency than the one its returnId was issued to", () => {
    const { record } = issue(TTPVHCC, "phieu-2");
    const { file } = issue(VHXH, "phieu-2");
    expect(authoriseReturn(file, record, plan, log)).toMatchObject({
      ok: false,
      message: expect.stringContaining("được xuất cho Trung tâm Phục vụ hành chính công xã"),
    });
  });

  it("refuses an entry that borrows another task's entry id, so the real entry is never deleted", () => {
    const { file, record } = issue(VHXH);
    const forged = edited(file, (f) => {
      f.entries.push(entry({ id: "t04@2026-Q2", taskId: "t01", date: "2026-06-01", result: "ghi đè" }));
    });
    const result = authoriseReturn(forged, record, plan, log);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("thuộc nhiệm vụ khác") });

    // Even merged directly, an entry is known by its task and id together: t04's stays.
    const merge = planMerge({
      window: file.window,
      taskIds: ["t01"],
      ours: log,
      theirs: forged.entries,
      base: record.base,
    });
    const applied = applyMerge(log, merge, { t01: "theirs" });
    expect(
      applied.ok && applied.log.filter((e) => e.id === "t04@2026-Q2" && e.taskId === "t04"),
    ).toHaveLength(1);
  });
});

describe("the merge compares fields, and a corrected return with what was last taken from it", () => {
  const window = { from: "2026-03-15", to: "2026-06-14" };
  const base: PeriodEntry[] = [
    entry({ id: "t01@2026-Q2", taskId: "t01", date: "2026-05-10", percent: 40, result: "Dự thảo" }),
  ];

  it("takes the agency's result and keeps the office's percentage when each changed its own field", () => {
    const ours = [{ ...base[0]!, percent: 50 }];
    const theirs = [{ ...base[0]!, result: "Đã ban hành kế hoạch" }];
    const merge = planMerge({ window, taskIds: ["t01"], ours, theirs, base });
    expect(merge.conflicts).toEqual([]);
    const applied = applyMerge(ours, merge, {});
    expect(applied.ok && applied.log).toEqual([{ ...base[0]!, percent: 50, result: "Đã ban hành kế hoạch" }]);
  });

  it("asks only when both changed the same field, and names it", () => {
    const ours = [{ ...base[0]!, result: "Văn phòng ghi" }];
    const theirs = [{ ...base[0]!, result: "Cơ quan ghi", percent: 60 }];
    const merge = planMerge({ window, taskIds: ["t01"], ours, theirs, base });
    expect(merge.conflicts[0]?.conflicts).toEqual([{ entryId: "t01@2026-Q2", fields: ["result"] }]);
    const keepOurs = applyMerge(ours, merge, { t01: "ours" });
    // The office's result stands; the agency's percentage, which the office did not touch, is taken.
    expect(keepOurs.ok && keepOurs.log).toEqual([{ ...base[0]!, result: "Văn phòng ghi", percent: 60 }]);
  });

  it("imports a corrected return from the same agency without a conflict when the office changed nothing", () => {
    const { file, record } = issue(VHXH);
    const first = edited(file, (f) => {
      f.entries = f.entries.map((e) => (e.taskId === "t01" ? { ...e, result: "Lần 1" } : e));
      if (!f.entries.some((e) => e.taskId === "t01")) {
        f.entries.push(entry({ id: "t01@2026-Q2", taskId: "t01", date: "2026-06-01", result: "Lần 1" }));
      }
    });
    const one = authoriseReturn(first, record, plan, log);
    expect(one.ok).toBe(true);
    if (!one.ok) return;
    const merge1 = planMerge({
      window: file.window,
      taskIds: file.tasks.map((t) => t.id),
      ours: log,
      theirs: first.entries,
      base: one.base,
    });
    const applied1 = applyMerge(log, merge1, {});
    expect(applied1.ok).toBe(true);
    if (!applied1.ok) return;
    const afterFirst: IssuedReturn = { ...record, lastImported: applied1.taken };

    const corrected = edited(first, (f) => {
      f.entries = f.entries.map((e) => (e.taskId === "t01" ? { ...e, result: "Lần 2, đã sửa" } : e));
    });
    const two = authoriseReturn(corrected, afterFirst, plan, applied1.log);
    expect(two.ok).toBe(true);
    if (!two.ok) return;
    const merge2 = planMerge({
      window: file.window,
      taskIds: file.tasks.map((t) => t.id),
      ours: applied1.log,
      theirs: corrected.entries,
      base: two.base,
    });
    expect(merge2.conflicts).toEqual([]);
    const applied2 = applyMerge(applied1.log, merge2, {});
    expect(
      applied2.ok && applied2.log.find((e) => e.taskId === "t01" && e.date === "2026-06-01")?.result,
    ).toBe("Lần 2, đã sửa");
  });
});
