import type { Plan } from "./plan.js";

// A plan is issued once it carries its registration number and the full day of issue: that is
// what issuing means under Nghị định 30, and it travels with the plan in every file. An app gives
// both only through its "Ban hành" step, after the rules pass; until then the plan is a draft.

export type PlanStatus = "draft" | "issued";

export function planStatus(plan: Pick<Plan, "number" | "issuedOn">): PlanStatus {
  const { day, month } = plan.issuedOn;
  return plan.number && day !== undefined && month !== undefined ? "issued" : "draft";
}

export function isIssued(plan: Pick<Plan, "number" | "issuedOn">): boolean {
  return planStatus(plan) === "issued";
}
