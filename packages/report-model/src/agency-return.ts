import {
  type CutoffRule,
  CutoffRuleSchema,
  FORM_CODES,
  IndicatorSchema,
  type Plan,
  periodLabel,
  periodWindow,
  type ReportPeriod,
  ReportPeriodSchema,
  type Task,
  TimeSpecSchema,
  type Window,
} from "@kehoach/plan-model";
import { z } from "zod";
import { leadingAgencies, workNodes } from "./agencies.js";
import { showDate } from "./dates.js";
import { type PeriodEntry, PeriodEntrySchema } from "./entry.js";
import { FORM_LABELS, formOfTask } from "./indicators.js";
import { periodKey } from "./period.js";
import { WindowSchema, windowProblems } from "./period-data.js";
import { type FileResult, failure, parseWith, readJsonText } from "./problems.js";
import { latestBefore, windowEntries } from "./progress.js";

// Collection without a server: the monitoring office exports, for each agency, a return file with
// only the tasks that agency leads, prefilled with what the office already knows. The agency
// fills it in the same app and sends it back; the office imports it. The file names its plan and
// period, so a return for another plan or period is refused before anything is touched, and it
// keeps the entries it was issued with (`base`), so the merge can tell who changed what.

export const AGENCY_RETURN_FORMAT = "kehoach-agency-return";

export const ReturnTaskSchema = z.object({
  id: z.string().min(1).max(300),
  number: z.string().max(40),
  title: z.string().max(20_000),
  product: z.string().max(1_000).optional(),
  form: z.enum([...FORM_CODES, "none"]),
  time: TimeSpecSchema,
  indicators: z.array(IndicatorSchema).max(500).optional(),
});
export type ReturnTask = z.infer<typeof ReturnTaskSchema>;

export const AgencyReturnSchema = z.object({
  format: z.literal(AGENCY_RETURN_FORMAT),
  schemaVersion: z.literal(1),
  returnId: z.string().min(1).max(200),
  planId: z.string().min(1).max(300),
  planTitle: z.string().max(1_000),
  planYear: z.number().int().min(1900).max(2200),
  period: ReportPeriodSchema,
  window: WindowSchema,
  cutoff: CutoffRuleSchema,
  agency: z.object({
    key: z.string().min(1).max(1_100),
    name: z.string().min(1).max(1_000),
    id: z.string().max(300).optional(),
  }),
  /** Who issued it: the monitoring office ("Phòng Văn hóa - Xã hội"). */
  issuedBy: z.string().max(1_000),
  issuedAt: z.string().max(40),
  tasks: z.array(ReturnTaskSchema).min(1).max(5_000),
  /** For each task, its last entry before the window. */
  history: z.array(PeriodEntrySchema).max(20_000),
  /** The office's entries of the window for these tasks when the file was issued. */
  base: z.array(PeriodEntrySchema).max(20_000),
  /** What the agency reports; starts as a copy of `base`. */
  entries: z.array(PeriodEntrySchema).max(20_000),
  filledAt: z.string().max(40).optional(),
  filledBy: z.string().max(1_000).optional(),
});
export type AgencyReturn = z.infer<typeof AgencyReturnSchema>;

export interface CreateReturnInput {
  plan: Plan;
  period: ReportPeriod;
  cutoff: CutoffRule;
  log: readonly PeriodEntry[];
  agencyKey: string;
  issuedBy: string;
  returnId: string;
  now?: Date;
}

export function createAgencyReturn(input: CreateReturnInput): AgencyReturn {
  const { plan, period, cutoff, log, agencyKey, issuedBy, returnId, now = new Date() } = input;
  const agency = leadingAgencies(plan).find((a) => a.key === agencyKey);
  if (!agency) throw new Error(`Cơ quan (${agencyKey}) không chủ trì nhiệm vụ nào của kế hoạch.`);
  const window = periodWindow(period, cutoff);
  const ids = new Set(agency.taskIds);
  const tasks = workNodes(plan)
    .filter((n) => ids.has(n.task.id))
    .map(
      (n): ReturnTask => ({
        id: n.task.id,
        number: n.number,
        title: n.task.title,
        ...(n.task.product ? { product: n.task.product } : {}),
        form: formOfTask(n),
        time: n.task.time,
        ...(n.task.indicators?.length ? { indicators: n.task.indicators } : {}),
      }),
    );
  const mine = log.filter((e) => ids.has(e.taskId));
  const base = windowEntries(mine, window);
  return {
    format: AGENCY_RETURN_FORMAT,
    schemaVersion: 1,
    returnId,
    planId: plan.id,
    planTitle: plan.title,
    planYear: plan.planYear,
    period,
    window,
    cutoff,
    agency: { key: agency.key, name: agency.name, ...(agency.id ? { id: agency.id } : {}) },
    issuedBy,
    issuedAt: now.toISOString(),
    tasks,
    history: [...latestBefore(mine, window).values()],
    base,
    entries: base,
  };
}

