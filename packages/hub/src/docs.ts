import { type Plan, type ReportPeriod, ReportPeriodSchema, validatePlanData } from "@kehoach/plan-model";
import { type PeriodEntry, PeriodEntrySchema, periodKey } from "@kehoach/report-model";
import { z } from "zod";
import {
  archiveDocId,
  type DocType,
  type PlanRef,
  parseDocId,
  periodDocId,
  planDocId,
  progressDocId,
} from "./ids.js";

// The documents of a unit's database. Each carries the hub format's schemaVersion, its type, the
// unit that writes it and who wrote it when; the payload is plan-model's own data (a plan with its
// own schemaVersion, a progress entry, a report period), checked by plan-model's schemas when a
// document is made and again when it is read. The engine's validate_doc_update (design.ts)
// repeats the checks that protect other units and the roll-up, in ES5, where zod cannot run.

export const HUB_DOC_VERSION = 1 as const;

const CodeSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const PlanRefSchema = z.object({ unit: CodeSchema, id: z.string().min(1).max(300) });
const common = {
  _id: z.string(),
  _rev: z.string().optional(),
  schemaVersion: z.literal(HUB_DOC_VERSION),
  unit: CodeSchema,
  /** ISO time of the write. */
  updatedAt: z.string().datetime(),
  /** The account that wrote it (the engine checks it is the one signed in). */
  updatedBy: z.string().min(1).max(200),
};

export const PLAN_STATUSES = ["draft", "issued"] as const;

const PlanDocSchema = z.object({
  ...common,
  type: z.literal("plan"),
  planId: z.string().min(1).max(300),
  /** Only issued plans are published to the units they assign tasks to. */
  status: z.enum(PLAN_STATUSES),
  /** The plan as plan-model's JSON (schemaVersion 2), checked with validatePlanData. */
  plan: z.unknown(),
});

const ProgressDocSchema = z.object({
  ...common,
  type: z.literal("progress"),
  plan: PlanRefSchema,
  taskId: z.string().min(1).max(300),
  period: ReportPeriodSchema,
  periodKey: z.string().min(1).max(80),
  entry: PeriodEntrySchema,
});

export const PERIOD_STATUSES = ["open", "submitted"] as const;

const PeriodDocSchema = z.object({
  ...common,
  type: z.literal("period"),
  plan: PlanRefSchema,
  period: ReportPeriodSchema,
  periodKey: z.string().min(1).max(80),
  /** "submitted" once the unit has sent its report for the period (the province counts it as reported). */
  status: z.enum(PERIOD_STATUSES),
  submittedAt: z.string().datetime().optional(),
  note: z.string().max(2_000).optional(),
});

const ArchiveDocSchema = z.object({
  ...common,
  type: z.literal("archive"),
  /** The document the version belonged to, and its revision. */
  of: z.string().min(1).max(2_000),
  rev: z.string().min(1).max(200),
  reason: z.literal("conflict"),
  /** The version as it was. */
  body: z.record(z.string(), z.unknown()),
});

export type PlanDoc = Omit<z.infer<typeof PlanDocSchema>, "plan"> & { plan: Plan };
export type ProgressDoc = z.infer<typeof ProgressDocSchema> & { entry: PeriodEntry };
export type PeriodDoc = z.infer<typeof PeriodDocSchema>;
export type ArchiveDoc = z.infer<typeof ArchiveDocSchema>;
export type HubDoc = PlanDoc | ProgressDoc | PeriodDoc | ArchiveDoc;

export type ReadDoc = { ok: true; doc: HubDoc } | { ok: false; id: string; problems: string[] };

/** Who writes and when; `now` is injectable so tests and imports are reproducible. */
export interface Stamp {
  unit: string;
  by: string;
  now?: Date;
}

const stamp = ({ unit, by, now = new Date() }: Stamp) => ({
  schemaVersion: HUB_DOC_VERSION,
  unit,
  updatedAt: now.toISOString(),
  updatedBy: by,
});

export function planDoc(plan: Plan, status: PlanDoc["status"], who: Stamp): PlanDoc {
  const checked = validatePlanData(plan);
  if (!checked.ok) {
    const first = checked.problems[0];
    throw new Error(`Không lưu kế hoạch không hợp lệ: ${first?.where}: ${first?.message}`);
  }
  return {
    _id: planDocId(who.unit, plan.id),
    type: "plan",
    ...stamp(who),
    planId: plan.id,
    status,
    plan: checked.plan,
  };
}

export function progressDoc(
  input: { plan: PlanRef; period: ReportPeriod; entry: PeriodEntry },
  who: Stamp,
): ProgressDoc {
  const key = periodKey(input.period);
  const doc = {
    _id: progressDocId(who.unit, input.plan, input.entry.taskId, key),
    type: "progress" as const,
    ...stamp(who),
    plan: input.plan,
    taskId: input.entry.taskId,
    period: input.period,
    periodKey: key,
    entry: input.entry,
  };
  return mustRead(doc) as ProgressDoc;
}

