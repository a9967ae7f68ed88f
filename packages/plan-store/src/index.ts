export {
  closeSiteStores,
  LAST_BACKUP_KEY,
  lastBackupAt,
  openSiteStores,
  type RestoreOutcome,
  readSiteData,
  recordBackup,
  type SiteSnapshot,
  type SiteStores,
  writeSiteData,
} from "./backup/site-data.js";
export {
  DEFAULT_DB_NAME,
  openPlanStore,
  type PlanStore,
  type PlanStoreSource,
  type PlanSummary,
  type ReadResult,
  type StoredPlan,
  type StoredPlanRecord,
  setPlanStoreSource,
  type UpdateResult,
} from "./plan-store.js";
export {
  type IssuedReturn,
  openReportStore,
  type ProgressLogSource,
  REPORT_DB_NAME,
  type ReportRecords,
  type ReportStore,
  setProgressLogSource,
} from "./report-store.js";
