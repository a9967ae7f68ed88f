import { isSamplePlan, type LoadProblem, type Plan, serializePlan } from "@kehoach/plan-model";
import { carryForward, planFromTemplate, readPlanFile } from "@kehoach/plan-model/editing";
import { Alert } from "@kehoach/ui/alert";
import { Badge } from "@kehoach/ui/badge";
import { Button } from "@kehoach/ui/button";
import { matchesQuery } from "@kehoach/ui/combobox";
import { ConfirmDialog } from "@kehoach/ui/dialog";
import { EmptyState } from "@kehoach/ui/empty-state";
import { FileDrop } from "@kehoach/ui/file-drop";
import { Table, type TableColumn } from "@kehoach/ui/table";
import { TextField } from "@kehoach/ui/text-field";
import { download, MIME } from "@kehoach/vanban/browser/download";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { WriteFailureText } from "../editor/SaveStatus.js";
import { exportFileName } from "../export/file-name.js";
import { useLanguage } from "../i18n/context.js";
import { editorHref, IMPORT_TEXT_HREF, navigate, SAMPLE_HREF } from "../routing/hash-route.js";
import { Shell } from "../shell/Shell.js";
import { siteLocality } from "../shell/site-locality.js";
import { reviewKey } from "../state/review-store.js";
import { useStore } from "../state/store-context.js";
import { announceLibraryChange, announcePlanDeleted } from "../state/tabs.js";
import { describeWriteError, type WriteFailure } from "../state/write-failure.js";
import { draftCopy } from "./copies.js";
import { LoadProblemMessage, problemWhere } from "./LoadProblemText.js";
import { NewPlanDialog } from "./NewPlanDialog.js";
import { type LibraryEntry, useLibrary } from "./use-library.js";

// The plans stored in this browser: find one, open it, start a new one from a template, carry one
// forward to next year, copy, delete (with undo), and move plans in and out as JSON files. Each
// action says one thing, where it happened: the list's actions above the list (a deletion with its
// undo, which takes the keyboard), the import's below the file field. A write the browser refuses
// is said in words, and what was being stored (a file) is kept for another try.

const newId = () => crypto.randomUUID();

/** What the last action says; one at a time. */
type Notice =
  | { where: "list"; kind: "deleted"; plan: Plan }
  | { where: "list" | "import"; kind: "done"; text: string }
  | { where: "import"; kind: "refused"; file: string; problems: LoadProblem[] }
  | { where: "list" | "import"; kind: "failed"; title: string; failure: WriteFailure; retry?: () => void };

