import {
  type Finding,
  isSamplePlan,
  type Plan,
  planStatus,
  serializePlan,
  type ValidationResult,
} from "@kehoach/plan-model";
import type { ReviewItem } from "@kehoach/plan-model/editing";
import { planMatcher } from "@kehoach/plan-model/editing";
import { Alert } from "@kehoach/ui/alert";
import { Badge } from "@kehoach/ui/badge";
import { Button } from "@kehoach/ui/button";
import { ConfirmDialog, Dialog } from "@kehoach/ui/dialog";
import { Toolbar } from "@kehoach/ui/toolbar";
import { download, MIME } from "@kehoach/vanban/browser/download";
import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { exportFileName } from "../export/file-name.js";
import { printPdf } from "../export/print.js";
import { useLanguage, useT } from "../i18n/context.js";
import { useWorkspaceView, ViewSwitch } from "../layout/workspace.js";
import { draftCopy } from "../library/copies.js";
import { LoadProblemMessage, problemWhere } from "../library/LoadProblemText.js";
import {
  DocumentExportError,
  type DocumentService,
  takeDocumentService,
} from "../preview/document-service.js";
import { PreviewPane } from "../preview/PreviewPane.js";
import { previewChosen, rememberPreviewChoice } from "../preview/preview-choice.js";
import { editorHref, LIBRARY_HREF, navigate } from "../routing/hash-route.js";
import { Shell } from "../shell/Shell.js";
import { siteLocality } from "../shell/site-locality.js";
import { reviewKey } from "../state/review-store.js";
import { useStore } from "../state/store-context.js";
import { announceLibraryChange } from "../state/tabs.js";
import { usePlanEditor } from "../state/use-plan-editor.js";
import { describeWriteError, type WriteFailure } from "../state/write-failure.js";
import { type CheckMode, ValidationPanel } from "../validation/ValidationPanel.js";
import { Deferred } from "./Deferred.js";
import { EditorContext, type EditorTools } from "./editor-context.js";
import { focusPath, scrollIntoViewSettled } from "./fields.js";
import { IssueDialog } from "./IssueDialog.js";
import { RedoIcon, UndoIcon } from "./icons.js";
import { AppendicesPart, DecisionPart } from "./parts/AppendicesPart.js";
import { BasesPart } from "./parts/BasesPart.js";
import { BudgetPart } from "./parts/BudgetPart.js";
import { ContentPart, PurposesPart } from "./parts/ContentPart.js";
import { DutiesPart, ReportingPart } from "./parts/DutiesPart.js";
import { type HeaderFields, HeaderPart } from "./parts/HeaderPart.js";
import { RecipientsPart } from "./parts/RecipientsPart.js";
import { SectionsPart } from "./parts/SectionsPart.js";
import { SignerPart } from "./parts/SignerPart.js";
import { DeletedNotice, SaveFailedNotice, SaveIndicator, WriteFailureText } from "./SaveStatus.js";
import { TaskTree } from "./TaskTree.js";

// The editor of one plan: every part of it on the left, the checks and the document itself on
// the right. Autosaved, undoable (Ctrl+Z, Ctrl+Y), watched across tabs; an issued plan is shown
// read-only until it is taken back to a draft.

