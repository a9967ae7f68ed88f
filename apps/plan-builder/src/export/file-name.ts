import { planFileName } from "@kehoach/plan-documents";
import { isSamplePlan, type Plan } from "@kehoach/plan-model";

/**
 * The name of a file exported from a plan; a file made from the sample plan says so ("Mẫu - Kế
 * hoạch 15-KH-UBND - …"), so it is never taken for a document the commune issued. File names are
 * Vietnamese whatever the interface's language, like the documents.
 */
export function exportFileName(plan: Plan, extension: Parameters<typeof planFileName>[1]): string {
  const name = planFileName(plan, extension);
  return isSamplePlan(plan.id) ? `Mẫu - ${name}` : name;
}
