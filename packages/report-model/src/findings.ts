import type {
  AgencyDirectory,
  Finding,
  Language,
  Severity,
  ValidationMode,
  ValidationResult,
} from "@kehoach/plan-model";
import type { ReportDraft } from "./draft.js";
import { issuerMatcher } from "./issuer.js";
import type { PeriodReport } from "./report.js";

// What stands between a báo cáo and its issue, as findings in the shape of the plan's rule
// catalogue (so every screen and the command line show them alike): the document's own details
// (số, ngày, người ký, Kính gửi) and the contradictions in the period's entries. Paths point into
// the period data file: "report.number" is the draft's number, "entries[t04@2026-Q2]" an entry.

interface ReportRule {
  id: string;
  severity: Record<ValidationMode, Severity>;
}

const RULES = {
  numberMissing: { id: "report-number-missing", severity: { draft: "info", issued: "error" } },
  dateIncomplete: { id: "report-date-incomplete", severity: { draft: "info", issued: "error" } },
  signerMissing: { id: "report-signer-missing", severity: { draft: "warning", issued: "error" } },
  addresseeMissing: { id: "report-addressee-missing", severity: { draft: "warning", issued: "error" } },
  addressedToIssuer: { id: "report-addressed-to-issuer", severity: { draft: "warning", issued: "error" } },
  contradiction: { id: "report-entry-contradiction", severity: { draft: "warning", issued: "warning" } },
  completionDateMissing: {
    id: "report-completion-date-missing",
    severity: { draft: "warning", issued: "error" },
  },
} satisfies Record<string, ReportRule>;

/** The findings of a period's báo cáo, in draft or in issuing mode. */
export function reportFindings(
  report: PeriodReport,
  draft: ReportDraft,
  options: {
    mode?: ValidationMode;
    /** The locality directory: "UBND xã" and "Ủy ban nhân dân xã Kim Liên" are then one body. */
    directory?: AgencyDirectory | undefined;
    /** The language of the findings: Vietnamese by default, English for a screen shown in English. */
    language?: Language | undefined;
  } = {},
): ValidationResult {
  const mode = options.mode ?? "draft";
  const en = options.language === "en";
  const say = (vi: string, english: string) => (en ? english : vi);
  const findings: Finding[] = [];
  const add = (rule: ReportRule, path: string, where: string, message: string) =>
    findings.push({ rule: rule.id, severity: rule.severity[mode], path, where, message });
  const task = (number: string) => say(`Nhiệm vụ ${number}`, `Task ${number}`);
  const doc = report.document;

  if (!doc.number) {
    add(
      RULES.numberMissing,
      "report.number",
      say("Số báo cáo", "Report number"),
      say("Báo cáo chưa có số.", "The report has no number yet."),
    );
  }
  if (doc.date.day === undefined || doc.date.month === undefined) {
    add(
      RULES.dateIncomplete,
      "report.issuedOn",
      say("Ngày ban hành", "Date of issue"),
      say("Báo cáo chưa có ngày, tháng ban hành.", "The report has no day and month of issue yet."),
    );
  }
  if (!doc.signer?.name?.trim()) {
    add(
      RULES.signerMissing,
      "report.signer",
      say("Người ký", "Signer"),
      say("Báo cáo chưa có người ký.", "The report has no signer yet."),
    );
  }
  if (draft.sentUpward && doc.addressees.length === 0) {
    add(
      RULES.addresseeMissing,
      "report.addressees",
      say("Kính gửi", "Addressed to"),
      say(
        "Báo cáo gửi cấp trên nhưng chưa ghi cơ quan nhận (Kính gửi).",
        "The report goes to a higher body, but that body is not named yet.",
      ),
    );
  }
  const isIssuer = issuerMatcher(report.issuer, { directory: options.directory });
  doc.addressees.forEach((addressee, i) => {
    if (isIssuer(addressee)) {
      add(
        RULES.addressedToIssuer,
        `report.addressees[${i}]`,
        say("Kính gửi", "Addressed to"),
        say(
          `Báo cáo gửi “${addressee}”, chính là cơ quan ban hành: ghi cơ quan cấp trên nhận báo cáo.`,
          `The report is addressed to “${addressee}”, the body that issues it: name the higher body it goes to.`,
        ),
      );
    }
  });
  const titles = new Map(report.rows.map((r) => [r.taskId, task(r.number)]));
  for (const row of report.rows.filter((r) => r.awaitingDate)) {
    add(
      RULES.completionDateMissing,
      `entries[${row.entryId ?? row.taskId}]`,
      task(row.number),
      say(
        `Nhiệm vụ “${row.title}” được báo đã hoàn thành nhưng chưa có ngày hoàn thành: nhập ngày hoàn thành để xét đúng hạn hay quá hạn; đến khi đó nhiệm vụ không được tính vào kết quả.`,
        `The task “${row.title}” is reported done without a completion date: enter the date to tell whether it was on time; until then the task counts nowhere in the results.`,
      ),
    );
  }
  for (const c of report.contradictions) {
    add(
      RULES.contradiction,
      `entries[${c.entryId}]`,
      titles.get(c.taskId) ?? c.taskId,
      en ? c.messageEn : c.message,
    );
  }

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { mode, findings, counts, blocking: counts.error > 0 };
}
