import { describePath, type Plan, validatePlanData } from "@kehoach/plan-model";
import {
  AGENCY_RETURN_FORMAT,
  AgencyReturnSchema,
  IssuedReturnSchema,
  PERIOD_DATA_FORMAT,
  PeriodEntrySchema,
  ReportDraftSchema,
} from "@kehoach/report-model";
import { decodeTextFile } from "@kehoach/text-vi";
import { z } from "zod";
import type { StoredPlan } from "../plan-store.js";
import type { ReportRecords } from "../report-store.js";
import { BACKUP_MESSAGES, type BackupLanguage, type BackupMessages } from "./messages.js";

// One file that holds everything the site keeps in a browser: every plan (the builder's library,
// shared by every app) and every record of the report generator (progress entries, báo cáo
// drafts, the returns issued to agencies and those being filled in). Every app writes it and
// reads it back; it is plain JSON with a format name and a schemaVersion, so the command line or
// another tool can too. Reading is all or nothing: a file with one bad record is refused whole,
// with what and where, and nothing is restored from it.

export const BACKUP_FORMAT = "kehoach-backup";
export const BACKUP_SCHEMA_VERSION = 1;
/** Far above a real site's data (a plan is a few hundred KB); anything larger is refused unread. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
/** A plan nests about 20 deep; the backup adds three levels around it. */
const MAX_DEPTH = 80;

/** What a browser holds: the data of a backup, and what a restore compares it with. */
export interface SiteData {
  plans: StoredPlan[];
  report: ReportRecords;
}

export interface BackupFile extends SiteData {
  format: typeof BACKUP_FORMAT;
  schemaVersion: typeof BACKUP_SCHEMA_VERSION;
  /** ISO time the backup was made. */
  createdAt: string;
  /** The site it was made on, for the person restoring it (never used to refuse a file). */
  site?: { slug?: string; name?: string };
}

export interface BackupProblem {
  /** Machine path in the file: "plans[2].plan.tasks[0].title", "" for the whole file. */
  path: string;
  message: string;
}

export type BackupRead = { ok: true; backup: BackupFile } | { ok: false; problems: BackupProblem[] };

const iso = z.string().min(1).max(40);
const limit = 100_000;

// The envelope; each plan is checked by plan-model (and migrated), each report record by
// report-model's schemas.
const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
  createdAt: iso,
  site: z.object({ slug: z.string().max(200).optional(), name: z.string().max(1_000).optional() }).optional(),
  plans: z.array(z.object({ plan: z.unknown(), updatedAt: iso })).max(10_000),
  report: z.object({
    entries: z.array(z.object({ planId: z.string().min(1).max(1_000), entry: PeriodEntrySchema })).max(limit),
    drafts: z
      .array(
        z.object({
          planId: z.string().min(1).max(1_000),
          periodKey: z
            .string()
            .min(1)
            .max(300)
            .regex(/^[^|]*$/),
          draft: ReportDraftSchema,
          updatedAt: iso,
        }),
      )
      .max(limit),
    issued: z.array(IssuedReturnSchema).max(limit),
    returns: z.array(z.object({ file: AgencyReturnSchema, updatedAt: iso })).max(limit),
  }),
});

/** The backup of this data, made now. */
export function createBackup(
  data: SiteData,
  options: { createdAt?: Date; site?: BackupFile["site"] } = {},
): BackupFile {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    createdAt: (options.createdAt ?? new Date()).toISOString(),
    ...(options.site ? { site: options.site } : {}),
    plans: data.plans,
    report: data.report,
  };
}

export function serializeBackup(backup: BackupFile): string {
  return `${JSON.stringify(backup, null, 1)}\n`;
}

/** "kehoach-sao-luu-kim-lien-2026-03-14.json": the site and the day, in the local calendar. */
export function backupFileName(slug: string | undefined, when: Date = new Date()): string {
  const day = `${when.getFullYear()}-${String(when.getMonth() + 1).padStart(2, "0")}-${String(when.getDate()).padStart(2, "0")}`;
  const site = slug && /^[a-z0-9-]+$/.test(slug) ? `-${slug}` : "";
  return `kehoach-sao-luu${site}-${day}.json`;
}

/**
 * Reads a backup file's bytes: strictly UTF-8 (a byte-order mark is accepted), JSON, the backup
 * format of a version this code knows, every plan valid (older plan formats are migrated), every
 * report record valid, no record twice. Anything else is refused with what and where.
 */
export function readBackup(bytes: Uint8Array, options: { language?: BackupLanguage } = {}): BackupRead {
  const m = BACKUP_MESSAGES[options.language ?? "vi"];
  if (bytes.byteLength > MAX_BACKUP_BYTES) {
    return refuse(m, "", m.tooLarge(Math.ceil(bytes.byteLength / 1048576), MAX_BACKUP_BYTES / 1048576));
  }
  const decoded = decodeTextFile(bytes, m.file);
  if (!decoded.ok) {
    // text-vi writes its finding in Vietnamese; the English screen gets the same fix in English.
    return refuse(
      m,
      "",
      options.language === "en"
        ? "The backup file is not UTF-8 text: it may have been saved in another encoding. Restore the file exactly as it was downloaded."
        : decoded.message,
    );
  }
  return readBackupText(decoded.text, m);
}

