/// <reference path="./pouchdb-browser.d.ts" />
import { DESIGN_DOC_ID } from "../design.js";
import { createHubSync, type HubSync, type HubSyncOptions } from "../sync/index.js";
import type { PouchConstructor, PouchDatabase } from "../sync/pouch.js";
import type { HubSession } from "../sync/session.js";

// The province hub as a site's pages see it. A site built with HUB_URL may connect to the hub;
// whether this browser does is a choice the person makes once ("Kết nối máy chủ"), remembered in
// the browser (the account and its database, never a password) until they sign out. While it is
// remembered the apps work on the local copy of the unit's database, whatever the network does:
// offline, or with the session expired, the copy opens all the same and the status says why it is
// not syncing. Without a hub, or never connected, nothing here runs and the apps keep their data
// in the browser's own IndexedDB as before.

/** What the browser remembers of its connection: enough to open the local copy without a network. */
export interface RememberedConnection extends HubSession {
  hubUrl: string;
}

/** Where the remembered connection is kept: the site's origin, shared by every app of the site. */
export const CONNECTION_STORAGE_KEY = "kehoach:hub-connection";

/** Which accounts a page works with: a unit's (the apps of a unit) or the province's reader (the province view). */
export type ConnectionKind = "unit" | "province";

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SiteHubOptions {
  /** The hub's address from the site's build (HUB_URL). */
  hubUrl: string;
  kind: ConnectionKind;
  /** pouchdb-browser's default export; loaded on demand when not given. */
  PouchDB?: PouchConstructor;
  /** localStorage in a page. */
  storage?: KeyValueStorage;
  /** Passed to createHubSync (tests: a memory adapter, fast retries). */
  sync?: Omit<HubSyncOptions, "hubUrl" | "PouchDB">;
}

/** The unit a database belongs to: "kh_nghe-an_xa-kim-lien" → "xa-kim-lien"; undefined for the province's. */
export function unitOfDatabase(database: string): string | undefined {
  return /^kh_[a-z0-9]+(?:-[a-z0-9]+)*_([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(database)?.[1];
}

export interface SiteHub {
  readonly hubUrl: string;
  readonly kind: ConnectionKind;
  /** The sync engine: state, subscribe, start/stop, conflicts, resolveConflict. */
  readonly sync: HubSync;
  /** The connection this browser works with, or undefined when it keeps its data to itself. */
  connection(): RememberedConnection | undefined;
  /** The unit code whose database is open (a unit connection only). */
  unit(): string | undefined;
  /** The open local copy; throws when not connected. */
  local(): PouchDatabase;
  /**
   * Signs in. The account must be of this page's kind (a unit's in the unit apps, the province's
   * in the province view); the connection is then remembered and replication starts.
   */
  login(name: string, password: string): Promise<RememberedConnection>;
  /** Signs out and forgets the connection; with removeLocalCopy, the copy on this device goes too. */
  logout(options?: { removeLocalCopy?: boolean }): Promise<void>;
  /** The unit's name and its assigned tasks as the hub's design document gives them, once pulled. */
  design(): Promise<UnitDesign | undefined>;
  /**
   * Settles when the local copy has caught up with the hub at least once (now or on an earlier
   * visit), or cannot for now (offline, signed out, refused), or after `timeoutMs`.
   */
  firstSync(timeoutMs?: number): Promise<void>;
}

export interface UnitDesign {
  unit: string;
  name: string;
  locality: string;
  /** planKey ("so-noi-vu:kh-2026") → task ids the unit reports on. */
  assignments: Record<string, string[]>;
}

function browserStorage(): KeyValueStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The connection remembered for this hub, if any (a record for another hub, or damaged, is ignored). */
export function rememberedConnection(
  hubUrl: string,
  storage: KeyValueStorage | undefined = browserStorage(),
): RememberedConnection | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(CONNECTION_STORAGE_KEY) ?? "null");
  } catch {
    return undefined;
  }
  const r = raw as Partial<RememberedConnection> | null;
  if (
    !r ||
    r.hubUrl !== normaliseHubUrl(hubUrl) ||
    typeof r.name !== "string" ||
    typeof r.database !== "string" ||
    typeof r.readOnly !== "boolean" ||
    !Array.isArray(r.roles)
  ) {
    return undefined;
  }
  return {
    hubUrl: r.hubUrl,
    name: r.name,
    database: r.database,
    readOnly: r.readOnly,
    roles: r.roles.filter((x): x is string => typeof x === "string"),
  };
}