/** The editor of the stored plan `planId`; given `sample`, that plan shown to be looked at, never stored. */
export function EditorScreen({ planId, sample }: { planId: string; sample?: Plan }) {
  const { t, lang } = useLanguage();
  const store = useStore();
  const editor = usePlanEditor(store, planId, sample);
  const { plan, edit, load } = editor;
  const [service, setService] = useState<DocumentService | null>(null);
  const [checked, setChecked] = useState<{ draft: ValidationResult; issued: ValidationResult } | null>(null);
  const [mode, setMode] = useState<CheckMode>("draft");
  const [showPreview, setShowPreview] = useState(previewChosen);
  // On a narrow screen: the plan, its checks or the document, one at a time.
  const [view, setView] = useWorkspaceView(showPreview);
  const [review, setReview] = useState<ReviewItem[]>([]);
  const [issuing, setIssuing] = useState(false);
  const [unissuing, setUnissuing] = useState(false);
  const [busy, setBusy] = useState<"pdf" | "docx" | "print" | "edxml" | null>(null);
  const [outcome, setOutcome] = useState<{
    tone: "success" | "warning" | "error";
    text: string;
    problems?: string[];
    /** A write the browser refused, told in words. */
    failure?: WriteFailure;
  } | null>(null);

  useEffect(() => {
    const created = takeDocumentService(siteLocality.locality);
    setService(created);
    const stop = created.subscribe((response) => {
      if (response.type === "checked") setChecked({ draft: response.draft, issued: response.issued });
    });
    return () => {
      stop();
      created.dispose();
    };
  }, []);

  useEffect(() => {
    if (plan && service) service.update(plan, showPreview, lang);
  }, [plan, service, showPreview, lang]);

  useEffect(() => {
    let cancelled = false;
    store.getMeta<ReviewItem[]>(reviewKey(planId)).then((items) => {
      if (!cancelled) setReview(items ?? []);
    });
    return () => {
      cancelled = true;
    };
  }, [store, planId]);

  useEffect(() => {
    if (plan) document.title = `${plan.title || t.editor.untitled} · ${t.app.title}`;
  }, [plan?.title, plan, t]);

  const issued = plan ? planStatus(plan) === "issued" : false;
  const readOnly = issued || sample !== undefined;
  const isSample = isSamplePlan(planId);
  const abbreviations = plan?.abbreviations;
  const issuedOn = plan?.issuedOn;
  const matcher = useMemo(
    () =>
      planMatcher(siteLocality, { abbreviations: abbreviations ?? [], issuedOn: issuedOn ?? { year: 2000 } }),
    [abbreviations, issuedOn],
  );
  const tools = useMemo<EditorTools>(
    () => ({
      edit,
      locality: siteLocality,
      matcher,
      planYear: plan?.planYear ?? new Date().getFullYear(),
      readOnly,
    }),
    [edit, matcher, plan?.planYear, readOnly],
  );
  const getPlan = useCallback(() => editor.getPlan() as Plan, [editor.getPlan]);
  // The header's fields as one object that changes only when one of them does (HeaderPart is memoised).
  const {
    issuer,
    symbol,
    place,
    planYear,
    issuedOn: headerDate,
    number,
    period,
    title,
  } = plan ?? ({} as Partial<Plan>);
  const header = useMemo(
    () => ({ issuer, symbol, place, planYear, issuedOn: headerDate, number, period, title }),
    [issuer, symbol, place, planYear, headerDate, number, period, title],
  );

  // Undo, redo and save from anywhere in the editor (but not inside a dialog's own fields).
  const { undo, redo, saveNow } = editor;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if ((event.target as HTMLElement | null)?.closest?.('[role="dialog"], [role="alertdialog"]')) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if ((key === "z" && event.shiftKey) || key === "y") {
        event.preventDefault();
        redo();
      } else if (key === "s") {
        event.preventDefault();
        void saveNow();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo, saveNow]);

  if (editor.deleted) {
    // Closed: nothing here is saved any more; what was open can still be downloaded.
    return (
      <Shell>
        <div className="pb-screen">
          <h1 className="pb-screen__title">{t.editor.heading}</h1>
          <DeletedNotice where={editor.deleted} plan={plan} />
        </div>
      </Shell>
    );
  }

  if (load.kind !== "ready" || !plan || !service) {
    return (
      <Shell>
        <div className="pb-screen">
          <h1 className="pb-screen__title">{t.editor.heading}</h1>
          {load.kind === "missing" ? (
            <Alert
              tone="warning"
              title={t.editor.missing}
              actions={<a href={LIBRARY_HREF}>{t.editor.backToLibrary}</a>}
            />
          ) : load.kind === "unreadable" ? (
            <Alert
              tone="error"
              title={t.editor.unreadable}
              actions={<a href={LIBRARY_HREF}>{t.editor.backToLibrary}</a>}
            >
              <ul>
                {load.problems.slice(0, 10).map((p) => (
                  <li key={`${p.path}-${p.message}`}>
                    {problemWhere(p, lang)}: <LoadProblemMessage problem={p} lang={lang} />
                  </li>
                ))}
              </ul>
            </Alert>
          ) : load.kind === "failed" ? (
            <Alert tone="error" title={t.app.storageUnavailable}>
              {load.message}
            </Alert>
          ) : (
            <p className="pb-loading">{t.editor.loading}</p>
          )}
        </div>
      </Shell>
    );
  }

  const result = checked ? (mode === "issued" ? checked.issued : checked.draft) : null;

  const exportPdf = async (print: boolean) => {
    setBusy(print ? "print" : "pdf");
    setOutcome(null);
    try {
      const bytes = await service.exportPdf(plan);
      if (print) await printPdf(bytes);
      else {
        const name = exportFileName(plan, "pdf");
        download(bytes, name, MIME.pdf);
        setOutcome({ tone: "success", text: t.editor.exported(name) });
      }
    } catch (error) {
      setOutcome({
        tone: "error",
        text: t.editor.exportFailed,
        problems:
          error instanceof DocumentExportError && error.problems.length > 0
            ? error.problems.map((p) => p.message)
            : [error instanceof Error ? error.message : String(error)],
      });
    } finally {
      setBusy(null);
    }
  };
  const exportDocx = async () => {
    setBusy("docx");
    setOutcome(null);
    try {
      const { planDocx } = await import("../export/docx.js");
      const { bytes, type } = await planDocx(plan);
      const name = exportFileName(plan, "docx");
      download(bytes, name, type);
      setOutcome({ tone: "success", text: t.editor.exported(name) });
    } catch (error) {
      setOutcome({
        tone: "error",
        text: t.editor.exportFailed,
        problems: (error as { problems?: { message: string }[] }).problems?.map((p) => p.message) ?? [
          error instanceof Error ? error.message : String(error),
        ],
      });
    } finally {
      setBusy(null);
    }
  };
  // The package for the national exchange: the PDF and the Word file made now, from one version.
  const exportEdxml = async () => {
    setBusy("edxml");
    setOutcome(null);
    try {
      const current = plan;
      const { planDocx } = await import("../export/docx.js");
      const [pdf, docx] = await Promise.all([service.exportPdf(current), planDocx(current)]);
      const { planEdxml } = await import("../export/edxml.js");
      const made = await planEdxml(current, { pdf, docx: docx.bytes }, siteLocality.locality);
      download(made.xml, made.fileName, "application/xml");
      setOutcome(
        made.unrouted.length > 0
          ? { tone: "warning", text: t.editor.edxmlUnrouted(made.fileName), problems: made.unrouted }
          : { tone: "success", text: t.editor.exported(made.fileName) },
      );
    } catch (error) {
      const { edxmlReasons } = await import("../export/edxml.js");
      setOutcome({
        tone: "error",
        text: t.editor.edxmlFailed,
        problems:
          error instanceof DocumentExportError && error.problems.length > 0
            ? error.problems.map((p) => p.message)
            : (error as { name?: string }).name === "EdxmlError"
              ? edxmlReasons((error as Error).message)
              : [error instanceof Error ? error.message : String(error)],
      });
    } finally {
      setBusy(null);
    }
  };
  const exportJson = () => {
    const name = exportFileName(plan, "json");
    download(serializePlan(plan), name, MIME.json);
    setOutcome({ tone: "success", text: t.editor.exported(name) });
  };
  const waive = (finding: Finding, reason: string) =>
    edit({
      type: "set",
      path: ["waivers"],
      value: [
        ...plan.waivers,
        { rule: finding.rule, path: finding.path, reason, on: new Date().toISOString().slice(0, 10) },
      ],
    });
  const unwaive = (finding: Finding) =>
    edit({
      type: "set",
      path: ["waivers"],
      value: plan.waivers.filter(
        (w) => !(w.rule === finding.rule && (w.path === undefined || w.path === finding.path)),
      ),
    });
  // A draft of the user's own, made from the sample shown here; the sample itself stays unstored.
  const copySample = async () => {
    setOutcome(null);
    const copy = draftCopy(plan, crypto.randomUUID());
    try {
      await store.save(copy);
    } catch (error) {
      const failure = describeWriteError(error);
      setOutcome({ tone: "error", text: t.sample.copyFailed, failure });
      return;
    }
    announceLibraryChange();
    navigate(editorHref(copy.id));
  };
  const dismissReview = async () => {
    setOutcome(null);
    try {
      await store.setMeta(reviewKey(planId), []);
      setReview([]);
    } catch (error) {
      // The list stays: it was not marked as reviewed.
      setOutcome({ tone: "error", text: t.storage.actionFailed.review, failure: describeWriteError(error) });
    }
  };

  const parts: { id: string; label: string; content: ReactNode }[] = [
    {
      id: "chung",
      label: t.parts.header,
      content: <HeaderPart plan={header as HeaderFields} getPlan={getPlan} />,
    },
    {
      id: "can-cu",
      label: t.parts.bases,
      content: (
        <BasesPart
          bases={plan.bases}
          parentPlan={plan.parentPlan}
          intro={plan.intro}
          abbreviations={plan.abbreviations}
        />
      ),
    },
    {
      id: "muc-dich",
      label: t.parts.purposes,
      content: <PurposesPart purposes={plan.purposes} requirements={plan.requirements} />,
    },
    {
      id: "noi-dung",
      label: t.parts.content,
      content: (
        <ContentPart
          audiences={plan.audiences}
          themes={plan.themes}
          indices={plan.indices}
          forms={plan.forms}
          targets={plan.targets}
        />
      ),
    },
    { id: "bo-cuc", label: t.parts.sections, content: <SectionsPart sections={plan.sections} /> },
    { id: "nhiem-vu", label: t.parts.tasks, content: <TaskTree tasks={plan.tasks} /> },
    { id: "kinh-phi", label: t.parts.budget, content: <BudgetPart budget={plan.budget} /> },
    {
      id: "to-chuc",
      label: t.parts.duties,
      content: <DutiesPart implementation={plan.implementation} getPlan={getPlan} />,
    },
    { id: "bao-cao", label: t.parts.reporting, content: <ReportingPart reporting={plan.reporting} /> },
    {
      id: "noi-nhan",
      label: t.parts.recipients,
      content: <RecipientsPart closing={plan.closing} recipients={plan.recipients} getPlan={getPlan} />,
    },
    {
      id: "nguoi-ky",
      label: t.parts.signer,
      content: <SignerPart signer={plan.signer} issuerId={plan.issuer.agencyId} />,
    },
    { id: "phu-luc", label: t.parts.appendices, content: <AppendicesPart appendices={plan.appendices} /> },
    {
      id: "quyet-dinh",
      label: t.parts.decision,
      content: <DecisionPart decision={plan.decision} getPlan={getPlan} />,
    },
  ];

  return (
    <Shell actions={<SaveIndicator state={editor.save} />}>
      <EditorContext.Provider value={tools}>
        <div className="pb-editor-screen">
          <div className="pb-topbar">
            <a className="pb-back" href={LIBRARY_HREF}>
              {t.editor.backToLibrary}
            </a>
            <h1 className="pb-screen__title">{plan.title || t.editor.untitled}</h1>
            {isSample ? (
              <p className="pb-topbar__sample">
                <Badge tone="warning">{t.sample.badge}</Badge>
              </p>
            ) : null}
            <p className="pb-topbar__meta">
              {t.editor.meta(plan.planYear, issued ? t.status.issued : t.status.draft)}
            </p>
          </div>
          <ViewSwitch view={view} onChange={setView} preview={showPreview} />
          <Toolbar aria-label={t.editor.toolbar} className="pb-toolbar">
            <Button
              variant="ghost"
              size="sm"
              iconStart={<UndoIcon />}
              onClick={editor.undo}
              disabled={!editor.canUndo}
              aria-keyshortcuts="Control+Z"
            >
              {t.editor.undo}
            </Button>
            <Button
              variant="ghost"
              size="sm"
              iconStart={<RedoIcon />}
              onClick={editor.redo}
              disabled={!editor.canRedo}
              aria-keyshortcuts="Control+Y"
            >
              {t.editor.redo}
            </Button>
            {sample ? (
              <Button variant="primary" size="sm" onClick={() => void copySample()}>
                {t.sample.copy}
              </Button>
            ) : issued ? (
              <Button variant="secondary" size="sm" onClick={() => setUnissuing(true)}>
                {t.editor.unissue}
              </Button>
            ) : (
              <Button variant="primary" size="sm" onClick={() => setIssuing(true)}>
                {t.editor.issue}
              </Button>
            )}
            <Button
              variant="secondary"
              size="sm"
              onClick={() => void exportPdf(false)}
              disabled={busy !== null}
            >
              {busy === "pdf" ? t.editor.exporting : t.editor.exportPdf}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => void exportDocx()} disabled={busy !== null}>
              {busy === "docx" ? t.editor.exportingDocx : t.editor.exportDocx}
            </Button>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => void exportPdf(true)}
              disabled={busy !== null}
            >
              {t.editor.print}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => void exportEdxml()} disabled={busy !== null}>
              {busy === "edxml" ? t.editor.exportingEdxml : t.editor.exportEdxml}
            </Button>
            <Button variant="secondary" size="sm" onClick={exportJson}>
              {t.editor.exportJson}
            </Button>
            <Button
              variant="ghost"
              size="sm"
              aria-pressed={showPreview}
              onClick={() => {
                const next = !showPreview;
                setShowPreview(next);
                rememberPreviewChoice(next);
              }}
            >
              {t.editor.showPreview}
            </Button>
          </Toolbar>
          <div className="pb-notices">
            {editor.save.kind === "failed" ? (
              <SaveFailedNotice
                failure={editor.save.failure}
                onRetry={() => void editor.saveNow()}
                plan={plan}
              />
            ) : null}
            {isSample ? (
              <Alert tone="warning" title={sample ? t.sample.viewTitle : t.sample.badge}>
                {sample ? t.sample.viewBody(plan.issuer.name) : t.sample.storedBody}
              </Alert>
            ) : null}
            {outcome ? (
              <Alert
                tone={outcome.tone}
                live
                title={outcome.text}
                actions={
                  <Button variant="ghost" size="sm" onClick={() => setOutcome(null)}>
                    {t.common.dismiss}
                  </Button>
                }
              >
                {outcome.failure ? (
                  <p>
                    <WriteFailureText failure={outcome.failure} />
                  </p>
                ) : outcome.problems ? (
                  <ul>
                    {outcome.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                ) : undefined}
              </Alert>
            ) : null}
            {editor.notice ? (
              <Alert
                tone="info"
                live
                title={t.editor.notices[editor.notice]}
                actions={
                  <Button variant="ghost" size="sm" onClick={editor.dismissNotice}>
                    {t.common.dismiss}
                  </Button>
                }
              />
            ) : null}
            {editor.otherTab ? (
              <Alert tone="warning" live title={t.editor.otherTab}>
                {t.editor.otherTabBody}
              </Alert>
            ) : null}
            {issued && !sample ? (
              // The sample's own notice says what can be done with it (a draft, not "Chuyển về dự thảo").
              <Alert tone="info" title={t.editor.issuedBanner(plan.number ?? "", plan.symbol)}>
                {t.editor.issuedBody}
              </Alert>
            ) : null}
            {review.length > 0 ? <ReviewPanel items={review} onDismiss={dismissReview} /> : null}
          </div>
          <div className="pb-workspace" data-preview={showPreview ? "on" : "off"} data-view={view}>
            <div className="pb-editor-col">
              <nav className="pb-parts-nav" aria-label={t.editor.partsNav}>
                <ul>
                  {parts.map((part) => (
                    <li key={part.id}>
                      <button
                        type="button"
                        className="pb-link-button"
                        onClick={() => {
                          const heading = document.getElementById(`phan-${part.id}-h`);
                          if (!heading) return;
                          heading.focus({ preventScroll: true });
                          scrollIntoViewSettled(heading, "start");
                        }}
                      >
                        {part.label}
                      </button>
                    </li>
                  ))}
                </ul>
              </nav>
              <fieldset className="pb-editor-form" disabled={readOnly}>
                {parts.map((part, index) => (
                  <section key={part.id} className="pb-part" aria-labelledby={`phan-${part.id}-h`}>
                    <h2 id={`phan-${part.id}-h`} className="pb-part__title" tabIndex={-1}>
                      {part.label}
                    </h2>
                    {/* The first part fills the first screen; the others follow in a transition. */}
                    {index === 0 ? part.content : <Deferred>{part.content}</Deferred>}
                  </section>
                ))}
              </fieldset>
            </div>
            <aside className="pb-side" aria-label={t.editor.sideLabel}>
              <ValidationPanel
                result={result}
                mode={mode}
                onModeChange={setMode}
                onWaive={waive}
                onUnwaive={unwaive}
                readOnly={readOnly}
              />
              {showPreview ? <PreviewPane service={service} /> : null}
            </aside>
          </div>
        </div>
        <IssueDialog
          open={issuing}
          onOpenChange={setIssuing}
          plan={plan}
          service={service}
          matcher={matcher}
          onIssue={(number, date) => {
            edit({ type: "replace", plan: { ...getPlan(), number, issuedOn: date } });
            setIssuing(false);
          }}
        />
        <ConfirmDialog
          open={unissuing}
          onOpenChange={setUnissuing}
          title={t.editor.unissueTitle}
          description={t.editor.unissueBody}
          confirmLabel={t.editor.unissue}
          cancelLabel={t.common.cancel}
          onConfirm={() => edit({ type: "set", path: ["number"], value: undefined })}
        />
        <Dialog
          open={editor.conflict}
          onOpenChange={() => {}}
          role="alertdialog"
          showCloseButton={false}
          dismissOnOutsideClick={false}
          title={t.editor.conflictTitle}
          description={t.editor.conflictBody}
          footer={
            <div className="pb-row">
              <Button variant="secondary" onClick={() => void editor.resolveConflict("theirs")}>
                {t.editor.conflictTheirs}
              </Button>
              <Button onClick={() => void editor.resolveConflict("mine")}>{t.editor.conflictMine}</Button>
            </div>
          }
        />
      </EditorContext.Provider>
    </Shell>
  );
}

function ReviewPanel({ items, onDismiss }: { items: ReviewItem[]; onDismiss: () => void }) {
  const t = useT();
  return (
    <Alert
      tone="warning"
      title={t.review.title(items.length)}
      actions={
        <Button variant="secondary" size="sm" onClick={onDismiss}>
          {t.review.done}
        </Button>
      }
    >
      <details open>
        <summary>{t.review.show}</summary>
        <ul className="pb-review">
          {items.map((item, i) => (
            <li key={`${item.kind}-${item.path}-${i}`}>
              <button type="button" className="pb-finding__link" onClick={() => focusPath(item.path)}>
                {item.where}
              </button>{" "}
              <span>{t.review.kinds[item.kind](item)}</span>
            </li>
          ))}
        </ul>
      </details>
    </Alert>
  );
}
