import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { Checkbox } from "@kehoach/ui/checkbox";
import { Dialog } from "@kehoach/ui/dialog";
import { StatusPill, type StatusTone } from "@kehoach/ui/status-pill";
import { TextField } from "@kehoach/ui/text-field";
import { type FormEvent, useCallback, useEffect, useId, useState, useSyncExternalStore } from "react";
import type { SiteHub } from "../browser/site-hub.js";
import { parseDocId } from "../ids.js";
import type { HubConflict } from "../sync/conflicts.js";
import { SIGNED_OUT, type SyncState } from "../sync/state.js";
import { formatSyncTime, type HubWords } from "./words.js";
import "./hub-status.css";

// The hub in the app shell: a button that says where the data stands (đã đồng bộ, đang đồng bộ,
// ngoại tuyến, the last sync, changes waiting), and the dialog behind it to sign in, sign out
// (optionally removing the copy on this device), retry, see the writes the hub refused and
// settle conflicts. Nothing renders on a site built without a hub.

export interface HubStatusProps {
  /** The page's hub (siteHub()); undefined on a site without one. */
  hub: SiteHub | undefined;
  words: HubWords;
  /** Why the hub's copy could not be opened at the page's start (siteHubStart().error). */
  startError?: string | undefined;
  /**
   * Opens the app's own review for the conflicts it knows how to merge (the report generator's
   * review of progress entries); those documents are then left out of the dialog's own list.
   */
  review?: { handles: (id: string) => boolean; open: () => void };
  /** After signing in or out the stores change: the page reloads (tests may replace this). */
  onConnectionChange?: () => void;
  /** The dialog's state, when the page opens it too (a "Sign in" button of its own). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

const TONES: Record<SyncState["status"], StatusTone> = {
  "signed-out": "neutral",
  syncing: "info",
  synced: "success",
  offline: "caution",
  error: "danger",
};

function useSyncState(hub: SiteHub | undefined): SyncState {
  const subscribe = useCallback((listener: () => void) => hub?.sync.subscribe(listener) ?? (() => {}), [hub]);
  return useSyncExternalStore(subscribe, () => hub?.sync.state() ?? SIGNED_OUT);
}

/** The one-line summary the button shows, and the dialog repeats. */
export function describeState(state: SyncState, words: HubWords, connected: boolean): string {
  const parts = [connected ? words.statuses[state.status] : words.statuses.local];
  if (!connected) return parts.join("");
  if (state.lastSyncAt && state.status !== "syncing")
    parts.push(words.lastSync(formatSyncTime(words, state.lastSyncAt)));
  if (state.pending > 0) parts.push(words.pending(state.pending));
  if (state.conflicts > 0) parts.push(words.conflicts(state.conflicts));
  if (state.refused.length > 0) parts.push(words.refused(state.refused.length));
  return parts.join(" · ");
}

export function HubStatus({
  hub,
  words,
  startError,
  review,
  onConnectionChange,
  open: controlled,
  onOpenChange,
}: HubStatusProps) {
  const state = useSyncState(hub);
  const [own, setOwn] = useState(false);
  const open = controlled ?? own;
  const setOpen = (next: boolean) => {
    setOwn(next);
    onOpenChange?.(next);
  };
  if (!hub && !startError) return null;
  const connected = Boolean(hub?.connection());
  const summary = startError ? words.startFailed : describeState(state, words, connected);
  const tone: StatusTone = startError ? "danger" : connected ? TONES[state.status] : "neutral";
  const label = startError
    ? words.statuses.error
    : connected
      ? words.statuses[state.status]
      : words.statuses.local;
  // What follows the status: the last sync, changes waiting, conflicts, refusals.
  const detail = startError || !connected ? "" : summary.split(" · ").slice(1).join(" · ");
  return (
    <>
      {/* The button's name is what it shows, after the dialog's title (WCAG 2.5.3). */}
      <button
        type="button"
        className="kh-hub-status kh-focusable"
        data-status={startError ? "error" : connected ? state.status : "local"}
        onClick={() => setOpen(true)}
      >
        <span className="kh-visually-hidden">{words.title}: </span>
        <StatusPill tone={tone} label={label} />
        {detail ? <span className="kh-hub-status__detail">{detail}</span> : null}
      </button>
      <Dialog open={open} onOpenChange={setOpen} title={words.title} size="md" closeLabel={words.close}>
        {startError ? (
          <Alert tone="error" title={words.startFailed}>
            {startError}
          </Alert>
        ) : hub ? (
          <HubPanel
            hub={hub}
            state={state}
            words={words}
            summary={summary}
            review={review}
            onConnectionChange={onConnectionChange ?? (() => window.location.reload())}
            close={() => setOpen(false)}
          />
        ) : null}
      </Dialog>
    </>
  );
}

function HubPanel({
  hub,
  state,
  words,
  summary,
  review,
  onConnectionChange,
  close,
}: {
  hub: SiteHub;
  state: SyncState;
  words: HubWords;
  summary: string;
  review: HubStatusProps["review"];
  onConnectionChange: () => void;
  close: () => void;
}) {
  const connection = hub.connection();
  const needsLogin = connection !== undefined && state.signInAgain === true;
  return (
    <div className="kh-hub-panel">
      {!connection ? (
        <>
          <p>{words.intro(hub.hubUrl)}</p>
          <p className="kh-hub-panel__note">{words.localNote}</p>
          <LoginForm hub={hub} words={words} onDone={onConnectionChange} />
        </>
      ) : (
        <>
          <dl className="kh-hub-panel__facts">
            <div>
              <dt>{words.account}</dt>
              <dd>
                {connection.name}
                {connection.readOnly ? ` (${words.readOnly})` : ""}
              </dd>
            </div>
            <div>
              <dt>{words.database}</dt>
              <dd>{connection.database}</dd>
            </div>
            <div>
              <dt>{words.state}</dt>
              <dd>{summary}</dd>
            </div>
            <div>
              <dt>{words.lastSyncLabel}</dt>
              <dd>{state.lastSyncAt ? formatSyncTime(words, state.lastSyncAt) : words.never}</dd>
            </div>
            <div>
              <dt>{words.pendingLabel}</dt>
              <dd>{state.pending}</dd>
            </div>
          </dl>
          {state.status === "offline" ? <Alert tone="warning">{words.offlineNote}</Alert> : null}
          {state.status === "error" && state.message ? (
            <Alert tone="error" title={words.statuses.error}>
              {state.message}
            </Alert>
          ) : null}
          {needsLogin ? (
            <section aria-label={words.loginAgain}>
              <h3 className="kh-hub-panel__heading">{words.loginAgain}</h3>
              <LoginForm hub={hub} words={words} defaultUser={connection.name} onDone={() => undefined} />
            </section>
          ) : null}
          {state.refused.length > 0 ? (
            <section aria-label={words.refusedTitle}>
              <h3 className="kh-hub-panel__heading">{words.refusedTitle}</h3>
              <ul className="kh-hub-panel__list">
                {state.refused.map((r) => (
                  <li key={r.id}>
                    <strong>{words.document(parseDocId(r.id), r.id)}</strong>: {r.reason}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {state.conflicts > 0 ? <Conflicts hub={hub} words={words} review={review} close={close} /> : null}
          <div className="kh-hub-panel__actions">
            <Button variant="secondary" onClick={() => void hub.sync.reconnect()} disabled={needsLogin}>
              {words.retry}
            </Button>
          </div>
          <LogoutForm hub={hub} words={words} pending={state.pending} onDone={onConnectionChange} />
        </>
      )}
    </div>
  );
}

function LoginForm({
  hub,
  words,
  defaultUser = "",
  onDone,
}: {
  hub: SiteHub;
  words: HubWords;
  defaultUser?: string;
  onDone: () => void;
}) {
  const [user, setUser] = useState(defaultUser);
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const before = hub.connection()?.database;
      const after = await hub.login(user.trim(), password);
      setPassword("");
      // The same database signed in again: the stores already work on it, no reload needed.
      if (before !== after.database) onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="kh-hub-panel__form" onSubmit={(e) => void submit(e)}>
      <TextField
        label={words.user}
        hint={words.userHint}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={user}
        onChange={(e) => setUser(e.currentTarget.value)}
      />
      <TextField
        label={words.password}
        hint={words.passwordHint}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
      />
      {error ? (
        <Alert tone="error" title={words.loginFailed} live>
          {error}
        </Alert>
      ) : null}
      <div className="kh-hub-panel__actions">
        <Button type="submit" disabled={busy || user.trim() === "" || password === ""}>
          {busy ? words.loggingIn : words.login}
        </Button>
      </div>
    </form>
  );
}

function LogoutForm({
  hub,
  words,
  pending,
  onDone,
}: {
  hub: SiteHub;
  words: HubWords;
  pending: number;
  onDone: () => void;
}) {
  const [remove, setRemove] = useState(false);
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  const blocked = remove && pending > 0;
  return (
    <div className="kh-hub-panel__logout">
      <Checkbox
        label={words.removeCopy}
        hint={words.removeCopyHint}
        checked={remove}
        onChange={(e) => setRemove(e.currentTarget.checked)}
      />
      {blocked ? (
        <p id={hintId} className="kh-hub-panel__warning">
          {words.removeCopyPending(pending)}
        </p>
      ) : null}
      <div className="kh-hub-panel__actions">
        <Button
          variant={remove ? "danger" : "secondary"}
          disabled={busy || blocked}
          {...(blocked ? { "aria-describedby": hintId } : {})}
          onClick={async () => {
            setBusy(true);
            try {
              await hub.logout({ removeLocalCopy: remove });
              onDone();
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? words.loggingOut : words.logout}
        </Button>
      </div>
    </div>
  );
}

function Conflicts({
  hub,
  words,
  review,
  close,
}: {
  hub: SiteHub;
  words: HubWords;
  review: HubStatusProps["review"];
  close: () => void;
}) {
  const [list, setList] = useState<HubConflict[] | null>(null);
  const [done, setDone] = useState(false);
  const reload = useCallback(async () => setList(await hub.sync.conflicts()), [hub]);
  useEffect(() => {
    void reload();
  }, [reload]);
  if (!list) return null;
  const mine = list.filter((c) => !review?.handles(c.id));
  const theirs = list.length - mine.length;
  return (
    <section aria-label={words.conflictsTitle}>
      <h3 className="kh-hub-panel__heading">{words.conflictsTitle}</h3>
      <p>{words.conflictsText}</p>
      {done ? <Alert tone="success">{words.resolved}</Alert> : null}
      {review && theirs > 0 ? (
        <Button
          variant="secondary"
          onClick={() => {
            close();
            review.open();
          }}
        >
          {words.review} ({theirs})
        </Button>
      ) : null}
      {mine.map((conflict) => (
        <fieldset key={conflict.id} className="kh-hub-panel__conflict">
          <legend>{words.document(parseDocId(conflict.id), conflict.id)}</legend>
          {[conflict.winner, ...conflict.others].map((version) => (
            <div key={version.rev} className="kh-hub-panel__version">
              <span>
                {words.versionOf(
                  String(version.doc.updatedBy ?? "?"),
                  typeof version.doc.updatedAt === "string"
                    ? formatSyncTime(words, version.doc.updatedAt)
                    : "?",
                )}
                {describeVersion(version.doc, words)}
              </span>
              <Button
                size="sm"
                variant="secondary"
                onClick={async () => {
                  await hub.sync.resolveConflict(conflict.id, { keep: version.rev });
                  setDone(true);
                  await reload();
                }}
              >
                {words.keep}
              </Button>
            </div>
          ))}
        </fieldset>
      ))}
    </section>
  );
}

/** What tells two versions apart at a glance: a plan's title and task count, a period's status. */
function describeVersion(doc: Record<string, unknown>, words: HubWords): string {
  const plan = doc.plan as { title?: unknown; tasks?: unknown[] } | undefined;
  if (doc.type === "plan" && plan) {
    return `: ${words.planVersion(String(plan.title ?? ""), Array.isArray(plan.tasks) ? plan.tasks.length : 0)}`;
  }
  if (doc.type === "period") return `: ${words.periodSent(doc.status === "submitted")}`;
  return "";
}
