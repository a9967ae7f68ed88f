import type {
  AgencyDirectory,
  Finding,
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
  } = {},
): ValidationResult {
  const mode = options.mode ?? "draft";
  const findings: Finding[] = [];
  const add = (rule: ReportRule, path: string, where: string, message: string) =>
    findings.push({ rule: rule.id, severity: rule.severity[mode], path, where, message });
  const doc = report.document;

  if (!doc.number) add(RULES.numberMissing, "report.number", "Số báo cáo", "Báo cáo chưa có số.");
  if (doc.date.day === undefined || doc.date.month === undefined) {
    add(RULES.dateIncomplete, "report.issuedOn", "Ngày ban hành", "Báo cáo chưa có ngày, tháng ban hành.");
  }
  if (!doc.signer?.name?.trim()) {
    add(RULES.signerMissing, "report.signer", "Người ký", "Báo cáo chưa có người ký.");
  }
  if (draft.sentUpward && doc.addressees.length === 0) {
    add(
      RULES.addresseeMissing,
      "report.addressees",
      "Kính gửi",
      "Báo cáo gửi cấp trên nhưng chưa ghi cơ quan nhận (Kính gửi).",
    );
  }
  const isIssuer = issuerMatcher(report.issuer, { directory: options.directory });
  doc.addressees.forEach((addressee, i) => {
    if (isIssuer(addressee)) {
      add(
        RULES.addressedToIssuer,
        `report.addressees[${i}]`,
        "Kính gửi",
        `Báo cáo gửi “${addressee}”, chính là cơ quan ban hành: ghi cơ quan cấp trên nhận báo cáo.`,
      );
    }
  });
  const titles = new Map(report.rows.map((r) => [r.taskId, `Nhiệm vụ ${r.number}`]));
  for (const row of report.rows.filter((r) => r.awaitingDate)) {
    add(
      RULES.completionDateMissing,
      `entries[${row.entryId ?? row.taskId}]`,
      `Nhiệm vụ ${row.number}`,
      `Nhiệm vụ “${row.title}” được báo đã hoàn thành nhưng chưa có ngày hoàn thành: nhập ngày hoàn thành để xét đúng hạn hay quá hạn; đến khi đó nhiệm vụ không được tính vào kết quả.`,
    );
  }
  for (const c of report.contradictions) {
    add(RULES.contradiction, `entries[${c.entryId}]`, titles.get(c.taskId) ?? c.taskId, c.message);
  }

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { mode, findings, counts, blocking: counts.error > 0 };
}
