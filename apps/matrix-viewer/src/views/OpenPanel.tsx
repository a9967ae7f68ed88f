import { type Language, type LoadProblem, MAX_PLAN_FILE_BYTES } from "@kehoach/plan-model";
import type { PlanSummary } from "@kehoach/plan-store";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { FileDrop } from "@kehoach/ui/file-drop";
import { WordedText } from "@kehoach/ui/messages";
import type { ReactNode } from "react";
import { useLanguage } from "../i18n/context.js";
import type { Messages } from "../i18n/vi.js";
import type { OpenPlan } from "../model/workspace.js";
import type { OpenRefusal } from "../state/open-plans.js";

export interface OpenPanelProps {
  plans: readonly OpenPlan[];
  labels: readonly string[];
  stored: readonly PlanSummary[] | null;
  /** Set when the browser's storage (IndexedDB) could not be opened: what it said. */
  storageError?: string | null;
  failures: readonly OpenRefusal[];
  status: string;
  onOpenStored: (id: string) => void;
  onOpenSample: () => void;
  onFiles: (files: File[]) => void;
  onClose: (index: number) => void;
}

/** The open plans, and the three ways to open more: browser storage, a file, the sample. */
export function OpenPanel(props: OpenPanelProps) {
  const { t, lang } = useLanguage();
  const { plans, labels, stored, failures, status } = props;
  const openIds = new Set(plans.map((p) => p.plan.id));
  return (
    <section className="mv-open" aria-labelledby="mv-open-heading">
      <h2 id="mv-open-heading">{t.openHeading}</h2>
      {plans.length > 0 ? (
        <ul className="mv-open__list">
          {plans.map((p, i) => (
            <li key={`${p.source}:${p.ref}:${p.plan.id}`}>
              <span>
                <strong>{labels[i]}</strong> — {p.plan.title}{" "}
                <span className="mv-muted">({t.sourceLabels[p.source]})</span>
              </span>
              <Button variant="ghost" size="sm" onClick={() => props.onClose(i)}>
                {t.close(labels[i] ?? "")}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.openNoneHint}</p>
      )}
      <details className="mv-open__more" open={plans.length === 0 ? true : undefined}>
        <summary>{plans.length === 0 ? t.openHow : t.openMore}</summary>
        <div className="mv-open__sources">
          <div>
            <h3>{t.storedHeading}</h3>
            {props.storageError ? (
              <Alert tone="error" title={t.storageFailedTitle} live>
                <p>{t.storageFailedText}</p>
                <p className="mv-muted">{t.storageFailedDetail(props.storageError)}</p>
              </Alert>
            ) : stored === null ? (
              <p>{t.loading}</p>
            ) : stored.length === 0 ? (
              <p className="mv-muted">{t.storedNone}</p>
            ) : (
              <ul className="mv-open__stored">
                {stored.map((s) => (
                  <li key={s.id}>
                    <Button
                      variant="secondary"
                      size="sm"
                      disabled={!s.readable || openIds.has(s.id)}
                      onClick={() => props.onOpenStored(s.id)}
                    >
                      {t.openStored(s.title || s.id)}
                    </Button>{" "}
                    {s.readable ? null : <span className="mv-muted">{t.storedUnreadable}</span>}
                  </li>
                ))}
              </ul>
            )}
            <Button variant="primary" onClick={props.onOpenSample}>
              {t.openSample}
            </Button>
          </div>
          <FileDrop
            label={t.fileLabel}
            extensions={[".json"]}
            maxBytes={MAX_PLAN_FILE_BYTES}
            multiple
            onFiles={props.onFiles}
          />
        </div>
      </details>
      <output className="mv-status" aria-live="polite">
        {status}
      </output>
      {failures.map((refusal) => {
        const { title, problems } = refusalText(t, lang, refusal);
        return (
          <Alert key={title} tone="error" title={title} live>
            <p>{t.problemsIntro}</p>
            <ul>
              {problems.map((p) => (
                <li key={p.key}>
                  {p.where ? <strong>{p.where}: </strong> : null}
                  {p.message}
                </li>
              ))}
            </ul>
          </Alert>
        );
      })}
    </section>
  );
}

/**
 * A refusal in the screen's words. The plan's loader (@kehoach/plan-model) words each problem it
 * finds in both languages; in English, the user's own words a message quotes are marked as Vietnamese.
 */
function refusalText(
  t: Messages,
  lang: Language,
  refusal: OpenRefusal,
): { title: string; problems: { key: string; where: ReactNode; message: ReactNode }[] } {
  const loaded = (problems: readonly LoadProblem[]) =>
    problems.map((p) => ({
      key: `${p.path}:${p.message}`,
      where: lang === "en" ? p.whereEn : p.where,
      message: <WordedText lang={lang} vi={p.message} en={p.messageEn} quotes={p.quotes} />,
    }));
  switch (refusal.kind) {
    case "stored":
      return {
        title: t.refusedStored(refusal.id),
        problems: refusal.missing
          ? [{ key: "missing", where: t.storedWhere, message: t.storedMissing }]
          : loaded(refusal.problems),
      };
    case "file":
      return { title: t.refusedFile(refusal.fileName), problems: loaded(refusal.problems) };
    case "locality":
      return {
        title: t.refusedPlan(refusal.title),
        problems: [
          {
            key: "locality",
            where: t.localityWhere,
            message: t.otherLocality(refusal.own, refusal.locality),
          },
        ],
      };
  }
}