export function periodDoc(
  input: { plan: PlanRef; period: ReportPeriod; status: PeriodDoc["status"]; note?: string },
  who: Stamp,
): PeriodDoc {
  const key = periodKey(input.period);
  const doc = {
    _id: periodDocId(who.unit, input.plan, key),
    type: "period" as const,
    ...stamp(who),
    plan: input.plan,
    period: input.period,
    periodKey: key,
    status: input.status,
    ...(input.status === "submitted" ? { submittedAt: (who.now ?? new Date()).toISOString() } : {}),
    ...(input.note ? { note: input.note } : {}),
  };
  return mustRead(doc) as PeriodDoc;
}

export function archiveDoc(of: string, rev: string, body: Record<string, unknown>, who: Stamp): ArchiveDoc {
  return {
    _id: archiveDocId(who.unit, of, rev),
    type: "archive",
    ...stamp(who),
    of,
    rev,
    reason: "conflict",
    body,
  };
}

/**
 * Reads a document of a unit's database through the schemas: a document written by an older or
 * newer version, or damaged, is reported with what is wrong and never half-read. Ids and bodies
 * must agree (the id names the writer; the body says the same).
 */
export function readHubDoc(raw: unknown): ReadDoc {
  const id = typeof (raw as { _id?: unknown } | null)?._id === "string" ? (raw as { _id: string })._id : "";
  const fail = (...problems: string[]): ReadDoc => ({ ok: false, id, problems });
  const parsedId = parseDocId(id);
  if (!parsedId) return fail(`Mã tài liệu “${id}” không theo cách đặt mã của máy chủ tỉnh.`);
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version !== HUB_DOC_VERSION) {
    return fail(
      typeof version === "number" && version > HUB_DOC_VERSION
        ? `Tài liệu ${id} có phiên bản định dạng ${version}, mới hơn phiên bản ứng dụng này đọc được (${HUB_DOC_VERSION}); hãy cập nhật ứng dụng.`
        : `Tài liệu ${id} thiếu phiên bản định dạng (schemaVersion) hợp lệ.`,
    );
  }
  const schema = SCHEMAS[parsedId.type];
  const result = schema.safeParse(raw);
  if (!result.success) {
    return fail(...result.error.issues.map((i) => `${i.path.join(".") || "(tài liệu)"}: ${i.message}`));
  }
  const doc = result.data as HubDoc;
  if (doc.type !== parsedId.type || doc.unit !== parsedId.unit) {
    return fail(`Tài liệu ${id}: loại hoặc đơn vị trong nội dung khác với mã tài liệu.`);
  }
  switch (doc.type) {
    case "plan": {
      if (parsedId.type !== "plan" || doc.planId !== parsedId.planId)
        return fail(`Tài liệu ${id}: mã kế hoạch khác với mã tài liệu.`);
      const plan = validatePlanData(doc.plan);
      if (!plan.ok) return fail(...plan.problems.map((p) => `plan › ${p.where}: ${p.message}`));
      if (plan.plan.id !== doc.planId)
        return fail(`Tài liệu ${id}: kế hoạch bên trong có mã “${plan.plan.id}”.`);
      return { ok: true, doc: { ...doc, plan: plan.plan } };
    }
    case "progress": {
      if (parsedId.type !== "progress") return fail(`Tài liệu ${id}: loại khác với mã tài liệu.`);
      const key = periodKey(doc.period);
      if (
        doc.plan.unit !== parsedId.plan.unit ||
        doc.plan.id !== parsedId.plan.id ||
        doc.taskId !== parsedId.taskId ||
        doc.entry.taskId !== doc.taskId ||
        doc.periodKey !== key ||
        parsedId.periodKey !== key
      ) {
        return fail(`Tài liệu ${id}: kế hoạch, nhiệm vụ hoặc kỳ báo cáo khác với mã tài liệu.`);
      }
      return { ok: true, doc };
    }
    case "period": {
      if (parsedId.type !== "period") return fail(`Tài liệu ${id}: loại khác với mã tài liệu.`);
      const key = periodKey(doc.period);
      if (
        doc.plan.unit !== parsedId.plan.unit ||
        doc.plan.id !== parsedId.plan.id ||
        doc.periodKey !== key ||
        parsedId.periodKey !== key
      ) {
        return fail(`Tài liệu ${id}: kế hoạch hoặc kỳ báo cáo khác với mã tài liệu.`);
      }
      return { ok: true, doc };
    }
    case "archive": {
      if (parsedId.type !== "archive" || doc.of !== parsedId.documentId || doc.rev !== parsedId.rev) {
        return fail(`Tài liệu ${id}: tài liệu gốc khác với mã tài liệu.`);
      }
      return { ok: true, doc };
    }
  }
}

const SCHEMAS: Record<DocType, z.ZodType> = {
  plan: PlanDocSchema,
  progress: ProgressDocSchema,
  period: PeriodDocSchema,
  archive: ArchiveDocSchema,
};

function mustRead(doc: unknown): HubDoc {
  const read = readHubDoc(doc);
  if (!read.ok) throw new Error(`Dữ liệu không hợp lệ, không lưu: ${read.problems.join("; ")}`);
  return read.doc;
}
