import type { BackupFile, RestoreChoice, RestorePlan, RestoreUnit } from "@kehoach/plan-store/backup";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { Dialog } from "@kehoach/ui/dialog";
import { FileDrop, formatBytes } from "@kehoach/ui/file-drop";
import { RadioGroup } from "@kehoach/ui/radio-group";
import { download, MIME } from "@kehoach/vanban/browser/download";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  type PrivateSign,
  requestPersistence,
  type StorageHealth,
  storageHealth,
} from "../storage-health.js";
import type { ShellText } from "./text.js";
import "./site-data.css";

// Where the site's data lives, said on every page, and the one place to back it all up and to
// restore it. The storage code is loaded on first use (a dynamic import), so no page waits for it.

const MAX_BYTES = 200 * 1024 * 1024;
/** Persistence is asked at most once a week without a click (Firefox asks the person each time). */
const PERSIST_ASKED_KEY = "kehoach:persist-asked";
const WEEK = 7 * 24 * 3600 * 1000;

const store = () => import("@kehoach/plan-store");
const backupFormat = () => import("@kehoach/plan-store/backup");

interface Status {
  lastBackup: string | undefined;
  health: StorageHealth | undefined;
}

export interface SiteDataProps {
  text: ShellText;
  lang: "vi" | "en";
  /** The locality's slug and name, written into the backup and its file name. */
  site: { slug: string; name: string };
}

/** The banner notice (where the data lives, the last backup, a private window) and its dialog. */
export function SiteData({ text, lang, site }: SiteDataProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ lastBackup: undefined, health: undefined });
  const refresh = useCallback(async () => {
    const [health, lastBackup] = await Promise.all([storageHealth(), readLastBackup()]);
    setStatus({ health, lastBackup });
    return health;
  }, []);
  useEffect(() => {
    let live = true;
    void refresh().then((health) => {
      if (live) void askPersistenceOnce(health);
    });
    return () => {
      live = false;
    };
  }, [refresh]);

  const privateWindow = (status.health?.privateSigns.length ?? 0) > 0;
  return (
    <>
      <p className="kh-site-data__notice" data-state={privateWindow ? "private" : "normal"}>
        {privateWindow ? <strong>{text.notice.privateWindow}</strong> : <span>{text.notice.where}</span>}
        <span aria-hidden="true"> · </span>
        <span className="kh-visually-hidden">. </span>
        <span>
          {status.lastBackup
            ? text.notice.lastBackup(formatDate(status.lastBackup, text.locale))
            : text.notice.neverBackedUp}
        </span>
      </p>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) void refresh();
        }}
        title={text.dialog.title}
        size="lg"
        trigger={
          <button type="button" className="kh-site-data__open kh-focusable">
            {text.notice.open}
          </button>
        }
      >
        {open ? (
          <SiteDataPanel text={text} lang={lang} site={site} status={status} onChange={refresh} />
        ) : null}
      </Dialog>
    </>
  );
}

async function readLastBackup(): Promise<string | undefined> {
  try {
    const { openSiteStores, lastBackupAt, closeSiteStores } = await store();
    const stores = await openSiteStores();
    try {
      return await lastBackupAt(stores);
    } finally {
      closeSiteStores(stores);
    }
  } catch {
    return undefined;
  }
}

/**
 * The sensible moment to ask for persistent storage: once the browser holds a plan (before that
 * there is nothing to keep) and at most once a week, as Firefox puts the question to the person.
 */
async function askPersistenceOnce(health: StorageHealth): Promise<void> {
  if (health.persisted !== false) return;
  try {
    const asked = Number(localStorage.getItem(PERSIST_ASKED_KEY) ?? 0);
    if (Date.now() - asked < WEEK) return;
    const { openPlanStore } = await store();
    const plans = await openPlanStore();
    const count = (await plans.list()).length;
    plans.close();
    if (count === 0) return;
    localStorage.setItem(PERSIST_ASKED_KEY, String(Date.now()));
    await requestPersistence();
  } catch {
    // Storage refused (a private window may): the notice already says where the data lives.
  }
}

