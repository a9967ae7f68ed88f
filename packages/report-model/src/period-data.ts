import {
  type CutoffRule,
  CutoffRuleSchema,
  IsoDateSchema,
  type Plan,
  periodLabel,
  periodWindow,
  type ReportPeriod,
  ReportPeriodSchema,
} from "@kehoach/plan-model";
import { z } from "zod";
import { workNodes } from "./agencies.js";
import { showDate } from "./dates.js";
import { type ReportDraft, ReportDraftSchema } from "./draft.js";
import { type PeriodEntry, PeriodEntrySchema } from "./entry.js";
import { periodKey } from "./period.js";
import { type FileProblem, type FileResult, failure, parseWith, readJsonText } from "./problems.js";
import { latestBefore, windowEntries } from "./progress.js";

// The period data file: everything a report period of one plan holds, in one JSON file that
// another office (or a later version of the app) can read back. It carries the entries of the
// window and, for each task, the last entry before it, so the statuses can be judged from the
// file alone.

export const PERIOD_DATA_FORMAT = "kehoach-period-data";

export const WindowSchema = z.object({ from: IsoDateSchema, to: IsoDateSchema });

export const PeriodDataSchema = z.object({
  format: z.literal(PERIOD_DATA_FORMAT),
  schemaVersion: z.literal(1),
  planId: z.string().min(1).max(300),
  planTitle: z.string().max(1_000),
  planYear: z.number().int().min(1900).max(2200),
  period: ReportPeriodSchema,
  window: WindowSchema,
  cutoff: CutoffRuleSchema,
  /** Entries dated inside the window. */
  entries: z.array(PeriodEntrySchema).max(200_000),
  /** For each task, its last entry before the window (one-off work done earlier stays done). */
  history: z.array(PeriodEntrySchema).max(200_000),
  report: ReportDraftSchema.optional(),
  exportedAt: z.string().max(40),
});
export type PeriodData = z.infer<typeof PeriodDataSchema>;

export interface PeriodDataInput {
  plan: Plan;
  period: ReportPeriod;
  cutoff: CutoffRule;
  /** The plan's whole activity log. */
  log: readonly PeriodEntry[];
  draft?: ReportDraft | undefined;
  now?: Date;
}

export function createPeriodData({
  plan,
  period,
  cutoff,
  log,
  draft,
  now = new Date(),
}: PeriodDataInput): PeriodData {
  const window = periodWindow(period, cutoff);
  return {
    format: PERIOD_DATA_FORMAT,
    schemaVersion: 1,
    planId: plan.id,
    planTitle: plan.title,
    planYear: plan.planYear,
    period,
    window,
    cutoff,
    entries: windowEntries(log, window),
    history: [...latestBefore(log, window).values()],
    ...(draft ? { report: draft } : {}),
    exportedAt: now.toISOString(),
  };
}

export function parsePeriodDataJson(text: string): FileResult<PeriodData> {
  const read = readJsonText(text, "dữ liệu kỳ báo cáo");
  if (!read.ok) return read;
  const format = (read.value as { format?: unknown } | null)?.format;
  if (format !== PERIOD_DATA_FORMAT) {
    return failure(
      "format",
      format === "kehoach-agency-return"
        ? "Đây là tệp báo cáo của cơ quan, không phải tệp dữ liệu kỳ báo cáo: hãy dùng mục “Nhập tệp báo cáo của cơ quan”."
        : "Tệp không phải dữ liệu kỳ báo cáo của Kế hoạch Kit (thiếu format “kehoach-period-data”).",
    );
  }
  const parsed = parseWith(PeriodDataSchema, read.value);
  if (!parsed.ok) return parsed;
  const problems = windowProblems(parsed.value.period, parsed.value.cutoff, parsed.value.window);
  return problems.length > 0 ? { ok: false, problems } : parsed;
}

/** The window a file states must be the one its period and cut-off rule give. */
export function windowProblems(
  period: ReportPeriod,
  cutoff: CutoffRule,
  window: { from: string; to: string },
): FileProblem[] {
  const expected = periodWindow(period, cutoff);
  if (expected.from === window.from && expected.to === window.to) return [];
  return [
    {
      path: "window",
      message: `Thời gian chốt số liệu ghi trong tệp (${showDate(window.from)} – ${showDate(window.to)}) không khớp với ${periodLabel(period)} (${showDate(expected.from)} – ${showDate(expected.to)}).`,
    },
  ];
}

export function serializeReportFile(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

export type PeriodDataCheck = { ok: true } | { ok: false; message: string };

/**
 * Whether a period data file belongs to the plan and period open here; entries of tasks the plan
 * no longer has are a reason to refuse it whole, so nothing is half-taken.
 */
export function checkPeriodDataTarget(
  data: PeriodData,
  plan: Plan,
  period: ReportPeriod,
  cutoff: CutoffRule,
): PeriodDataCheck {
  const untouched = "Không nhập tệp này; dữ liệu hiện có giữ nguyên.";
  if (data.planId !== plan.id) {
    return {
      ok: false,
      message: `Tệp dữ liệu thuộc kế hoạch “${data.planTitle}”, không phải kế hoạch đang mở “${plan.title}”. ${untouched}`,
    };
  }
  if (periodKey(data.period) !== periodKey(period)) {
    const window = periodWindow(period, cutoff);
    return {
      ok: false,
      message: `Tệp dữ liệu dành cho kỳ ${periodLabel(data.period)} (số liệu ${showDate(data.window.from)} – ${showDate(data.window.to)}), không phải kỳ đang mở ${periodLabel(period)} (số liệu ${showDate(window.from)} – ${showDate(window.to)}). ${untouched}`,
    };
  }
  const known = new Set(workNodes(plan).map((n) => n.task.id));
  const unknown = [...new Set([...data.entries, ...data.history].map((e) => e.taskId))].filter(
    (id) => !known.has(id),
  );
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `Tệp dữ liệu có số liệu của nhiệm vụ không còn trong kế hoạch (${unknown.join(", ")}). ${untouched}`,
    };
  }
  return { ok: true };
}
