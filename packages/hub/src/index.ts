export {
  type AssignmentResult,
  type Assignments,
  assignTasks,
  type IssuedPlan,
  type Unassigned,
} from "./assignments.js";
export { DESIGN_DOC_ID, type DesignDoc, provinceDesignDoc, unitDesignDoc } from "./design.js";
export {
  type ArchiveDoc,
  archiveDoc,
  HUB_DOC_VERSION,
  type HubDoc,
  PERIOD_STATUSES,
  type PeriodDoc,
  PLAN_STATUSES,
  type PlanDoc,
  type ProgressDoc,
  periodDoc,
  planDoc,
  progressDoc,
  type ReadDoc,
  readHubDoc,
  type Stamp,
} from "./docs.js";
export {
  archiveDocId,
  DOC_TYPES,
  type DocType,
  ownDocumentsPattern,
  type ParsedDocId,
  type PlanRef,
  parseDocId,
  periodDocId,
  planDocId,
  planKey,
  progressDocId,
  progressPrefix,
} from "./ids.js";
export {
  type HubLayout,
  type HubUnit,
  hubLayout,
  hubUnitsOfAgency,
  provinceDatabase,
  unitDatabase,
  unitUser,
} from "./layout.js";
export {
  type PlanReporting,
  type ProvinceRollup,
  provinceRollup,
  type ReportingCounts,
  type ReportingState,
  type RollupInput,
  type TaskReporting,
  type UnitReporting,
} from "./rollup.js";
