// The sample plan's id, apart from the sample itself (which is large): an app tells the sample from
// the user's own plans by it (the plan builder labels it "Kế hoạch mẫu" wherever it is shown).

export const SAMPLE_PLAN_ID = "mau-kim-lien-2026-tuyen-truyen-cchc";

/** Whether a plan (by its id) is the sample plan of the toolkit, not one the user wrote. */
export function isSamplePlan(id: string): boolean {
  return id === SAMPLE_PLAN_ID;
}
