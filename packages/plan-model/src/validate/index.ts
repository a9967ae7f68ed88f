import type { Plan } from "../plan.js";
import { type Rule, runRules, type ValidateOptions, type ValidationResult } from "./engine.js";
import {
  agencyNameInconsistent,
  agencyNotInDirectory,
  issuerAbolished,
  levelMismatch,
} from "./rules/agencies.js";
import {
  appendixBackRef,
  basisAfterIssue,
  eventOutsideWindow,
  otherYearInText,
  parentPlanOtherYear,
  programmePeriod,
  timeEndsBeforeIssue,
  timeOutsidePlanYear,
} from "./rules/dates.js";
import {
  basisPlanAsCanCu,
  basisWithoutDocument,
  budgetMissing,
  dateIncomplete,
  monitorMissing,
  numberMissing,
  placeMissing,
  recipientsMissing,
  recipientsSuperior,
  reportingMissing,
  signatureIncomplete,
} from "./rules/metadata.js";
import {
  cascadeDeadline,
  conditionalTrigger,
  leadAlsoSupport,
  nearDuplicateTasks,
  relativeUnresolved,
  roleLabelNonStandard,
  targetWithoutIndicator,
  taskMissingLead,
  taskMissingSupport,
  taskMissingTime,
  timeNotUnderstood,
} from "./rules/tasks.js";
import {
  abbreviationUndefined,
  headingMismatch,
  indexNames,
  normalisation,
  outlineNumbering,
  pointLettering,
  spelling,
  titleTypo,
} from "./rules/text.js";

export type {
  Finding,
  Rule,
  RuleContext,
  Severity,
  ValidateOptions,
  ValidationMode,
  ValidationResult,
} from "./engine.js";

const waiverUnknownRule: Rule = {
  id: "waiver-unknown-rule",
  spec: 0,
  title: "Miễn kiểm tra cho quy tắc không tồn tại",
  titleEn: "A waiver for a rule that does not exist",
  severity: { draft: "warning", issued: "warning" },
  check(ctx, report) {
    const ids = new Set(RULES.map((r) => r.id));
    ctx.plan.waivers.forEach((w, i) => {
      if (!ids.has(w.rule))
        report(
          ["waivers", i, "rule"],
          ctx.say(
            `Không có quy tắc “${w.rule}”; miễn kiểm tra này không có tác dụng.`,
            `There is no rule “${w.rule}”; this waiver has no effect.`,
          ),
        );
    });
  },
};

/** Every rule, in the order of plan-domain.md §2. */
export const RULES: readonly Rule[] = [
  timeOutsidePlanYear,
  timeEndsBeforeIssue,
  otherYearInText,
  appendixBackRef,
  basisAfterIssue,
  parentPlanOtherYear,
  eventOutsideWindow,
  programmePeriod,
  numberMissing,
  dateIncomplete,
  placeMissing,
  signatureIncomplete,
  recipientsMissing,
  recipientsSuperior,
  basisWithoutDocument,
  basisPlanAsCanCu,
  budgetMissing,
  reportingMissing,
  monitorMissing,
  taskMissingLead,
  taskMissingTime,
  taskMissingSupport,
  timeNotUnderstood,
  leadAlsoSupport,
  roleLabelNonStandard,
  nearDuplicateTasks,
  relativeUnresolved,
  conditionalTrigger,
  cascadeDeadline,
  targetWithoutIndicator,
  agencyNameInconsistent,
  levelMismatch,
  issuerAbolished,
  abbreviationUndefined,
  agencyNotInDirectory,
  titleTypo,
  spelling,
  normalisation,
  pointLettering,
  headingMismatch,
  outlineNumbering,
  indexNames,
  waiverUnknownRule,
];

/**
 * Runs the rule catalogue over a plan. In "draft" mode a missing number, date or signature is
 * information; in "issued" mode it is an error. Findings the plan waives stay in the list, marked
 * with the waiver's reason, and do not count.
 */
export function validatePlan(plan: Plan, options: ValidateOptions = {}): ValidationResult {
  return runRules(plan, RULES, options);
}
