export { describePath, formatPath, type PathSegment } from "./field-labels.js";
export {
  type LoadProblem,
  type LoadResult,
  MAX_PLAN_FILE_BYTES,
  parsePlanJson,
  serializePlan,
  validatePlanData,
} from "./load.js";
export {
  type ContentBlock,
  CURRENT_SCHEMA_VERSION,
  type Issuer,
  type Plan,
  type Recipients,
  type Section,
  type Signer,
  type Task,
} from "./plan.js";
export { LIMITS, PlanV1Schema } from "./schema/plan-v1.js";
