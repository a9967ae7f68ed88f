import { planFileName } from "@kehoach/plan-documents";
import { type LoadProblem, type Plan, serializePlan } from "@kehoach/plan-model";
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
import { useEffect, useMemo, useState } from "react";
import { useT } from "../i18n/context.js";
import { editorHref, IMPORT_TEXT_HREF, navigate, SAMPLE_HREF } from "../routing/hash-route.js";
import { Shell } from "../shell/Shell.js";
import { siteLocality } from "../shell/site-locality.js";
import { reviewKey } from "../state/review-store.js";
import { useStore } from "../state/store-context.js";
import { announceLibraryChange } from "../state/tabs.js";
import { NewPlanDialog } from "./NewPlanDialog.js";
import { type LibraryEntry, useLibrary } from "./use-library.js";

// The plans stored in this browser: find one, open it, start a new one from a template, carry one
// forward to next year, copy, delete (with undo), and move plans in and out as JSON files.

const newId = () => crypto.randomUUID();

export function LibraryScreen({ importTextAvailable }: { importTextAvailable: boolean }) {
  const t = useT();
  const store = useStore();
  const { entries, reload } = useLibrary(store);
  const [query, setQuery] = useState("");
  const [creating, setCreating] = useState(false);
  const [deleted, setDeleted] = useState<{ plan: Plan } | null>(null);
  const [confirmUnreadable, setConfirmUnreadable] = useState<LibraryEntry | null>(null);
  const [importProblems, setImportProblems] = useState<{ file: string; problems: LoadProblem[] } | null>(
    null,
  );
  const [message, setMessage] = useState<string | null>(null);

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

  const saveAndOpen = async (plan: Plan) => {
    await store.save(plan);
    announceLibraryChange();
    navigate(editorHref(plan.id));
  };
  const duplicate = async (plan: Plan) => {
    const { number: _n, ...rest } = plan;
    const copy: Plan = { ...rest, id: newId(), title: t.library.copyTitle(plan.title) };
    await store.save(copy);
    announceLibraryChange();
    setMessage(t.library.duplicated(plan.title));
    await reload();
  };
  const forward = async (plan: Plan) => {
    const { plan: next, review } = carryForward(plan, newId());
    await store.save(next);
    await store.setMeta(reviewKey(next.id), review);
    announceLibraryChange();
    navigate(editorHref(next.id));
  };
  const remove = async (entry: LibraryEntry) => {
    if (!entry.plan) {
      setConfirmUnreadable(entry);
      return;
    }
    await store.remove(entry.summary.id);
    announceLibraryChange();
    setDeleted({ plan: entry.plan });
    setMessage(null);
    await reload();
  };
  const undoDelete = async () => {
    if (!deleted) return;
    await store.save(deleted.plan);
    announceLibraryChange();
    setMessage(t.library.restored(deleted.plan.title));
    setDeleted(null);
    await reload();
  };
  const importFiles = async (files: File[]) => {
    setImportProblems(null);
    setMessage(null);
    for (const file of files) {
      const result = await readPlanFile(file, ids, newId);
      if (!result.ok) {
        setImportProblems({ file: file.name.normalize("NFC"), problems: result.problems });
        return;
      }
      await store.save(result.plan);
      announceLibraryChange();
      setMessage(
        result.copied ? t.library.importedCopy(result.plan.title) : t.library.imported(result.plan.title),
      );
    }
    await reload();
  };

  const columns: TableColumn<LibraryEntry>[] = [
    {
      key: "title",
      header: t.library.columns.title,
      rowHeader: true,
      sortValue: (e) => e.summary.title,
      cell: (e) =>
        e.plan ? (
          <a href={editorHref(e.summary.id)} className="pb-plan-link">
            {e.summary.title || t.editor.untitled}
          </a>
        ) : (
          <span>{e.summary.title}</span>
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
                    download(serializePlan(e.plan as Plan), planFileName(e.plan as Plan, "json"), MIME.json)
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
        <div className="pb-notices">
          {deleted ? (
            <Alert
              tone="info"
              live
              title={t.library.deleted(deleted.plan.title || t.editor.untitled)}
              actions={
                <>
                  <Button size="sm" variant="secondary" onClick={() => void undoDelete()}>
                    {t.library.undoDelete}
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => setDeleted(null)}>
                    {t.common.dismiss}
                  </Button>
                </>
              }
            />
          ) : null}
          {message ? (
            <Alert
              tone="success"
              live
              title={message}
              actions={
                <Button size="sm" variant="ghost" onClick={() => setMessage(null)}>
                  {t.common.dismiss}
                </Button>
              }
            />
          ) : null}
          {importProblems ? (
            <Alert
              tone="error"
              live
              title={t.library.importRefused(importProblems.file)}
              actions={
                <Button size="sm" variant="ghost" onClick={() => setImportProblems(null)}>
                  {t.common.dismiss}
                </Button>
              }
            >
              <p>{t.library.nothingChanged}</p>
              <ul className="pb-problems">
                {importProblems.problems.slice(0, 20).map((p) => (
                  <li key={`${p.path}-${p.message}`}>
                    <strong>{p.where}</strong>
                    {p.path ? <code className="pb-path"> ({p.path})</code> : null}: {p.message}
                  </li>
                ))}
              </ul>
              {importProblems.problems.length > 20 ? (
                <p>{t.library.moreProblems(importProblems.problems.length - 20)}</p>
              ) : null}
            </Alert>
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
        </section>
      </div>
      <NewPlanDialog
        open={creating}
        onOpenChange={setCreating}
        onCreate={(choice) => {
          setCreating(false);
          void saveAndOpen(
            planFromTemplate(choice.template, siteLocality, {
              id: newId(),
              year: choice.year,
              issuerId: choice.issuerId,
            }),
          );
        }}
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
          await store.remove(confirmUnreadable.summary.id);
          announceLibraryChange();
          setConfirmUnreadable(null);
          await reload();
        }}
      />
    </Shell>
  );
}
