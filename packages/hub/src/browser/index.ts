// @kehoach/hub/browser: the province hub in a site's pages. startSiteHub opens the remembered
// connection at a page's start and puts the site's plans and progress on the unit's local copy;
// the adapters below are plan-store's and the report generator's stores on that copy.
export {
  type HubDocs,
  hubPlanStore,
  planRefOf,
  revisionNumber,
} from "./hub-plans.js";
export {
  arrivedEntryId,
  hubProgressLog,
  type ProgressLog,
  periodOfEntry,
  periodState,
  setPeriodState,
} from "./hub-progress.js";
export {
  type ProgressConflict,
  type ProgressVersion,
  progressConflicts,
  resolveProgressConflict,
} from "./progress-conflicts.js";
export {
  CONNECTION_STORAGE_KEY,
  type ConnectionKind,
  type KeyValueStorage,
  normaliseHubUrl,
  openSiteHub,
  type RememberedConnection,
  rememberedConnection,
  type SiteHub,
  type SiteHubOptions,
  type UnitDesign,
  unitOfDatabase,
} from "./site-hub.js";
export {
  type SiteHubStart,
  siteHub,
  siteHubDocs,
  siteHubStart,
  siteProgressLog,
  startSiteHub,
  watchSiteHub,
} from "./start.js";