function readBackupText(text: string, m: BackupMessages): BackupRead {
  if (text.trim() === "") return refuse(m, "", m.empty);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = jsonErrorPosition(error);
    return refuse(m, "", m.notJson(at?.line, at?.column));
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return refuse(m, "", m.notObject);
  const record = data as Record<string, unknown>;
  if (record.format !== BACKUP_FORMAT) {
    if (record.format === AGENCY_RETURN_FORMAT) return refuse(m, "format", m.isReturn);
    if (record.format === PERIOD_DATA_FORMAT) return refuse(m, "format", m.isPeriodData);
    if ("issuer" in record && "tasks" in record) return refuse(m, "", m.isPlan);
    return refuse(m, "format", m.notBackup);
  }
  const version = record.schemaVersion;
  if (version === undefined || version === null) return refuse(m, "schemaVersion", m.versionMissing);
  if (typeof version !== "number" || !Number.isInteger(version)) {
    return refuse(m, "schemaVersion", m.versionNotInteger(JSON.stringify(version)));
  }
  if (version > BACKUP_SCHEMA_VERSION)
    return refuse(m, "schemaVersion", m.versionNewer(version, BACKUP_SCHEMA_VERSION));
  if (version < 1) return refuse(m, "schemaVersion", m.versionUnknown(version));
  if (tooDeep(data, MAX_DEPTH)) return refuse(m, "", m.tooDeep);

  const envelope = BackupSchema.safeParse(data);
  if (!envelope.success) {
    return {
      ok: false,
      problems: [
        ...envelope.error.issues.slice(0, 20).map((issue) => ({
          path: formatPath(issue.path),
          message: issueMessage(issue, m),
        })),
        { path: "", message: m.unchanged },
      ],
    };
  }
  const parsed = envelope.data;
  const problems: BackupProblem[] = [];
  const plans: StoredPlan[] = [];
  const seen = new Set<string>();
  parsed.plans.forEach(({ plan, updatedAt }, index) => {
    const result = validatePlanData(plan);
    if (!result.ok) {
      const raw = plan as { title?: unknown } | null;
      const title =
        typeof raw?.title === "string" && raw.title.trim() ? raw.title.trim().slice(0, 120) : m.untitled;
      for (const problem of result.problems.slice(0, 5)) {
        problems.push({
          path: `plans[${index}].plan${problem.path ? `.${problem.path}` : ""}`,
          message: m.planInvalid(title, problem.where || describePath([]), problem.message),
        });
      }
      if (result.problems.length > 5)
        problems.push({ path: `plans[${index}]`, message: m.morePlanProblems(result.problems.length - 5) });
      return;
    }
    if (seen.has(result.plan.id)) {
      problems.push({ path: `plans[${index}].plan.id`, message: m.duplicatePlan(result.plan.id) });
      return;
    }
    seen.add(result.plan.id);
    plans.push({ plan: result.plan as Plan, updatedAt });
  });
  const report = parsed.report;
  duplicates(
    report.entries,
    (e) => `${e.planId}\u0000${e.entry.id}`,
    "report.entries",
    (e) => e.entry.id,
    m,
    problems,
  );
  duplicates(
    report.drafts,
    (d) => `${d.planId}|${d.periodKey}`,
    "report.drafts",
    (d) => d.periodKey,
    m,
    problems,
  );
  duplicates(
    report.issued,
    (r) => r.returnId,
    "report.issued",
    (r) => r.returnId,
    m,
    problems,
  );
  duplicates(
    report.returns,
    (r) => r.file.returnId,
    "report.returns",
    (r) => r.file.returnId,
    m,
    problems,
  );
  if (problems.length > 0)
    return { ok: false, problems: [...problems.slice(0, 30), { path: "", message: m.unchanged }] };
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      createdAt: parsed.createdAt,
      ...(parsed.site ? { site: parsed.site } : {}),
      plans,
      report,
    },
  };
}

function refuse(m: BackupMessages, path: string, message: string): BackupRead {
  return {
    ok: false,
    problems: [
      { path, message },
      { path: "", message: m.unchanged },
    ],
  };
}

function duplicates<T>(
  list: readonly T[],
  key: (item: T) => string,
  path: string,
  label: (item: T) => string,
  m: BackupMessages,
  problems: BackupProblem[],
) {
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) problems.push({ path: `${path}[${index}]`, message: m.duplicate(`“${label(item)}”`) });
    seen.add(k);
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .filter((p) => typeof p !== "symbol")
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
}

function issueMessage(issue: z.core.$ZodIssue, m: BackupMessages): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? m.missing : m.wrongType;
    case "too_big":
      return issue.origin === "array" ? m.tooMany(Number(issue.maximum)) : m.invalid;
    default:
      return m.invalid;
  }
}

/** Where the JSON breaks, when the engine says so (V8 and Firefox: "line 3 column 7"). */
function jsonErrorPosition(error: unknown): { line: number; column: number } | undefined {
  const text = error instanceof Error ? error.message : "";
  const position = /line (\d+) column (\d+)/.exec(text);
  return position ? { line: Number(position[1]), column: Number(position[2]) } : undefined;
}

/** Whether the data nests deeper than `max`, walked without recursion (a hostile file may nest a million deep). */
function tooDeep(data: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[data, 1]];
  while (stack.length > 0) {
    const [value, level] = stack.pop() as [unknown, number];
    if (typeof value !== "object" || value === null) continue;
    if (level > max) return true;
    for (const inner of Object.values(value))
      if (typeof inner === "object" && inner !== null) stack.push([inner, level + 1]);
  }
  return false;
}
