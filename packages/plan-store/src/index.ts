export {
  DEFAULT_DB_NAME,
  openPlanStore,
  type PlanStore,
  type PlanSummary,
  type ReadResult,
  type StoredPlanRecord,
} from "./plan-store.js";
