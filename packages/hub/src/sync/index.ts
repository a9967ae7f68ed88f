import {
  type ConflictChoice,
  countConflicts,
  type HubConflict,
  listConflicts,
  resolveConflict,
} from "./conflicts.js";
import type { PouchConstructor, PouchDatabase, PouchEmitter } from "./pouch.js";
import {
  type CookieSession,
  cookieSession,
  currentUser,
  type HubSession,
  HubSyncError,
  sessionDatabase,
  signIn,
  signOut,
} from "./session.js";
import { type RefusedWrite, SIGNED_OUT, SYNC_LABELS, type SyncState, type SyncStatus } from "./state.js";

// Live, offline-first sync of a unit's database on the hub with a local PouchDB. Framework-free:
// the app's store reads and writes `local()` like any PouchDB database, and the shell renders
// what `subscribe` reports. Nothing here keeps a password; the hub's session cookie is the only
// credential, and signing out can remove the local copy as well.

export interface HubSyncOptions {
  /** The hub's address, as the browser reaches it: "https://hub.nghean.gov.vn". */
  hubUrl: string;
  /** pouchdb-browser's default export in the apps; pouchdb-core with adapters in Node. */
  PouchDB: PouchConstructor;
  /** The hub database to sync; by default the one the account's role names. */
  database?: string;
  /** Options of the local database, e.g. { adapter: "memory" } in Node. */
  localOptions?: Record<string, unknown>;
  /** Name of the local database; default "kehoach-hub_<database>". */
  localName?: (database: string) => string;
  fetch?: typeof fetch;
  /** Reconnection delays after a failure, in ms (doubling from `initial` up to `max`). */
  retry?: { initial: number; max: number };
  /** In a browser, go offline and back with the window's offline/online events (default true; Node has none). */
  watchNetwork?: boolean;
  now?: () => Date;
  /**
   * Called with the account's session before anything opens: a reason (in Vietnamese) refuses it,
   * signing out again and leaving what is open as it was; for example a page that works only with
   * a unit's account refusing the province's reader.
   */
  accept?: (session: HubSession) => string | undefined;
}

export interface HubSync {
  /** Signs in (the password is sent once, never kept) and opens the local copy. */
  login(name: string, password: string): Promise<HubSession>;
  /**
   * Picks up a session the browser still has (a reload); undefined when signed out or offline.
   * Given the session this device remembers (its account and database, no secret), the local copy
   * opens whatever the hub says: offline, the state is "offline" and `start()` retries until the
   * hub answers; with the session expired or another account signed in, the state is "error"
   * until `login` (the same account's database is kept open, nothing local is dropped).
   */
  restore(remembered?: HubSession): Promise<HubSession | undefined>;
  /** Starts live two-way replication (pull only for province readers). */
  start(): Promise<void>;
  /** Stops replicating; the local copy stays usable. */
  stop(): Promise<void>;
  /** Retries now instead of waiting for the next attempt (the app's "Thử lại", or coming back online). */
  reconnect(): Promise<void>;
  logout(options?: { removeLocalCopy?: boolean }): Promise<void>;
  /** The local PouchDB the app reads and writes; throws before login. */
  local(): PouchDatabase;
  session(): HubSession | undefined;
  state(): SyncState;
  subscribe(listener: (state: SyncState) => void): () => void;
  conflicts(): Promise<HubConflict[]>;
  resolveConflict(id: string, choice: ConflictChoice): Promise<void>;
}

const SYNC_DOC = "_local/kehoach-sync";

type SyncJob = PouchEmitter & { push: PouchEmitter; pull: PouchEmitter };

interface SyncMemo {
  /** The local sequence the hub had everything up to, last time both sides agreed. */
  pushedSeq: number | string;
  lastSyncAt?: string;
  refused: RefusedWrite[];
}

