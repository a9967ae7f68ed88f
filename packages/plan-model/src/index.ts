export {
  type AgencyDirectory,
  agencyNameOn,
  agencyOn,
  createDirectory,
  groupMembers,
  isValidOn,
  UNIT_WORDS,
  unitDisplayName,
  unitOn,
  unitPlaceName,
} from "./agencies/directory.js";
export {
  type AgencyMatch,
  type AgencyMatcher,
  type AgencySearchHit,
  createAgencyMatcher,
  isGeneric,
  type MatcherOptions,
  type MatchMethod,
} from "./agencies/match.js";
export { describePath, formatPath, type Language, type PathSegment } from "./field-labels.js";
export { isIssued, type PlanStatus, planStatus } from "./issued.js";
export {
  type LoadProblem,
  type LoadResult,
  MAX_PLAN_FILE_BYTES,
  parsePlanJson,
  serializePlan,
  validatePlanData,
} from "./load.js";
export { type LocalityLoadResult, parseLocalityJson, validateLocalityData } from "./locality.js";
export { basisKind, migratePlan, migrateV1ToV2, toBasis } from "./migrate/index.js";
export * from "./plan.js";
export {
  periodLabel,
  periodLabelEn,
  periodWindow,
  reportDueDate,
  reportPeriods,
  type Window,
} from "./progress/periods.js";
export {
  DEFAULT_STATUS_PERCENT,
  isDoneStatus,
  type PlanProgress,
  planProgress,
  type RollUpNode,
  STATUS_LABELS,
  STATUS_LABELS_EN,
  STATUS_SEVERITY,
  type StatusOptions,
  type StatusSeverity,
  stateOfStatus,
  statusLabel,
  TASK_STATUSES,
  type TaskProgress,
  type TaskStatus,
  taskStatus,
  weightedAverage,
} from "./progress/status.js";
export { formatArchive, parseArchive } from "./refs/archive.js";
export { formatDocCode, formatDocRef, parseDocRef, parseDocRefs, sameDocument } from "./refs/doc-ref.js";
export { isSamplePlan, SAMPLE_PLAN_ID } from "./sample/id.js";
export { IsoDateSchema, LIMITS, PartialDateSchema } from "./schema/common.js";
export { DocRefSchema } from "./schema/doc-ref.js";
export * from "./schema/locality.js";
export { type PlanV1, PlanV1Schema } from "./schema/plan-v1.js";
export {
  AbbreviationSchema,
  AgencyRefSchema,
  AppendixSchema,
  ArchiveSchema,
  AUDIENCE_TAGS,
  AudienceSchema,
  BasisSchema,
  BudgetSchema,
  ContentBlockSchema,
  DecisionSchema,
  DutyItemSchema,
  FORM_CODES,
  FormEntrySchema,
  ImplementationDutySchema,
  IndicatorSchema,
  IssuerSchema,
  PAR_AREAS,
  type PlanV2,
  type PlanV2Input,
  PlanV2Schema,
  REPORT_CADENCES,
  RecipientSchema,
  RecipientsSchema,
  ReportingDutySchema,
  ROLES,
  RoleAssignmentSchema,
  RoleSchema,
  SectionSchema,
  SignerSchema,
  SLOTS,
  TargetSchema,
  TaskSchema,
  WaiverSchema,
} from "./schema/plan-v2.js";
export {
  PROGRESS_STATES,
  type ProgressEntry,
  type ProgressEntryInput,
  ProgressEntrySchema,
  type ProgressLog,
  ProgressLogSchema,
  type ReportPeriod,
  ReportPeriodSchema,
} from "./schema/progress.js";
export { CadenceSchema, PeriodSpecSchema, TimeAnchorSchema, TimeSpecSchema } from "./schema/time-spec.js";
export {
  agenciesWithRole,
  effectiveRoles,
  flattenTasks,
  isGroup,
  isLeaf,
  ROLE_COLUMN_LABELS,
  ROLE_COLUMN_LABELS_EN,
  ROLE_LABELS,
  ROLE_LABELS_EN,
  roleColumnLabel,
  roleLabel,
  setRoleAgencies,
  type TaskNode,
} from "./tasks.js";
export { formatPeriod, formatTime } from "./time/format-time.js";
export { type Occurrence, occurrences } from "./time/occurrences.js";
export { type ParseTimeOptions, parseDate, parsePeriod, parseTime } from "./time/parse-time.js";
export {
  type Finding,
  RULES,
  type Rule,
  type RuleContext,
  type Severity,
  type ValidateOptions,
  type ValidationMode,
  type ValidationResult,
  validatePlan,
} from "./validate/index.js";
export { csvCell, csvText } from "./views/csv.js";
export {
  type MatrixAgency,
  type MatrixOptions,
  type MatrixRow,
  type MatrixTask,
  matrixToCsv,
  matrixToJson,
  planDate,
  type ResponsibilityMatrix,
  responsibilityMatrix,
} from "./views/matrix.js";
export { type MonthSchedule, type PlanSchedule, planSchedule, type ScheduleEntry } from "./views/schedule.js";
export { type AgencyWorkload, agencyWorkload } from "./views/workload.js";