type Stage =
  | { kind: "idle" }
  | { kind: "busy"; message: string }
  | { kind: "done"; tone: "success" | "error"; message: string; reload?: boolean }
  | { kind: "refused"; name: string; problems: { path: string; message: string }[] }
  | { kind: "review"; plan: RestorePlan; choices: Record<string, RestoreChoice> };

function SiteDataPanel({
  text,
  lang,
  site,
  status,
  onChange,
}: SiteDataProps & { status: Status; onChange: () => Promise<StorageHealth> }) {
  const t = text.dialog;
  const [contents, setContents] = useState<string | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [backupState, setBackupState] = useState<Stage>({ kind: "idle" });
  const [restore, setRestore] = useState<Stage>({ kind: "idle" });
  const [persist, setPersist] = useState<boolean | undefined>(status.health?.persisted);
  const [persistAsked, setPersistAsked] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    // Set again on every mount: React's strict mode mounts, unmounts and mounts again.
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    void withStores(async (stores, api) => {
      const snapshot = await api.readSiteData(stores);
      const r = snapshot.data.report;
      if (!mounted.current) return;
      setContents(
        t.contents(
          snapshot.data.plans.length,
          r.entries.length,
          r.drafts.length,
          r.issued.length,
          r.returns.length,
        ),
      );
      setUnreadable(snapshot.unreadable.plans.length + snapshot.unreadable.reportRecords);
    }).catch((error: unknown) => setContents(t.storageFailed(reason(error, t))));
  }, [t]);

  const backUp = async () => {
    setBackupState({ kind: "busy", message: t.backingUp });
    try {
      const fileName = await withStores(async (stores, api) => {
        const format = await backupFormat();
        const snapshot = await api.readSiteData(stores);
        const now = new Date();
        const backup = format.createBackup(snapshot.data, {
          createdAt: now,
          site: { slug: site.slug, name: site.name },
        });
        const name = format.backupFileName(site.slug, now);
        download(format.serializeBackup(backup), name, MIME.json);
        await api.recordBackup(stores, now);
        return name;
      });
      setBackupState({ kind: "done", tone: "success", message: t.backedUp(fileName) });
      void requestPersistence().then(setPersist);
    } catch (error) {
      setBackupState({ kind: "done", tone: "error", message: t.backupFailed(reason(error, t)) });
    }
    await onChange();
  };

  const readFile = async (file: File) => {
    const name = file.name.normalize("NFC");
    setRestore({ kind: "busy", message: t.reading });
    try {
      const format = await backupFormat();
      const read = format.readBackup(new Uint8Array(await file.arrayBuffer()), { language: lang });
      if (!read.ok) {
        setRestore({ kind: "refused", name, problems: read.problems });
        return;
      }
      const plan = await withStores(async (stores, api) =>
        format.planRestore((await api.readSiteData(stores)).data, read.backup),
      );
      setRestore({ kind: "review", plan, choices: {} });
    } catch (error) {
      setRestore({ kind: "done", tone: "error", message: t.storageFailed(reason(error, t)) });
    }
  };

  const apply = async (plan: RestorePlan, choices: Record<string, RestoreChoice>) => {
    setRestore({ kind: "busy", message: t.applying });
    try {
      const format = await backupFormat();
      const writes = format.restoreWrites(plan, choices);
      const written = format.countWrites(writes);
      const kept = plan.conflicts.filter((u) => choices[u.key] !== "take").length;
      if (written === 0) {
        setRestore({ kind: "done", tone: "success", message: t.restoredNothing });
        return;
      }
      const outcome = await withStores((stores, api) => api.writeSiteData(stores, writes));
      if (outcome.ok) {
        setRestore({ kind: "done", tone: "success", message: t.restored(written, kept), reload: true });
        void requestPersistence().then(setPersist);
      } else {
        const why = reason(outcome.error, t);
        setRestore({
          kind: "done",
          tone: "error",
          message: outcome.step === "plans" ? t.restoreFailedPlans(why) : t.restoreFailedReport(why),
          reload: outcome.step === "report",
        });
      }
    } catch (error) {
      setRestore({ kind: "done", tone: "error", message: t.restoreFailedPlans(reason(error, t)) });
    }
  };

  const health = status.health;
  const signs = health?.privateSigns ?? [];
  const persisted = persist ?? health?.persisted;
  return (
    <div className="kh-site-data">
      <p>{t.intro}</p>
      {signs.length > 0 ? (
        <Alert tone="warning" title={t.privateTitle}>
          <p>{t.privateText}</p>
          <p>{t.privateBasis(signs.map((s: PrivateSign) => t.privateSigns[s]).join("; "))}</p>
        </Alert>
      ) : null}

      <h3 className="kh-site-data__heading">{t.statusHeading}</h3>
      <dl className="kh-site-data__status">
        <dt>{t.lastBackup}</dt>
        <dd>{status.lastBackup ? formatDate(status.lastBackup, text.locale, true) : t.never}</dd>
        <dt>{t.persistence}</dt>
        <dd>
          {persisted === true ? t.persisted : persisted === false ? t.notPersisted : t.persistenceUnknown}
          {persisted === false ? (
            <div className="kh-site-data__inline">
              <Button
                variant="secondary"
                size="sm"
                onClick={async () => {
                  const granted = await requestPersistence();
                  setPersist(granted);
                  setPersistAsked(true);
                }}
              >
                {t.askPersistence}
              </Button>
              {persistAsked && persist === false ? <span role="status">{t.persistRefused}</span> : null}
            </div>
          ) : null}
        </dd>
        {health?.quota !== undefined && health.usage !== undefined ? (
          <>
            <dt>{t.space}</dt>
            <dd>
              {t.spaceUsed(formatBytes(health.usage, text.locale), formatBytes(health.quota, text.locale))}
            </dd>
          </>
        ) : null}
        <dt>{t.contentsHeading}</dt>
        <dd>
          {contents ?? "…"}
          {unreadable > 0 ? <p className="kh-site-data__note">{t.unreadable(unreadable)}</p> : null}
        </dd>
      </dl>

      <h3 className="kh-site-data__heading">{t.backupHeading}</h3>
      <p className="kh-site-data__hint">{t.backupHint}</p>
      <Button variant="primary" onClick={() => void backUp()} disabled={backupState.kind === "busy"}>
        {backupState.kind === "busy" ? t.backingUp : t.backup}
      </Button>
      <Outcome stage={backupState} text={text} />

      <h3 className="kh-site-data__heading">{t.restoreHeading}</h3>
      <p className="kh-site-data__hint">{t.restoreHint}</p>
      {restore.kind === "review" ? (
        <Review
          text={text}
          plan={restore.plan}
          choices={restore.choices}
          onChoose={(key, choice) =>
            setRestore({ ...restore, choices: { ...restore.choices, [key]: choice } })
          }
          onApply={() => void apply(restore.plan, restore.choices)}
          onCancel={() => setRestore({ kind: "idle" })}
        />
      ) : (
        <FileDrop
          label={t.restoreLabel}
          extensions={[".json"]}
          maxBytes={MAX_BYTES}
          onFiles={(files) => {
            const [file] = files;
            if (file) void readFile(file);
          }}
          disabled={restore.kind === "busy"}
        />
      )}
      <Outcome stage={restore} text={text} />
    </div>
  );
}

