import { setPlanStoreSource, setProgressLogSource } from "@kehoach/plan-store";
import { type HubDocs, hubPlanStore } from "./hub-plans.js";
import { hubProgressLog, type ProgressLog } from "./hub-progress.js";
import { type ConnectionKind, openSiteHub, type SiteHub, type SiteHubOptions } from "./site-hub.js";

// The one call an app makes at its start, before it renders or opens a store:
//
//   await startSiteHub({ hubUrl: site.hubUrl, kind: "unit" });
//
// Without a hub in the build it does nothing. With one, and a connection this browser remembers,
// it opens the local copy of the unit's database and makes it where the site's plans live
// (plan-store's openPlanStore) and where the report generator's log lives (siteProgressLog), so
// the apps' own code is the same with a hub and without.

export interface SiteHubStart {
  hub: SiteHub | undefined;
  /** Why the hub's copy could not be opened (the apps then keep to the browser's own data). */
  error?: string;
}

let started: SiteHubStart = { hub: undefined };

export async function startSiteHub(options: {
  hubUrl: string | undefined;
  kind: ConnectionKind;
  /** Tests: a PouchDB of their own, storage, sync options. */
  overrides?: Omit<SiteHubOptions, "hubUrl" | "kind">;
}): Promise<SiteHubStart> {
  if (!options.hubUrl) {
    started = { hub: undefined };
    return started;
  }
  try {
    const hub = await openSiteHub({ hubUrl: options.hubUrl, kind: options.kind, ...options.overrides });
    started = { hub };
    const docs = siteHubDocs();
    if (options.kind === "unit" && docs) {
      setPlanStoreSource(async () => hubPlanStore(docs));
      setProgressLogSource(() => hubProgressLog(docs));
    }
  } catch (error) {
    started = { hub: undefined, error: error instanceof Error ? error.message : String(error) };
  }
  return started;
}

/** What startSiteHub opened for this page. */
export function siteHubStart(): SiteHubStart {
  return started;
}

/** The page's hub, connected or not; undefined on a site without one. */
export function siteHub(): SiteHub | undefined {
  return started.hub;
}

/** The open copy of the unit's database, when this page works on one. */
export function siteHubDocs(): HubDocs | undefined {
  const hub = started.hub;
  const connection = hub?.connection();
  const unit = hub?.unit();
  if (!hub || !connection || !unit) return undefined;
  return { db: hub.local(), unit, user: connection.name, ready: firstSync(hub) };
}

let waiting: { hub: SiteHub; promise: Promise<void> } | undefined;
function firstSync(hub: SiteHub): Promise<void> {
  if (waiting?.hub !== hub) waiting = { hub, promise: hub.firstSync() };
  return waiting.promise;
}

/**
 * Calls `onChange` shortly after the unit's copy changes (an entry from another device arriving,
 * or one written here), at most every `delayMs`; returns the function that stops it. Nothing
 * happens on a page that keeps its data to itself.
 */
export function watchSiteHub(onChange: () => void, delayMs = 300): () => void {
  const docs = siteHubDocs();
  if (!docs) return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const feed = docs.db.changes({ since: "now", live: true });
  feed.on("change", () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, delayMs);
  });
  return () => {
    clearTimeout(timer);
    feed.cancel();
  };
}

/** The report generator's log on the hub, when the page works on a unit's copy; else undefined (IndexedDB). */
export function siteProgressLog(): ProgressLog | undefined {
  const docs = siteHubDocs();
  return docs ? hubProgressLog(docs) : undefined;
}