/** Reads a return file: the whole file is valid, or it is refused with every problem. */
export function parseAgencyReturnJson(text: string): FileResult<AgencyReturn> {
  const read = readJsonText(text, "tệp báo cáo của cơ quan");
  if (!read.ok) return read;
  const format = (read.value as { format?: unknown } | null)?.format;
  if (format !== AGENCY_RETURN_FORMAT) {
    return failure(
      "format",
      format === "kehoach-period-data"
        ? "Đây là tệp dữ liệu kỳ báo cáo, không phải tệp báo cáo của một cơ quan."
        : "Tệp không phải tệp báo cáo của cơ quan do Kế hoạch Kit xuất (thiếu format “kehoach-agency-return”).",
    );
  }
  const parsed = parseWith(AgencyReturnSchema, read.value);
  if (!parsed.ok) return parsed;
  const ret = parsed.value;
  const problems = windowProblems(ret.period, ret.cutoff, ret.window);
  const taskIds = new Set(ret.tasks.map((t) => t.id));
  for (const [listName, list] of [
    ["entries", ret.entries],
    ["base", ret.base],
    ["history", ret.history],
  ] as const) {
    list.forEach((entry, i) => {
      if (!taskIds.has(entry.taskId)) {
        problems.push({
          path: `${listName}[${i}].taskId`,
          message: `Nhiệm vụ “${entry.taskId}” không được giao cho ${ret.agency.name} trong tệp này.`,
        });
      }
    });
  }
  return problems.length > 0 ? { ok: false, problems } : parsed;
}

export type ReturnCheck = { ok: true } | { ok: false; message: string };

/**
 * Whether a return belongs to the plan and period being compiled. The message says what the file
 * is for and what is being compiled, and that nothing was changed.
 */
export function checkReturnTarget(
  ret: AgencyReturn,
  plan: Plan,
  period: ReportPeriod,
  cutoff: CutoffRule,
): ReturnCheck {
  const untouched = "Không nhập tệp này; dữ liệu hiện có giữ nguyên.";
  if (ret.planId !== plan.id) {
    return {
      ok: false,
      message: `Tệp báo cáo của ${ret.agency.name} thuộc kế hoạch “${ret.planTitle}”, không phải kế hoạch đang tổng hợp “${plan.title}”. ${untouched}`,
    };
  }
  if (periodKey(ret.period) !== periodKey(period)) {
    const window = periodWindow(period, cutoff);
    return {
      ok: false,
      message: `Tệp báo cáo của ${ret.agency.name} dành cho kỳ ${periodLabel(ret.period)} (số liệu ${span(ret.window)}), không phải kỳ đang tổng hợp ${periodLabel(period)} (số liệu ${span(window)}). ${untouched}`,
    };
  }
  const known = new Set(workNodes(plan).map((n) => n.task.id));
  const gone = ret.tasks.filter((t) => !known.has(t.id));
  if (gone.length > 0) {
    return {
      ok: false,
      message: `Tệp báo cáo của ${ret.agency.name} có nhiệm vụ không còn trong kế hoạch: ${gone.map((t) => `${t.number}. ${t.title}`).join("; ")}. ${untouched}`,
    };
  }
  return { ok: true };
}

function span(window: Window): string {
  return `${showDate(window.from)} – ${showDate(window.to)}`;
}

/**
 * The tasks of a return as a small plan, so the agency's app can judge statuses and flag
 * contradictions without the whole plan.
 */
export function returnAsPlan(ret: AgencyReturn): Plan {
  const tasks: Task[] = ret.tasks.map((t) => ({
    id: t.id,
    ref: t.number,
    title: t.title,
    ...(t.product ? { product: t.product } : {}),
    ...(t.form !== "none" ? { forms: [{ code: t.form, text: FORM_LABELS[t.form] }] } : {}),
    roles: [
      { role: "lead", agency: { name: ret.agency.name, ...(ret.agency.id ? { id: ret.agency.id } : {}) } },
    ],
    time: t.time,
    ...(t.indicators ? { indicators: t.indicators } : {}),
  }));
  return {
    schemaVersion: 2,
    id: ret.planId,
    issuer: { name: ret.issuedBy },
    symbol: "",
    place: "",
    issuedOn: { year: ret.planYear },
    planYear: ret.planYear,
    title: ret.planTitle,
    bases: [],
    abbreviations: [],
    purposes: [],
    requirements: [],
    audiences: [],
    themes: [],
    indices: [],
    forms: [],
    sections: [],
    tasks,
    targets: [],
    implementation: [],
    reporting: [],
    recipients: { items: [], archive: { vt: true, units: [] } },
    appendices: [],
    waivers: [],
  };
}