export function LibraryScreen({ importTextAvailable }: { importTextAvailable: boolean }) {
  const { t, lang } = useLanguage();
  const store = useStore();
  const { entries, reload } = useLibrary(store);
  const [query, setQuery] = useState("");
  const [creating, setCreating] = useState(false);
  const [confirmUnreadable, setConfirmUnreadable] = useState<LibraryEntry | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // After a deletion the row's buttons are gone: the keyboard goes to the undo beside the list.
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice?.kind === "deleted") undoButton.current?.focus();
  }, [notice]);

  useEffect(() => {
    document.title = `${t.library.heading} · ${t.app.title}`;
  }, [t]);

  const ids = useMemo(() => new Set((entries ?? []).map((e) => e.summary.id)), [entries]);
  const shown = useMemo(
    () =>
      (entries ?? []).filter((e) =>
        matchesQuery(
          {
            value: e.summary.id,
            label: e.summary.title,
            keywords: [
              String(e.summary.planYear ?? ""),
              e.plan?.number ? `${e.plan.number}/${e.plan.symbol}` : "",
            ],
          },
          query,
        ),
      ),
    [entries, query],
  );

  /** Stores a plan; a refusal becomes the notice (with a retry when given) and `false`. */
  const store_ = async (
    write: () => Promise<unknown>,
    failed: { where: "list" | "import"; title: string; retry?: () => void },
  ): Promise<boolean> => {
    try {
      await write();
      return true;
    } catch (error) {
      setNotice({ ...failed, kind: "failed", failure: describeWriteError(error) });
      return false;
    }
  };

  const createPlan = async (plan: Plan): Promise<WriteFailure | null> => {
    try {
      await store.save(plan);
    } catch (error) {
      return describeWriteError(error);
    }
    announceLibraryChange();
    navigate(editorHref(plan.id));
    return null;
  };
  const duplicate = async (plan: Plan) => {
    setNotice(null);
    const copy = draftCopy(plan, newId(), copyTitle(plan.title));
    const ok = await store_(() => store.save(copy), {
      where: "list",
      title: t.storage.actionFailed.duplicate,
      retry: () => void duplicate(plan),
    });
    if (!ok) return;
    announceLibraryChange();
    setNotice({ where: "list", kind: "done", text: t.library.duplicated(plan.title) });
    await reload();
  };
  const forward = async (plan: Plan) => {
    setNotice(null);
    const { plan: next, review } = carryForward(plan, newId());
    const ok = await store_(
      async () => {
        await store.save(next);
        await store.setMeta(reviewKey(next.id), review);
      },
      { where: "list", title: t.storage.actionFailed.forward, retry: () => void forward(plan) },
    );
    if (!ok) {
      // Half done (the plan stored, not its review list) is not done: nothing is left behind.
      await store.remove(next.id).catch(() => {});
      return;
    }
    announceLibraryChange();
    navigate(editorHref(next.id));
  };
  const remove = async (entry: LibraryEntry) => {
    if (!entry.plan) {
      setConfirmUnreadable(entry);
      return;
    }
    const plan = entry.plan;
    setNotice(null);
    const ok = await store_(() => store.remove(plan.id), {
      where: "list",
      title: t.storage.actionFailed.remove,
    });
    if (!ok) return;
    announcePlanDeleted(plan.id);
    setNotice({ where: "list", kind: "deleted", plan });
    await reload();
  };
  const undoDelete = async (plan: Plan) => {
    const ok = await store_(() => store.save(plan), {
      where: "list",
      title: t.storage.actionFailed.restore,
      retry: () => void undoDelete(plan),
    });
    if (!ok) return;
    announceLibraryChange();
    setNotice({ where: "list", kind: "done", text: t.library.restored(plan.title) });
    await reload();
  };
  const importFiles = async (files: File[]) => {
    setNotice(null);
    const known = new Set(ids);
    for (const [index, file] of files.entries()) {
      const name = file.name.normalize("NFC");
      const result = await readPlanFile(file, known, newId);
      if (!result.ok) {
        setNotice({ where: "import", kind: "refused", file: name, problems: result.problems });
        return;
      }
      const ok = await store_(() => store.save(result.plan), {
        where: "import",
        title: t.storage.importFailed(name),
        // The file and those after it, read again on the next try.
        retry: () => void importFiles(files.slice(index)),
      });
      if (!ok) break;
      known.add(result.plan.id);
      announceLibraryChange();
      setNotice({
        where: "import",
        kind: "done",
        text: result.copied
          ? t.library.importedCopy(result.plan.title)
          : t.library.imported(result.plan.title),
      });
    }
    await reload();
  };

  const noticeAt = (where: "list" | "import"): ReactNode => {
    if (!notice || notice.where !== where) return null;
    const dismiss = (
      <Button size="sm" variant="ghost" onClick={() => setNotice(null)}>
        {t.common.dismiss}
      </Button>
    );
    switch (notice.kind) {
      case "deleted":
        return (
          <Alert
            tone="info"
            live
            title={t.library.deleted(notice.plan.title || t.editor.untitled)}
            actions={
              <>
                <Button
                  ref={undoButton}
                  size="sm"
                  variant="secondary"
                  onClick={() => void undoDelete(notice.plan)}
                >
                  {t.library.undoDelete}
                </Button>
                {dismiss}
              </>
            }
          />
        );
      case "done":
        return <Alert tone="success" live title={notice.text} actions={dismiss} />;
      case "refused":
        return (
          <Alert tone="error" live title={t.library.importRefused(notice.file)} actions={dismiss}>
            <p>{t.library.nothingChanged}</p>
            <ul className="pb-problems">
              {notice.problems.slice(0, 20).map((p) => (
                <li key={`${p.path}-${p.message}`}>
                  <strong>{problemWhere(p, lang)}</strong>
                  {p.path ? <code className="pb-path"> ({p.path})</code> : null}:{" "}
                  <LoadProblemMessage problem={p} lang={lang} />
                </li>
              ))}
            </ul>
            {notice.problems.length > 20 ? (
              <p>{t.library.moreProblems(notice.problems.length - 20)}</p>
            ) : null}
          </Alert>
        );
      case "failed":
        return (
          <Alert
            tone="error"
            live
            title={notice.title}
            actions={
              <>
                {notice.retry ? (
                  <Button size="sm" variant="secondary" onClick={notice.retry}>
                    {t.storage.retry}
                  </Button>
                ) : null}
                {dismiss}
              </>
            }
          >
            <p>
              <WriteFailureText failure={notice.failure} />
            </p>
            {notice.where === "import" ? <p>{t.storage.importKept}</p> : null}
          </Alert>
        );
    }
  };

  const columns: TableColumn<LibraryEntry>[] = [
    {
      key: "title",
      header: t.library.columns.title,
      rowHeader: true,
      sortValue: (e) => e.summary.title,
      cell: (e) => (
        <>
          {e.plan ? (
            <a href={editorHref(e.summary.id)} className="pb-plan-link">
              {e.summary.title || t.editor.untitled}
            </a>
          ) : (
            <span>{e.summary.title}</span>
          )}
          {isSamplePlan(e.summary.id) ? (
            <>
              {" "}
              <Badge tone="warning">{t.sample.badge}</Badge>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: "year",
      header: t.library.columns.year,
      sortValue: (e) => e.summary.planYear ?? null,
      cell: (e) => e.summary.planYear ?? "",
      align: "center",
    },
    {
      key: "status",
      header: t.library.columns.status,
      cell: (e) => (
        <Badge tone={e.status === "issued" ? "success" : e.status === "draft" ? "info" : "error"}>
          {e.status === "issued"
            ? `${t.status.issued}${e.plan?.number ? ` · ${e.plan.number}/${e.plan.symbol}` : ""}`
            : e.status === "draft"
              ? t.status.draft
              : t.status.unreadable}
        </Badge>
      ),
    },
    {
      key: "updated",
      header: t.library.columns.updated,
      sortValue: (e) => e.summary.updatedAt,
      cell: (e) => new Date(e.summary.updatedAt).toLocaleString(t.locale),
    },
    {
      key: "actions",
      header: t.library.columns.actions,
      cell: (e) => {
        const title = e.summary.title || t.editor.untitled;
        return (
          <div className="pb-row pb-row--tight">
            {e.plan ? (
              <>
                <Button
                  size="sm"
                  variant="secondary"
                  aria-label={t.library.forwardFor(title, (e.plan.planYear ?? 0) + 1)}
                  onClick={() => void forward(e.plan as Plan)}
                >
                  {t.library.forward((e.plan.planYear ?? 0) + 1)}
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={t.library.duplicateFor(title)}
                  onClick={() => void duplicate(e.plan as Plan)}
                >
                  {t.library.duplicate}
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={t.library.exportFor(title)}
                  onClick={() =>
                    download(serializePlan(e.plan as Plan), exportFileName(e.plan as Plan, "json"), MIME.json)
                  }
                >
                  {t.library.export}
                </Button>
              </>
            ) : null}
            <Button
              size="sm"
              variant="ghost"
              aria-label={t.library.removeFor(title)}
              onClick={() => void remove(e)}
            >
              {t.library.remove}
            </Button>
          </div>
        );
      },
    },
  ];

  return (
    <Shell>
      <div className="pb-screen">
        <h1 className="pb-screen__title">{t.library.heading}</h1>
        <p className="pb-hint">{t.library.intro}</p>
        <div className="pb-row">
          <Button onClick={() => setCreating(true)}>{t.library.new}</Button>
          <a className="kh-button pb-button-link" data-variant="secondary" data-size="md" href={SAMPLE_HREF}>
            {t.library.sample}
          </a>
          {importTextAvailable ? (
            <a
              className="kh-button pb-button-link"
              data-variant="secondary"
              data-size="md"
              href={IMPORT_TEXT_HREF}
            >
              {t.library.importText}
            </a>
          ) : null}
        </div>
        <TextField
          label={t.library.search}
          hint={t.library.searchHint}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          className="pb-search"
        />
        <div className="pb-notices">{noticeAt("list")}</div>
        {entries === null ? (
          <p className="pb-loading">{t.app.opening}</p>
        ) : entries.length === 0 ? (
          <EmptyState
            title={t.library.emptyTitle}
            description={t.library.emptyBody}
            action={<Button onClick={() => setCreating(true)}>{t.library.new}</Button>}
          />
        ) : (
          <Table
            caption={t.library.caption(shown.length, entries.length)}
            columns={columns}
            rows={shown}
            rowKey={(e) => e.summary.id}
            empty={t.library.noMatch}
            maxBlockSize="none"
          />
        )}
        <section className="pb-import" aria-labelledby="pb-import-heading">
          <h2 id="pb-import-heading" className="pb-subheading">
            {t.library.importHeading}
          </h2>
          <FileDrop
            label={t.library.importLabel}
            extensions={[".json"]}
            maxBytes={20 * 1024 * 1024}
            onFiles={(files) => void importFiles(files)}
          />
          <div className="pb-notices">{noticeAt("import")}</div>
        </section>
      </div>
      <NewPlanDialog
        open={creating}
        onOpenChange={setCreating}
        onCreate={(choice) =>
          // The dialog stays open, with its choices, until the plan is stored.
          createPlan(
            planFromTemplate(choice.template, siteLocality, {
              id: newId(),
              year: choice.year,
              issuerId: choice.issuerId,
            }),
          )
        }
      />
      <ConfirmDialog
        open={confirmUnreadable !== null}
        onOpenChange={(open) => {
          if (!open) setConfirmUnreadable(null);
        }}
        tone="danger"
        title={t.library.removeUnreadableTitle}
        description={t.library.removeUnreadableBody}
        confirmLabel={t.library.remove}
        cancelLabel={t.common.cancel}
        onConfirm={async () => {
          if (!confirmUnreadable) return;
          // A refusal keeps the dialog open with its reason (ConfirmDialog shows a rejection).
          try {
            await store.remove(confirmUnreadable.summary.id);
          } catch (error) {
            const failure = describeWriteError(error);
            throw new Error(
              `${t.storage.actionFailed.remove}: ${
                failure.kind === "invalid" ? failure.detail : t.storage.reasons[failure.kind]
              }`,
            );
          }
          announcePlanDeleted(confirmUnreadable.summary.id);
          setConfirmUnreadable(null);
          await reload();
        }}
      />
    </Shell>
  );
}

/** A duplicate's title. It is the document's trích yếu, printed in Vietnamese whatever the screen's language. */
function copyTitle(title: string): string {
  return `${title} (bản sao)`;
}
