// @kehoach/plan-store/backup: the backup file of a whole site (its format, reading it back and
// the merge of a restore). Pure: runs in Node and in a browser; the browser side that reads and
// writes the databases is exported from @kehoach/plan-store.
export {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  type BackupFile,
  type BackupProblem,
  type BackupRead,
  backupFileName,
  createBackup,
  MAX_BACKUP_BYTES,
  readBackup,
  type SiteData,
  serializeBackup,
} from "./format.js";
export { BACKUP_MESSAGES, type BackupLanguage, type BackupMessages } from "./messages.js";
export {
  canonicalJson,
  countWrites,
  type LocalData,
  planRestore,
  type RestoreChoice,
  type RestorePlan,
  type RestoreUnit,
  restoreWrites,
  type UnitKind,
  type UnitStatus,
} from "./restore.js";
