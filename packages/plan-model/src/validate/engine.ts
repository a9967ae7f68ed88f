import { toIsoDate } from "@kehoach/text-vi";
import type { AgencyDirectory } from "../agencies/directory.js";
import { type AgencyMatcher, createAgencyMatcher } from "../agencies/match.js";
import { describePath, formatPath, type Language, type PathSegment } from "../field-labels.js";
import type { Plan } from "../plan.js";
import { flattenTasks, type TaskNode } from "../tasks.js";
import { collectTexts, type PlanText } from "./texts.js";

// The rule catalogue of plan-domain §2 run over a plan. Each rule has a stable id (for waivers,
// tools and tests), a severity (error blocks issuing, warning asks for a look, info suggests), and
// reports findings with the path of what it is about, in Vietnamese (the command line, the
// documents' checks) or, for a screen shown in English, in English: each rule writes both wordings
// of its message side by side, so a message has one owner. Two modes: a draft may still lack its
// number, date and signature; an issued plan may not.

export type Severity = "error" | "warning" | "info";
export type ValidationMode = "draft" | "issued";

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** Machine path: "tasks[1].time". */
  path: string;
  /** The same place in words: "Nhiệm vụ 2 › Thời gian thực hiện" ("Task 2 › Time frame" in English). */
  where: string;
  /** Set when the plan waives this finding, with its reason. */
  waived?: { reason: string } | undefined;
}

export interface RuleContext {
  plan: Plan;
  mode: ValidationMode;
  directory?: AgencyDirectory | undefined;
  matcher: AgencyMatcher;
  nodes: TaskNode[];
  texts: PlanText[];
  /** ISO issue date when the plan has a full one. */
  issueDate?: string | undefined;
  /** Plan years: the plan year, or every year of a multi-year plan. */
  years: { from: number; to: number };
  /** The language findings are written in. */
  language: Language;
  /** The message in the findings' language: rules give both wordings, side by side. */
  say(vi: string, en: string): string;
}

export type Report = (path: PathSegment[], message: string, severity?: Severity) => void;

export interface Rule {
  id: string;
  /** Number of the rule in plan-domain.md §2 (0 for rules added here). */
  spec: number;
  /** Short Vietnamese title for catalogues and settings screens. */
  title: string;
  /** The same title for a screen shown in English. */
  titleEn: string;
  /** Severity by mode; a rule may report a lower one for a particular finding. */
  severity: Record<ValidationMode, Severity>;
  check(ctx: RuleContext, report: Report): void;
}

export interface ValidateOptions {
  mode?: ValidationMode | undefined;
  directory?: AgencyDirectory | undefined;
  /** Run only these rules (ids); all by default. */
  only?: readonly string[] | undefined;
  /** The language of the findings: Vietnamese by default (the command line, the documents). */
  language?: Language | undefined;
}

export interface ValidationResult {
  mode: ValidationMode;
  findings: Finding[];
  /** Counts of findings not waived. */
  counts: Record<Severity, number>;
  /** True when an error remains that is not waived: the plan cannot be issued as it is. */
  blocking: boolean;
}

export function runRules(
  plan: Plan,
  rules: readonly Rule[],
  options: ValidateOptions = {},
): ValidationResult {
  const mode = options.mode ?? "draft";
  const language = options.language ?? "vi";
  const issueDate = toIsoDate(plan.issuedOn) ?? undefined;
  const ctx: RuleContext = {
    plan,
    mode,
    directory: options.directory,
    matcher: createAgencyMatcher(options.directory, { abbreviations: plan.abbreviations, asOf: issueDate }),
    nodes: flattenTasks(plan.tasks),
    texts: collectTexts(plan),
    issueDate,
    years: { from: plan.period?.from ?? plan.planYear, to: plan.period?.to ?? plan.planYear },
    language,
    say: (vi, en) => (language === "en" ? en : vi),
  };
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (options.only && !options.only.includes(rule.id)) continue;
    const severity = rule.severity[mode];
    rule.check(ctx, (path, message, override) => {
      const machine = formatPath(path);
      const waiver = plan.waivers.find(
        (w) => w.rule === rule.id && (w.path === undefined || w.path === machine),
      );
      findings.push({
        rule: rule.id,
        severity: override ?? severity,
        message,
        path: machine,
        where: describePath(path, language),
        ...(waiver ? { waived: { reason: waiver.reason } } : {}),
      });
    });
  }
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!f.waived) counts[f.severity]++;
  return { mode, findings, counts, blocking: counts.error > 0 };
}
