import site from "virtual:kehoach/site";
import type { Task } from "@kehoach/plan-model";
import { AppShell } from "@kehoach/ui/app-shell";
import { Button } from "@kehoach/ui/button";
import { ConfirmDialog } from "@kehoach/ui/dialog";
import { useEffect, useRef, useState } from "react";
import { TaskCard } from "./editor/TaskCard.js";
import { registerPreviewFont } from "./fonts/load-fonts.js";
import { vi } from "./messages.js";
import { DocumentPreview } from "./preview/DocumentPreview.js";
import { type SaveState, useStoredPlan } from "./state/use-stored-plan.js";

const t = vi;

export function App() {
  const { plan, edit, saveState, notice } = useStoredPlan();
  const [exportStatus, setExportStatus] = useState<string>("");
  const [exporting, setExporting] = useState(false);
  const [pendingRemoval, setPendingRemoval] = useState<{ task: Task; index: number } | null>(null);
  const focusTaskId = useRef<string | null>(null);

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    idle(() => registerPreviewFont());
  }, []);

  // After "Thêm nhiệm vụ", move the keyboard to the new task's first field.
  useEffect(() => {
    const id = focusTaskId.current;
    if (!id) return;
    const field = document.querySelector<HTMLTextAreaElement>(`[data-task-id="${id}"] textarea`);
    if (field) {
      field.focus();
      focusTaskId.current = null;
    }
  });

  async function exportPdf() {
    if (!plan) return;
    setExporting(true);
    setExportStatus(t.exportingPdf);
    try {
      const { exportPlanPdf, downloadBlob } = await import("./export/export-pdf.js");
      const { blob, fileName } = await exportPlanPdf(plan);
      downloadBlob(blob, fileName);
      setExportStatus(t.exportDone(fileName));
    } catch (error) {
      setExportStatus(t.exportFailed(error instanceof Error ? error.message : String(error)));
    } finally {
      setExporting(false);
    }
  }

  return (
    <AppShell
      localityName={site.shortName}
      officialName={site.officialName}
      logoSrc={site.logoUrl}
      currentApp="plan-builder"
      basePath={site.basePath}
      appTitle={<h1 className="pb-app-title">{t.appTitle}</h1>}
      headerActions={
        <>
          <output className="pb-save-state" aria-live="polite">
            {describeSave(saveState)}
          </output>
          <Button variant="secondary" onClick={exportPdf} disabled={!plan || exporting}>
            {exporting ? t.exportingPdf : t.exportPdf}
          </Button>
          <output className="pb-export-state" aria-live="polite">
            {exportStatus}
          </output>
        </>
      }
    >
      {notice ? (
        <p className="pb-notice" role="alert">
          {notice}
        </p>
      ) : null}
      <div className="pb-layout">
        <section id="editor" className="pb-editor" aria-labelledby="editor-heading" tabIndex={-1}>
          <h2 id="editor-heading">{t.editorHeading}</h2>
          {plan ? (
            <>
              <label htmlFor="plan-title">{t.titleLabel}</label>
              <textarea
                id="plan-title"
                rows={2}
                value={plan.title}
                aria-describedby="plan-title-hint"
                onChange={(e) => edit({ type: "setTitle", title: e.target.value })}
              />
              <p id="plan-title-hint" className="pb-hint">
                {t.titleHint}
              </p>
              <h3>{t.tasksHeading(plan.tasks.length)}</h3>
              <ol className="pb-task-list">
                {plan.tasks.map((task, index) => (
                  <li key={task.id}>
                    <TaskCard
                      task={task}
                      index={index}
                      messages={t}
                      onChange={(patch) => edit({ type: "updateTask", id: task.id, patch })}
                      onAgenciesChange={(role, names) =>
                        edit({ type: "setTaskAgencies", id: task.id, role, names })
                      }
                      onTimeChange={(text) => edit({ type: "setTaskTime", id: task.id, text })}
                      onRemove={() => setPendingRemoval({ task, index })}
                    />
                  </li>
                ))}
              </ol>
              <Button
                variant="secondary"
                onClick={() => {
                  const id = crypto.randomUUID();
                  focusTaskId.current = id;
                  edit({ type: "addTask", id });
                }}
              >
                {t.addTask}
              </Button>
            </>
          ) : (
            <p>{t.loading}</p>
          )}
        </section>
        <section className="pb-preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t.previewHeading}</h2>
          <p className="pb-hint">{t.previewNote}</p>
          {plan ? <DocumentPreview plan={plan} label={t.previewHeading} /> : null}
        </section>
      </div>
      <ConfirmDialog
        open={pendingRemoval !== null}
        onOpenChange={(open) => {
          if (!open) setPendingRemoval(null);
        }}
        title={pendingRemoval ? t.confirmRemoveTitle(pendingRemoval.index + 1) : ""}
        description={pendingRemoval ? t.confirmRemoveBody(pendingRemoval.task.title) : ""}
        confirmLabel={t.confirmRemove}
        cancelLabel={t.cancel}
        tone="danger"
        onConfirm={() => {
          if (pendingRemoval) edit({ type: "removeTask", id: pendingRemoval.task.id });
          setPendingRemoval(null);
        }}
      />
    </AppShell>
  );
}

function describeSave(state: SaveState): string {
  switch (state.kind) {
    case "loading":
      return t.loading;
    case "saving":
      return t.saving;
    case "saved":
      return t.savedAt(new Date(state.at).toLocaleTimeString("vi-VN"));
    case "error":
      return t.saveFailed(state.message);
  }
}
