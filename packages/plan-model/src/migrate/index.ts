import type { PlanV1 } from "../schema/plan-v1.js";
import type { PlanV2 } from "../schema/plan-v2.js";
import { migrateV1ToV2 } from "./v1-to-v2.js";

export { basisKind, migrateV1ToV2, toBasis } from "./v1-to-v2.js";

/** The newest plan format; files of older versions are migrated to it when loaded. */
export const CURRENT_SCHEMA_VERSION = 2;

/**
 * Brings a plan of any known format to the current one, one version at a time. A plan already in
 * the current format comes back as it is, so running the migrations twice changes nothing.
 */
export function migratePlan(plan: PlanV1 | PlanV2): PlanV2 {
  if (plan.schemaVersion === 2) return plan;
  return migrateV1ToV2(plan);
}
