import type { ReportPeriod } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import type { PeriodEntry } from "./entry.js";

// A plausible Quý II 2026 for the Kim Liên sample plan (windows 15/3 – 14/6 under the default
// 15th-to-14th rule): a Quý I task never finished (overdue), the portal and radio with counts,
// the Quý II tasks under way, and a Quý I entry that carries over.

export const plan = samplePlan;
export const q1: ReportPeriod = { kind: "quarter", year: 2026, quarter: 1 };
export const q2: ReportPeriod = { kind: "quarter", year: 2026, quarter: 2 };
export const cutoff = { closingDay: 14, reportDueDay: 20 };

export function entry(
  partial: Partial<PeriodEntry> & Pick<PeriodEntry, "id" | "taskId" | "date">,
): PeriodEntry {
  return { state: "in_progress", indicators: [], evidence: [], ...partial };
}

export const log: PeriodEntry[] = [
  // Quý I
  entry({
    id: "t01@2026-Q1",
    taskId: "t01",
    date: "2026-03-10",
    state: "in_progress",
    percent: 60,
    result: "Đã có dự thảo kế hoạch",
  }),
  entry({
    id: "t02@2026-Q1",
    taskId: "t02",
    date: "2026-03-12",
    indicators: [{ label: "Tin, bài", value: 8, unit: "tin, bài" }],
  }),
  // Quý II
  entry({
    id: "t02@2026-Q2",
    taskId: "t02",
    date: "2026-06-10",
    result: "Đăng tin, bài về dịch vụ công trực tuyến",
    indicators: [
      { label: "Tin, bài", value: 12, unit: "tin, bài" },
      { label: "Ảnh", value: 30, unit: "ảnh" },
    ],
    evidence: [{ label: "Chuyên mục CCHC", url: "https://kimlien.example.vn/cchc" }],
  }),
  entry({
    id: "t03@2026-Q2",
    taskId: "t03",
    date: "2026-06-12",
    // Monthly work is judged against its last instance due (31/5): done by then is on time.
    state: "done",
    completedOn: "2026-05-31",
    indicators: [{ label: "Chuyên mục phát thanh", value: 6, unit: "chuyên mục" }],
  }),
  entry({
    id: "t04@2026-Q2",
    taskId: "t04",
    date: "2026-05-01",
    indicators: [{ indicator: "tthc-niem-yet", label: "Tỷ lệ", value: 90, unit: "%" }],
  }),
  entry({
    id: "t04@2026-Q2b",
    taskId: "t04",
    date: "2026-06-01",
    indicators: [{ indicator: "tthc-niem-yet", label: "Tỷ lệ", value: 100, unit: "%" }],
  }),
  entry({
    id: "t06@2026-Q2",
    taskId: "t06",
    date: "2026-06-05",
    state: "done",
    completedOn: "2026-05-20",
    claimed: "done_on_time",
    indicators: [{ label: "Tờ gấp", value: 2000, unit: "tờ" }],
  }),
];
