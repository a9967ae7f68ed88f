import { z } from "zod";
import { IsoDateSchema, line, list, paragraph, requiredLine } from "./common.js";
import { AgencyRefSchema, REPORT_CADENCES } from "./plan-v2.js";

// What agencies report back: dated progress entries per task, with results, counted indicators
// ("37 tin, bài") and evidence links. The entries of a plan travel as a ProgressLog file, apart
// from the plan, because many agencies write them and the plan itself does not change.

export const PROGRESS_STATES = ["not_started", "in_progress", "done"] as const;

export const ProgressEntrySchema = z.object({
  id: requiredLine,
  taskId: requiredLine,
  /** The day the entry speaks for (the data date, not the typing date). */
  date: IsoDateSchema,
  state: z.enum(PROGRESS_STATES),
  /** The day the task was finished, when state is "done"; the entry's date if absent. */
  completedOn: IsoDateSchema.optional(),
  /** A percentage the reporter states; the status gives one when absent. */
  percent: z.number().min(0).max(100).optional(),
  /** Kết quả: what was done, in the reporter's words. */
  result: paragraph.optional(),
  indicators: list(
    z.object({
      /** An indicator id of the task, when it has one. */
      indicator: line.optional(),
      label: line,
      value: z.number().min(0).max(1e12),
      unit: line,
    }),
  ).default([]),
  /** Tài liệu kiểm chứng: links to photos, scans, published articles. */
  evidence: list(z.object({ label: line.optional(), url: line })).default([]),
  reporter: AgencyRefSchema.optional(),
});
export type ProgressEntry = z.infer<typeof ProgressEntrySchema>;
export type ProgressEntryInput = z.input<typeof ProgressEntrySchema>;

export const ProgressLogSchema = z.object({
  schemaVersion: z.literal(1),
  planId: requiredLine,
  entries: z.array(ProgressEntrySchema).max(200_000),
});
export type ProgressLog = z.infer<typeof ProgressLogSchema>;

/** A reporting period: quý, 6 tháng, 9 tháng, năm, a month, or an ad hoc window. */
export const ReportPeriodSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("month"), year: z.number().int(), month: z.number().int().min(1).max(12) }),
  z.object({ kind: z.literal("quarter"), year: z.number().int(), quarter: z.number().int().min(1).max(4) }),
  z.object({ kind: z.literal("halfYear"), year: z.number().int() }),
  z.object({ kind: z.literal("nineMonths"), year: z.number().int() }),
  z.object({ kind: z.literal("year"), year: z.number().int() }),
  z.object({ kind: z.literal("adhoc"), from: IsoDateSchema, to: IsoDateSchema, title: line.optional() }),
]);
export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;
export const ReportPeriodKindSchema = z.enum(REPORT_CADENCES);