export function createHubSync(options: HubSyncOptions): HubSync {
  const hubUrl = options.hubUrl.replace(/\/+$/, "");
  const cookies: CookieSession = cookieSession(options.fetch ?? globalThis.fetch.bind(globalThis));
  const now = options.now ?? (() => new Date());
  const retry = options.retry ?? { initial: 1_000, max: 60_000 };
  const listeners = new Set<(state: SyncState) => void>();
  let state: SyncState = SIGNED_OUT;
  let current: HubSession | undefined;
  let db: PouchDatabase | undefined;
  let remote: PouchDatabase | undefined;
  let replication: PouchEmitter | undefined;
  let localFeed: PouchEmitter | undefined;
  let memo: SyncMemo = { pushedSeq: 0, refused: [] };
  let recount: Promise<void> = Promise.resolve();
  /** The local copy is open for a remembered session the hub no longer accepts: sign in again. */
  let needsLogin = false;

  const set = (patch: Partial<SyncState>) => {
    const status = (patch.status ?? state.status) as SyncStatus;
    state = { ...state, ...patch, status, label: SYNC_LABELS[status] };
    if (status !== "offline" && status !== "error" && !("message" in patch)) delete state.message;
    for (const listener of listeners) listener(state);
  };

  const local = (): PouchDatabase => {
    if (!db)
      throw new HubSyncError("Chưa đăng nhập máy chủ tỉnh: chưa có bản sao dữ liệu trên máy này.", "setup");
    return db;
  };

  async function open(session: HubSession): Promise<HubSession> {
    current = session;
    const name = options.localName?.(session.database) ?? `kehoach-hub_${session.database}`;
    db = new options.PouchDB(name, options.localOptions ?? {});
    remote = new options.PouchDB(`${hubUrl}/${session.database}`, { fetch: cookies.fetch, skip_setup: true });
    memo = await readMemo(db);
    set({
      status: "syncing",
      user: session.name,
      database: session.database,
      readOnly: session.readOnly,
      refused: memo.refused,
      ...(memo.lastSyncAt ? { lastSyncAt: memo.lastSyncAt } : {}),
    });
    localFeed = db.changes({ since: "now", live: true });
    localFeed.on("change", () => scheduleRecount());
    await refreshCounts();
    return session;
  }

  function scheduleRecount() {
    // Counting may race a logout that closes the database; a count that fails is simply skipped.
    recount = recount.then(refreshCounts).catch(() => undefined);
  }

  async function refreshCounts() {
    const database = db;
    if (!database || !current) return;
    const changes = await database.changes({ since: memo.pushedSeq, limit: 100_000 });
    const ids = new Set(changes.results.map((r) => r.id).filter((id) => !id.startsWith("_design/")));
    const conflicts = await countConflicts(database);
    if (database === db) set({ pending: current.readOnly ? 0 : ids.size, conflicts });
  }

  function onPaused() {
    void (async () => {
      const database = db;
      if (!database) return;
      const info = await database.info();
      memo = { ...memo, pushedSeq: info.update_seq, lastSyncAt: now().toISOString() };
      await writeMemo(database, memo);
      set({ status: "synced", lastSyncAt: memo.lastSyncAt as string });
      scheduleRecount();
    })().catch(() => undefined);
  }

  function onError(error: unknown) {
    const status = (error as { status?: number } | undefined)?.status;
    if (status === 401) {
      needsLogin = true;
      set({
        signInAgain: true,
        status: "error",
        message: "Phiên đăng nhập máy chủ tỉnh đã hết hạn: hãy đăng nhập lại.",
      });
    } else if (status === 403) {
      set({ status: "error", message: "Máy chủ tỉnh từ chối truy cập cơ sở dữ liệu này." });
    } else {
      set({
        status: "offline",
        message: "Không kết nối được máy chủ tỉnh; thay đổi được giữ trên máy này và sẽ gửi khi có mạng.",
      });
    }
  }

  function onDenied(denied: unknown) {
    // A two-way sync wraps the refusal: { direction, doc: <the error> }.
    const wrapped = denied as { doc?: unknown };
    const e = (wrapped?.doc ?? denied) as { id?: string; reason?: string; message?: string };
    const refused = [
      ...memo.refused.filter((r) => r.id !== e.id),
      { id: e.id ?? "", reason: e.reason ?? e.message ?? "Máy chủ từ chối." },
    ];
    memo = { ...memo, refused };
    set({ refused });
  }

  function onChange(info: { direction?: string; change?: { docs?: { _id: string }[] } }) {
    if (info.direction !== "push") return;
    const written = new Set((info.change?.docs ?? []).map((d) => d._id));
    if (memo.refused.some((r) => written.has(r.id))) {
      memo = { ...memo, refused: memo.refused.filter((r) => !written.has(r.id)) };
      set({ refused: memo.refused });
    }
  }

  async function start() {
    const database = local();
    if (!current || !remote) throw new HubSyncError("Chưa đăng nhập máy chủ tỉnh.", "unauthorized");
    if (replication || needsLogin) return;
    const opts = {
      live: true,
      retry: true,
      back_off_function: (delay: number) => (delay === 0 ? retry.initial : Math.min(retry.max, delay * 2)),
    };
    // Known to be offline, the status stays so until the replication is actually under way.
    if (state.status !== "offline") set({ status: "syncing" });
    const job = current.readOnly ? database.replicate.from(remote, opts) : database.sync(remote, opts);
    replication = job;
    // Each direction is followed on its own: a two-way sync says "paused" as soon as both
    // directions are not busy, before the first pull has even begun and without the error that
    // paused one of them. In sync means: every direction caught up, and no request failing.
    const parts = current.readOnly ? [job] : [(job as SyncJob).push, (job as SyncJob).pull];
    const idle = new Map<PouchEmitter, boolean>(parts.map((p) => [p, false]));
    let failure: unknown;
    for (const part of parts) {
      part
        .on("active", () => {
          if (replication !== job) return;
          idle.set(part, false);
          failure = undefined;
          set({ status: "syncing" });
        })
        .on("paused", (error?: unknown) => {
          if (replication !== job) return;
          if (error) {
            failure = error;
            onError(error);
            return;
          }
          idle.set(part, true);
          if (!failure && [...idle.values()].every(Boolean)) onPaused();
        })
        .on("requestError", (error: never) => {
          if (replication !== job) return;
          idle.set(part, false);
          failure = error;
          onError(error);
        });
    }
    job
      .on("change", (info: never) => {
        if (replication === job) onChange(info);
      })
      .on("denied", (error: never) => {
        if (replication === job) onDenied(error);
      })
      .on("error", (error: never) => {
        if (replication === job) onError(error);
      });
  }

  async function stop() {
    const job = replication;
    replication = undefined;
    job?.cancel();
  }

  // Browsers say when the machine goes off the network and back; Node has no such events.
  const events = globalThis as unknown as {
    addEventListener?: (type: "online" | "offline", listener: () => void) => void;
  };
  if ((options.watchNetwork ?? true) && typeof events.addEventListener === "function") {
    events.addEventListener("offline", () => {
      if (current) set({ status: "offline", message: "Máy này đang ngoại tuyến." });
    });
    events.addEventListener("online", () => {
      if (current && replication) void api.reconnect();
    });
  }

  const api: HubSync = {
    async login(name, password) {
      if (current && !needsLogin) await api.logout();
      const user = await signIn(hubUrl, cookies, name, password);
      let session: HubSession;
      try {
        session = sessionDatabase(user, options.database);
        const refusal = options.accept?.(session);
        if (refusal) throw new HubSyncError(refusal, "forbidden");
      } catch (error) {
        await signOut(hubUrl, cookies);
        throw error;
      }
      if (current && needsLogin) {
        // Signing in again over a remembered copy: the same database stays open as it is.
        if (current.database === session.database) {
          await stop();
          current = session;
          needsLogin = false;
          set({ status: "syncing", signInAgain: false, user: session.name, readOnly: session.readOnly });
          return session;
        }
        await api.logout();
        await signIn(hubUrl, cookies, name, password);
      }
      try {
        return await open(session);
      } catch (error) {
        await signOut(hubUrl, cookies);
        throw error;
      }
    },
    async restore(remembered) {
      if (current) return current;
      let user: { name: string; roles: string[] } | undefined;
      try {
        user = await currentUser(hubUrl, cookies);
      } catch {
        if (!remembered) return undefined;
        await open(remembered);
        set({
          status: "offline",
          message:
            "Không kết nối được máy chủ tỉnh; dữ liệu trên máy này vẫn dùng được, thay đổi sẽ gửi khi có mạng.",
        });
        return remembered;
      }
      let problem: string | undefined;
      if (user && (!remembered || user.name === remembered.name)) {
        try {
          const session = sessionDatabase(user, options.database ?? remembered?.database);
          problem = options.accept?.(session);
          if (!problem) return open(session);
        } catch (error) {
          problem = error instanceof Error ? error.message : String(error);
        }
      } else if (user) {
        problem = `Trình duyệt đang đăng nhập máy chủ tỉnh bằng tài khoản khác (${user.name}): hãy đăng nhập lại bằng tài khoản ${remembered?.name}.`;
      }
      if (!remembered) return undefined;
      // The copy on this device opens all the same: nothing written here waits on the hub.
      await open(remembered);
      needsLogin = true;
      set({
        status: "error",
        signInAgain: true,
        message:
          problem ??
          "Phiên đăng nhập máy chủ tỉnh đã hết hạn: hãy đăng nhập lại. Dữ liệu vẫn ở trên máy này.",
      });
      return remembered;
    },
    start,
    stop,
    async reconnect() {
      await stop();
      await start();
    },
    async logout({ removeLocalCopy = false } = {}) {
      await stop();
      localFeed?.cancel();
      localFeed = undefined;
      await signOut(hubUrl, cookies);
      const database = db;
      db = undefined;
      remote = undefined;
      current = undefined;
      needsLogin = false;
      await recount.catch(() => undefined);
      if (database) await (removeLocalCopy ? database.destroy() : database.close());
      state = SIGNED_OUT;
      for (const listener of listeners) listener(state);
    },
    local,
    session: () => current,
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    conflicts: () => listConflicts(local()),
    async resolveConflict(id, choice) {
      if (!current) throw new HubSyncError("Chưa đăng nhập máy chủ tỉnh.", "unauthorized");
      await resolveConflict(local(), id, choice, { user: current.name, now: now() });
      scheduleRecount();
    },
  };
  return api;
}

