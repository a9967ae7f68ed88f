import type { PartialDate } from "@kehoach/text-vi";
import { z } from "zod";
import { line, PartialDateSchema, requiredLine } from "./common.js";
import { type DocRef, DocRefSchema } from "./doc-ref.js";

// "Thời gian thực hiện" as plans write it: "Thường xuyên", "Quý III/2023", "Hàng tuần",
// "Trong năm 2024 (khi có Kế hoạch của tỉnh)". The structured value is what the parser
// understood; `raw` is always the text as written, so nothing the author wrote is ever lost and an
// expression nobody understood stays readable as "unspecified".

/** A stretch of the calendar named by a plan. */
export type PeriodSpec =
  | { unit: "year"; year: number }
  | { unit: "half"; year: number; half: 1 | 2 }
  | { unit: "nineMonths"; year: number }
  | { unit: "quarter"; year: number; quarter: 1 | 2 | 3 | 4 }
  | { unit: "month"; year: number; month: number }
  | { unit: "day"; date: PartialDate }
  /** From the start of `from` to the end of `to`; either end may be a month or a whole day. */
  | { unit: "range"; from: PartialDate; to: PartialDate };

export type Cadence = "day" | "week" | "month" | "quarter" | "halfYear" | "year";

/** What a time depends on: another document ("Kế hoạch của tỉnh"), another task, or an event. */
export interface TimeAnchor {
  /** As written: "Kế hoạch của UBND TP", "khi có Kế hoạch của tỉnh". */
  text: string;
  /** The document, once someone has identified it (number, date, issuer). */
  ref?: DocRef | undefined;
  /** The task of this plan it follows, by id. */
  taskId?: string | undefined;
}

export interface DurationSpec {
  min: number;
  max: number;
  unit: "minute" | "hour" | "day";
}

interface TimeBase {
  /** The text as written in the plan; "" when the cell was empty. */
  raw: string;
  /** A parenthesised remark kept verbatim: "(dự kiến)". */
  note?: string | undefined;
}

export type TimeSpec = TimeBase &
  (
    | { kind: "ongoing"; within?: PeriodSpec | undefined }
    | { kind: "within"; period: PeriodSpec }
    | {
        kind: "recurring";
        every: Cadence;
        /** Every `interval` cadences: "2 tuần một lần" is every 2 weeks. */
        interval?: number | undefined;
        /** Times per cadence: "Một tuần một lần" is 1, "2 lần/tháng" is 2. */
        count?: number | undefined;
        duration?: DurationSpec | undefined;
        within?: PeriodSpec | undefined;
      }
    | { kind: "deadline"; by: PartialDate }
    | { kind: "anyOf"; options: TimeSpec[] }
    | { kind: "allOf"; options: TimeSpec[] }
    | { kind: "relative"; to: TimeAnchor }
    /** "Trong năm 2024 (khi có Kế hoạch của tỉnh)": `time` applies once the trigger happens. */
    | { kind: "conditional"; trigger: TimeAnchor; time: TimeSpec }
    | { kind: "unspecified" }
  );

export type TimeKind = TimeSpec["kind"];

const year = z.number().int().min(1900).max(2200);

export const PeriodSpecSchema = z.discriminatedUnion("unit", [
  z.object({ unit: z.literal("year"), year }),
  z.object({ unit: z.literal("half"), year, half: z.union([z.literal(1), z.literal(2)]) }),
  z.object({ unit: z.literal("nineMonths"), year }),
  z.object({
    unit: z.literal("quarter"),
    year,
    quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  }),
  z.object({ unit: z.literal("month"), year, month: z.number().int().min(1).max(12) }),
  z.object({ unit: z.literal("day"), date: PartialDateSchema }),
  z.object({ unit: z.literal("range"), from: PartialDateSchema, to: PartialDateSchema }),
]);

export const CadenceSchema = z.enum(["day", "week", "month", "quarter", "halfYear", "year"]);

export const TimeAnchorSchema = z.object({
  text: line,
  ref: DocRefSchema.optional(),
  taskId: requiredLine.optional(),
});

const base = { raw: line, note: line.optional() };
const count = z.number().int().min(1).max(1000);

export const TimeSpecSchema: z.ZodType<TimeSpec> = z
  .lazy(() =>
    z.discriminatedUnion("kind", [
      z.object({ ...base, kind: z.literal("ongoing"), within: PeriodSpecSchema.optional() }),
      z.object({ ...base, kind: z.literal("within"), period: PeriodSpecSchema }),
      z.object({
        ...base,
        kind: z.literal("recurring"),
        every: CadenceSchema,
        interval: count.optional(),
        count: count.optional(),
        duration: z
          .object({
            min: z.number().min(0).max(100_000),
            max: z.number().min(0).max(100_000),
            unit: z.enum(["minute", "hour", "day"]),
          })
          .optional(),
        within: PeriodSpecSchema.optional(),
      }),
      z.object({ ...base, kind: z.literal("deadline"), by: PartialDateSchema }),
      z.object({ ...base, kind: z.literal("anyOf"), options: z.array(TimeSpecSchema).min(1).max(20) }),
      z.object({ ...base, kind: z.literal("allOf"), options: z.array(TimeSpecSchema).min(1).max(20) }),
      z.object({ ...base, kind: z.literal("relative"), to: TimeAnchorSchema }),
      z.object({ ...base, kind: z.literal("conditional"), trigger: TimeAnchorSchema, time: TimeSpecSchema }),
      z.object({ ...base, kind: z.literal("unspecified") }),
    ]),
  )
  .meta({
    id: "TimeSpec",
    description: "Thời gian thực hiện: what the parser understood, and `raw` as written.",
  }) as z.ZodType<TimeSpec>;
