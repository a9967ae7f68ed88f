import { type LoadResult, validatePlanData } from "@kehoach/plan-model";
import type { ImportResult } from "./types.js";

/**
 * The plan of an import, checked again by the plan model's loader: call it on the result after a
 * person has edited `result.plan` in the review screen, before saving. A refused import gives the
 * refusal as the only problem.
 */
export function toPlan(result: ImportResult): LoadResult {
  if (!result.ok) {
    const { message, messageEn } = result;
    return {
      ok: false,
      problems: [{ path: "", where: "Tệp nhập", whereEn: "Imported file", message, messageEn }],
    };
  }
  return validatePlanData(result.plan);
}