function Outcome({ stage, text }: { stage: Stage; text: ShellText }) {
  if (stage.kind === "busy") return <p role="status">{stage.message}</p>;
  if (stage.kind === "done") {
    return (
      <Alert
        tone={stage.tone}
        live
        actions={
          stage.reload ? (
            <Button variant="secondary" onClick={() => window.location.reload()}>
              {text.dialog.reload}
            </Button>
          ) : undefined
        }
      >
        {stage.message}
      </Alert>
    );
  }
  if (stage.kind === "refused") {
    return (
      <Alert tone="error" live title={text.dialog.refused(stage.name)}>
        <ul className="kh-site-data__problems">
          {stage.problems.map((p) => (
            <li key={`${p.path}|${p.message}`}>
              {p.path ? <code>{p.path}</code> : null}
              {p.path ? ": " : null}
              {p.message}
            </li>
          ))}
        </ul>
      </Alert>
    );
  }
  return null;
}

function Review({
  text,
  plan,
  choices,
  onChoose,
  onApply,
  onCancel,
}: {
  text: ShellText;
  plan: RestorePlan;
  choices: Record<string, RestoreChoice>;
  onChoose: (key: string, choice: RestoreChoice) => void;
  onApply: () => void;
  onCancel: () => void;
}) {
  const t = text.dialog;
  const backup: BackupFile = plan.backup;
  const { added, same } = plan.totals;
  const nothing = added === 0 && plan.conflicts.length === 0;
  return (
    <section
      className="kh-site-data__review"
      aria-label={t.reviewTitle(formatDate(backup.createdAt, text.locale))}
    >
      <h4>
        {t.reviewTitle(formatDate(backup.createdAt, text.locale, true))}
        {backup.site?.name ? (
          <>
            {" "}
            (<span lang="vi">{backup.site.name}</span>)
          </>
        ) : null}
      </h4>
      <ul>
        {added > 0 ? <li>{t.reviewAdd(added)}</li> : null}
        {same > 0 ? <li>{t.reviewSame(same)}</li> : null}
        {nothing ? <li>{t.reviewNothing}</li> : null}
      </ul>
      {plan.conflicts.length > 0 ? (
        <>
          <p>{t.reviewConflicts(plan.conflicts.length)}</p>
          {plan.conflicts.map((unit) => (
            <Conflict
              key={unit.key}
              unit={unit}
              text={text}
              choice={choices[unit.key] ?? "keep"}
              onChoose={onChoose}
            />
          ))}
        </>
      ) : null}
      <div className="kh-site-data__actions">
        <Button variant="primary" onClick={onApply} disabled={nothing}>
          {t.apply}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t.cancelRestore}
        </Button>
      </div>
    </section>
  );
}

