import type { Plan } from "@kehoach/plan-model";

/**
 * A plan copied as a new draft of the user's: its own id, no registration number (a number is
 * given only by issuing). Used for "Nhân bản" and for a draft made from the sample plan.
 */
export function draftCopy(plan: Plan, id: string, title: string = plan.title): Plan {
  const { number: _number, ...rest } = plan;
  return { ...rest, id, title };
}
