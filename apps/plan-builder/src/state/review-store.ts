// The review list of a plan carried forward to a new year is kept beside the plans (plan-store's
// meta records), so it is still there when the plan is opened again, until marked as reviewed.

export function reviewKey(planId: string): string {
  return `plan-builder:review:${planId}`;
}
