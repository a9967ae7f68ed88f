import { describe, expect, it } from "vitest";
import { carryOverEntries, carryOverItems } from "./carry-over.js";
import { defaultDraft } from "./defaults.js";
import { createPeriodData, parsePeriodDataJson, serializeReportFile } from "./period-data.js";
import { buildPeriodReport, defaultSubject } from "./report.js";
import { cutoff, log, plan, q1, q2 } from "./scenario.test-helpers.js";

const q2Window = { from: "2026-03-15", to: "2026-06-14" };

function report(draft = defaultDraft(plan, q2), entries = log) {
  return buildPeriodReport({ plan, period: q2, cutoff, log: entries, draft, today: "2026-06-16" });
}

describe("a period's report", () => {
  it("counts statuses at the window's end: the Quý I task left unfinished and the unsent quarterly report are overdue in Quý II", () => {
    const r = report();
    expect(r.facts.total).toBe(14);
    expect(r.facts.counts).toEqual({
      done_on_time: 2,
      done_late: 0,
      in_progress: 2,
      overdue: 2,
      not_started: 8,
    });
    expect(r.facts.overdue.map((t) => t.taskId)).toEqual(["t01", "t14"]);
    expect(r.rows.find((row) => row.taskId === "t01")).toMatchObject({
      statusLabel: "Đang thực hiện quá hạn",
      notes: ["Không có hoạt động trong kỳ", "Hạn 31/3/2026"],
    });
  });

  it("adds up only the window's figures, by form, and puts them in the appendix rows", () => {
    const r = report();
    expect(r.forms.find((f) => f.form === "portal")?.totals.map((t) => t.value)).toEqual([12, 30]);
    expect(r.rows.find((row) => row.taskId === "t02")).toMatchObject({
      figures: "12 tin, bài; 30 ảnh",
      result: "Đăng tin, bài về dịch vụ công trực tuyến",
      evidence: [{ label: "Chuyên mục CCHC", url: "https://kimlien.example.vn/cchc" }],
    });
  });

  it("drafts the narrative from the facts, and prints the person's text once edited", () => {
    const r = report();
    expect(r.narrative.weaknesses).toContain(
      "- Còn 2 nhiệm vụ quá hạn chưa hoàn thành: “Ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 và hướng dẫn các thôn triển khai” (Phòng Văn hóa - Xã hội chủ trì, hạn 31/3/2026); “Tổng hợp, báo cáo",
    );
    expect(r.narrative.strengths).toContain("đã hoàn thành 2/14 nhiệm vụ");
    expect(r.narrative.strengths).toContain(
      "tuyên truyền trên Cổng/Trang thông tin điện tử (12 tin, bài; 30 ảnh)",
    );
    expect(r.narrative.nextSteps).toContain("trong quý III năm 2026");
    expect(r.narrative.direction).toContain("Kế hoạch số 15/KH-UBND ngày 20/01/2026");
    const edited = report({ ...defaultDraft(plan, q2), narrative: { strengths: "Tự viết." } });
    expect(edited.narrative.strengths).toBe("Tự viết.");
    expect(edited.suggested.strengths).toBe(r.narrative.strengths);
  });

  it("starts the document from the plan: to the Sở Nội vụ with Kính gửi, BC symbol, draft date", () => {
    const r = report();
    expect(r.document).toMatchObject({
      subject:
        "Kết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Kim Liên trong quý II năm 2026",
      symbol: "BC-UBND",
      addressees: ["Sở Nội vụ tỉnh Nghệ An"],
      recipients: ["TT Đảng ủy, TT HĐND xã (để b/c)"],
      archive: "VT, VHXH",
      date: { year: 2026 },
    });
    expect(defaultSubject(plan, { kind: "year", year: 2026 })).toMatch(/trong năm 2026$/);
  });

  it("carries unfinished work of the previous period into the new one, without its counts", () => {
    const items = carryOverItems(plan, log, q2Window);
    expect(items.map((i) => i.taskId)).toEqual(["t01"]);
    const carried = carryOverEntries(items, "2026-Q2", q2Window);
    expect(carried).toEqual([
      {
        id: "t01@2026-Q2",
        taskId: "t01",
        date: "2026-03-15",
        state: "in_progress",
        percent: 60,
        result: "Chuyển từ kỳ trước: Đã có dự thảo kế hoạch",
        indicators: [],
        evidence: [],
        carriedFrom: "t01@2026-Q1",
      },
    ]);
    const r = report(undefined, [...log, ...carried]);
    expect(r.rows.find((row) => row.taskId === "t01")?.notes).toContain("Chuyển từ kỳ trước");
  });

  it("writes the period data file with the window's entries and what came before, and reads it back", () => {
    const data = createPeriodData({ plan, period: q2, cutoff, log, now: new Date("2026-06-15T00:00:00Z") });
    expect(data.entries.every((e) => e.date >= "2026-03-15" && e.date <= "2026-06-14")).toBe(true);
    expect(data.history.map((e) => e.id).sort()).toEqual(["t01@2026-Q1", "t02@2026-Q1"]);
    expect(parsePeriodDataJson(serializeReportFile(data))).toEqual({ ok: true, value: data });
    const q1Data = createPeriodData({ plan, period: q1, cutoff, log });
    expect(q1Data.window).toEqual({ from: "2025-12-15", to: "2026-03-14" });
  });
});

describe("tasks with no activity", () => {
  it("lists work that was due to run in the window, not work scheduled for later", () => {
    const r = buildPeriodReport({
      plan,
      period: q2,
      cutoff,
      log,
      draft: defaultDraft(plan, q2),
      today: "2026-06-16",
    });
    expect(r.facts.noActivity.map((t) => t.taskId)).toEqual(["t01", "t05", "t07", "t08", "t10", "t14"]);
  });
});

describe("the period data file from another machine", () => {
  it("is taken only for the same plan and period", async () => {
    const { checkPeriodDataTarget } = await import("./period-data.js");
    const data = createPeriodData({ plan, period: q2, cutoff, log });
    expect(checkPeriodDataTarget(data, plan, q2, cutoff)).toEqual({ ok: true });
    const other = checkPeriodDataTarget(data, plan, q1, cutoff);
    expect(!other.ok && other.message).toBe(
      "Tệp dữ liệu dành cho kỳ Quý II năm 2026 (số liệu 15/3/2026 – 14/6/2026), không phải kỳ đang mở Quý I năm 2026 (số liệu 15/12/2025 – 14/3/2026). Không nhập tệp này; dữ liệu hiện có giữ nguyên.",
    );
    const stray = { ...data, entries: [...data.entries, { ...data.entries[0]!, id: "x", taskId: "t99" }] };
    expect(checkPeriodDataTarget(stray, plan, q2, cutoff).ok).toBe(false);
  });
});