function Conflict({
  unit,
  text,
  choice,
  onChoose,
}: {
  unit: RestoreUnit;
  text: ShellText;
  choice: RestoreChoice;
  onChoose: (key: string, choice: RestoreChoice) => void;
}) {
  const t = text.dialog;
  const when = (iso: string | undefined) => (iso ? formatDate(iso, text.locale, true) : "");
  return (
    <RadioGroup
      legend={
        <>
          {t.kinds[unit.kind]}: <span lang="vi">“{unit.label}”</span>
          {unit.kind === "progress" ? t.differing(unit.differing) : ""}
        </>
      }
      hint={unit.localUnreadable ? t.unreadableHere : undefined}
      value={choice}
      onValueChange={(value) => onChoose(unit.key, value as RestoreChoice)}
      options={[
        { value: "keep", label: t.keep(when(unit.localUpdatedAt)) },
        { value: "take", label: t.take(when(unit.backupUpdatedAt)) },
      ]}
    />
  );
}

type StoreApi = Awaited<ReturnType<typeof store>>;

async function withStores<T>(
  work: (stores: Awaited<ReturnType<StoreApi["openSiteStores"]>>, api: StoreApi) => Promise<T>,
) {
  const api = await store();
  const stores = await api.openSiteStores();
  try {
    return await work(stores, api);
  } finally {
    api.closeSiteStores(stores);
  }
}

/** A browser's refusal as a person reads it; the browser's own words go to the console for whoever debugs. */
function reason(error: unknown, t: ShellText["dialog"]): string {
  console.warn("Kế hoạch Kit: lưu trữ của trình duyệt báo lỗi:", error);
  const name = (error as { name?: unknown })?.name;
  return name === "QuotaExceededError" ? t.quota : t.refusedByBrowser;
}

/** "7/12/2026" or "7/12/2026 lúc 22:54"; "7 December 2026" or "7 December 2026 at 22:54". */
function formatDate(iso: string, locale: string, withTime = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
  if (locale.startsWith("vi")) {
    const day = `${date.getDate()}/${date.getMonth() + 1}/${date.getFullYear()}`;
    return withTime ? `${day} lúc ${time}` : day;
  }
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" }).format(
    date,
  );
  return withTime ? `${day} at ${time}` : day;
}