export function normaliseHubUrl(url: string): string {
  return url.trim().replace(/\/+$/, "");
}

async function loadPouchDB(): Promise<PouchConstructor> {
  const module = (await import("pouchdb-browser")) as { default: unknown };
  return module.default as PouchConstructor;
}

const matchesKind = (session: HubSession, kind: ConnectionKind) =>
  kind === "province"
    ? session.readOnly
    : !session.readOnly && unitOfDatabase(session.database) !== undefined;

/**
 * Opens the site's hub for a page: the remembered connection's local copy (replicating when the
 * hub lets it), or nothing yet when this browser has not connected. One per page.
 */
export async function openSiteHub(options: SiteHubOptions): Promise<SiteHub> {
  const hubUrl = normaliseHubUrl(options.hubUrl);
  const storage = options.storage ?? browserStorage();
  const PouchDB = options.PouchDB ?? (await loadPouchDB());
  const sync = createHubSync({
    ...options.sync,
    hubUrl,
    PouchDB,
    accept: (session) =>
      matchesKind(session, options.kind)
        ? undefined
        : options.kind === "unit"
          ? `Tài khoản “${session.name}” là tài khoản đọc của tỉnh; ở đây hãy đăng nhập bằng tài khoản của đơn vị (tài khoản tỉnh dùng ở trang tổng hợp của tỉnh).`
          : `Tài khoản “${session.name}” là tài khoản của một đơn vị; trang tổng hợp của tỉnh cần tài khoản đọc của tỉnh.`,
  });
  let connection = rememberedConnection(hubUrl, storage);
  // A connection of the other kind (a province reader in a unit's app) is not this page's to open.
  if (connection && !matchesKind(connection, options.kind)) connection = undefined;

  const remember = (session: HubSession): RememberedConnection => {
    const record: RememberedConnection = { hubUrl, ...session };
    try {
      storage?.setItem(CONNECTION_STORAGE_KEY, JSON.stringify(record));
    } catch {
      // Storage refused (a private window): the connection lasts for this page only.
    }
    connection = record;
    return record;
  };

  if (connection) {
    const session = await sync.restore(connection);
    if (session) {
      remember(session);
      await sync.start();
    }
  }

  const hub: SiteHub = {
    hubUrl,
    kind: options.kind,
    sync,
    connection: () => connection,
    unit: () => (connection ? unitOfDatabase(connection.database) : undefined),
    local: () => sync.local(),
    async login(name, password) {
      const session = await sync.login(name, password);
      const record = remember(session);
      await sync.start();
      return record;
    },
    async logout(opts) {
      await sync.logout(opts);
      forget();
    },
    firstSync(timeoutMs = 20_000) {
      return new Promise<void>((resolve) => {
        let unsubscribe: () => void = () => {};
        const timer = setTimeout(() => done(), timeoutMs);
        const done = () => {
          clearTimeout(timer);
          unsubscribe();
          resolve();
        };
        unsubscribe = sync.subscribe((state) => {
          if (state.lastSyncAt || state.status !== "syncing") queueMicrotask(done);
        });
      });
    },
    async design() {
      if (!connection) return undefined;
      try {
        const doc = (await sync.local().get(DESIGN_DOC_ID)) as { kehoach?: Partial<UnitDesign> };
        const k = doc.kehoach;
        if (!k || typeof k.unit !== "string") return undefined;
        return {
          unit: k.unit,
          name: typeof k.name === "string" ? k.name : k.unit,
          locality: typeof k.locality === "string" ? k.locality : "",
          assignments: isAssignments(k.assignments) ? k.assignments : {},
        };
      } catch {
        return undefined;
      }
    },
  };

  function forget() {
    connection = undefined;
    try {
      storage?.removeItem(CONNECTION_STORAGE_KEY);
    } catch {
      // nothing kept, nothing to remove
    }
  }

  return hub;
}

function isAssignments(value: unknown): value is Record<string, string[]> {
  return (
    !!value &&
    typeof value === "object" &&
    Object.values(value).every((v) => Array.isArray(v) && v.every((x) => typeof x === "string"))
  );
}
