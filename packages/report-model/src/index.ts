export {
  type AgencyKeyed,
  agencyKey,
  findTask,
  leadAgencies,
  leadingAgencies,
  withDirectoryIds,
  workNodes,
} from "./agencies.js";
export {
  AGENCY_RETURN_FORMAT,
  type AgencyReturn,
  AgencyReturnSchema,
  type CreateReturnInput,
  checkReturnTarget,
  createAgencyReturn,
  parseAgencyReturnJson,
  type ReturnCheck,
  type ReturnTask,
  returnAsPlan,
} from "./agency-return.js";
export { type CarryItem, carryOverEntries, carryOverItems } from "./carry-over.js";
export {
  type Contradiction,
  type ContradictionKind,
  findContradictions,
  groupByTask,
} from "./contradictions.js";
export { addDays, localToday, showDate } from "./dates.js";
export { type DefaultDraftOptions, defaultDraft, superiorBody } from "./defaults.js";
export {
  emptyDraft,
  NARRATIVE_KEYS,
  NARRATIVE_LABELS,
  type Narrative,
  type NarrativeKey,
  type ReportDraft,
  ReportDraftSchema,
} from "./draft.js";
export {
  awaitsCompletionDate,
  canonicalEntry,
  type PeriodEntry,
  type PeriodEntryInput,
  PeriodEntrySchema,
  periodEntryId,
  sameEntries,
  stateOfStatus,
} from "./entry.js";
export { type AgencyShare, type PeriodFacts, periodFacts, type StatusShare, type TaskFact } from "./facts.js";
export { reportFindings } from "./findings.js";
export {
  FORM_LABELS,
  type FormGroup,
  type FormGroupCode,
  formatFigure,
  formatTotals,
  formOfTask,
  type IndicatorTotal,
  isRateUnit,
  sumByForm,
  totalIndicators,
} from "./indicators.js";
export { IssuedReturnSchema } from "./issued-return.js";
export { type IssuerMatchOptions, issuerMatcher } from "./issuer.js";
export {
  applyMerge,
  type Decision,
  type EntryConflict,
  type MergeInput,
  type MergePlan,
  type MergeResult,
  planMerge,
  type TaskMerge,
  type TaskMergeKind,
} from "./merge.js";
export { draftNarrative, type NarrativeContext, planReference } from "./narrative.js";
export {
  dayBefore,
  nextPeriodPhrase,
  parsePeriodKey,
  periodKey,
  periodPhrase,
  periodPhraseEn,
  periodTitle,
  periodTitleEn,
  previousPeriod,
  samePeriod,
  standardPeriods,
  windowPhrase,
  windowPhraseEn,
} from "./period.js";
export {
  checkPeriodDataTarget,
  createPeriodData,
  PERIOD_DATA_FORMAT,
  type PeriodData,
  type PeriodDataCheck,
  type PeriodDataInput,
  PeriodDataSchema,
  parsePeriodDataJson,
  serializeReportFile,
  WindowSchema,
  windowProblems,
} from "./period-data.js";
export { type FileProblem, type FileResult, formatProblems, MAX_REPORT_FILE_BYTES } from "./problems.js";
export {
  inWindow,
  latestBefore,
  type PeriodProgress,
  type PeriodTaskProgress,
  periodProgress,
  periodTaskStatus,
  windowEntries,
} from "./progress.js";
export {
  AWAITING_DATE_LABEL,
  AWAITING_DATE_NOTE,
  type BuildReportInput,
  buildPeriodReport,
  defaultSubject,
  type PeriodReport,
  type ReportRow,
  reportSymbol,
} from "./report.js";
export { authoriseReturn, type IssuedReturn, type ReturnAuthority } from "./return-authority.js";
export { asClause } from "./sentence.js";
