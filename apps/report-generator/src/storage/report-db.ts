// The report generator's database ("kehoach-report") is owned by @kehoach/plan-store, beside the
// plans' database: every app's backup reads and restores it, so its layout has one owner.
export {
  type IssuedReturn,
  openReportStore,
  REPORT_DB_NAME,
  type ReportStore,
} from "@kehoach/plan-store";