async function readMemo(db: PouchDatabase): Promise<SyncMemo> {
  try {
    const doc = (await db.get(SYNC_DOC)) as unknown as SyncMemo;
    return {
      pushedSeq: doc.pushedSeq ?? 0,
      refused: doc.refused ?? [],
      ...(doc.lastSyncAt ? { lastSyncAt: doc.lastSyncAt } : {}),
    };
  } catch {
    return { pushedSeq: 0, refused: [] };
  }
}

async function writeMemo(db: PouchDatabase, memo: SyncMemo): Promise<void> {
  // A _local document: kept on this device only, never replicated.
  for (let attempt = 0; attempt < 3; attempt++) {
    let rev: string | undefined;
    try {
      rev = (await db.get(SYNC_DOC))._rev;
    } catch {
      rev = undefined;
    }
    try {
      await db.put({ _id: SYNC_DOC, ...(rev ? { _rev: rev } : {}), ...memo });
      return;
    } catch {
      // a concurrent write of the memo: read again
    }
  }
}

export type { ConflictChoice, ConflictVersion, HubConflict } from "./conflicts.js";
export type { PouchConstructor, PouchDatabase, PouchDoc } from "./pouch.js";
export { type HubSession, HubSyncError, sessionDatabase } from "./session.js";
export {
  describeSyncState,
  type RefusedWrite,
  SYNC_LABELS,
  SYNC_STATUSES,
  type SyncState,
  type SyncStatus,
} from "./state.js";
