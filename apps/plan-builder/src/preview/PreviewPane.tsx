import { Alert } from "@kehoach/ui/alert";
import { PageRenderer } from "@kehoach/vanban/browser/page-renderer";
import { warmPdfJs } from "@kehoach/vanban/browser/pdfjs";
import { memo, useEffect, useRef, useState } from "react";
import { useT } from "../i18n/context.js";
import type { DocumentService } from "./document-service.js";
import { firstPreviewSettled } from "./first-preview.js";
import { followField } from "./follow-focus.js";
import type { DocumentProblem } from "./protocol.js";

// The preview: the PDF itself, drawn page by page, updated from the document worker as the plan
// changes, and scrolled to the text of the field being edited. When the renderer refuses a
// version (a wrong signer prefix, …), the last good pages stay and the reasons are listed above them.

type Status =
  | { kind: "waiting" }
  | { kind: "ready"; pages: number; filled: string[] }
  | { kind: "refused"; message: string; problems: DocumentProblem[] }
  | { kind: "failed"; message: string };

export const PreviewPane = memo(function PreviewPane({ service }: { service: DocumentService }) {
  const t = useT();
  const host = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>({ kind: "waiting" });
  const filled = useRef<string[]>([]);
  const labels = useRef(t);
  labels.current = t;

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    warmPdfJs();
    const renderer = new PageRenderer(element, {
      pageLabel: (n, total) => labels.current.preview.page(n, total),
      onRendered: ({ pages }) => setStatus({ kind: "ready", pages, filled: filled.current }),
      onError: (error) => {
        firstPreviewSettled();
        setStatus({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
      },
      pageClassName: "pb-page",
      // The benchmark waits for this mark (bench/bench.mjs).
      firstPageMark: "pb:first-preview-page",
      onFirstPage: firstPreviewSettled,
    });
    const stop = service.subscribe((response) => {
      if (response.type === "rendered") {
        filled.current = response.filled;
        renderer.show(response.bytes);
      } else if (response.type === "render-failed") {
        firstPreviewSettled();
        setStatus({ kind: "refused", message: response.message, problems: response.problems });
      }
    });
    return () => {
      stop();
      renderer.destroy();
    };
  }, [service]);

  // The document follows the field being edited (follow-focus.ts).
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const follow = (event: FocusEvent) => {
      if (event.target instanceof Element && event.target.closest("[data-path]"))
        followField(element, event.target);
    };
    document.addEventListener("focusin", follow);
    return () => document.removeEventListener("focusin", follow);
  }, []);

  return (
    <section className="pb-preview" aria-labelledby="pb-preview-heading">
      <div className="pb-preview__head">
        <h2 id="pb-preview-heading" className="pb-side__title">
          {t.preview.heading}
        </h2>
        <p className="pb-preview__status" aria-live="polite">
          {status.kind === "waiting"
            ? t.preview.waiting
            : status.kind === "ready"
              ? t.preview.ready(status.pages)
              : status.kind === "refused"
                ? t.preview.refused
                : t.preview.failed}
        </p>
      </div>
      {status.kind === "ready" && status.filled.length > 0 ? (
        <p className="pb-hint">
          {t.preview.filled(
            status.filled.map((f) => t.preview.filledParts[f as keyof typeof t.preview.filledParts] ?? f),
          )}
        </p>
      ) : null}
      {status.kind === "refused" ? (
        <Alert tone="warning" title={t.preview.refusedTitle}>
          <ul>
            {(status.problems.length > 0 ? status.problems : [{ path: "", message: status.message }]).map(
              (p) => (
                <li key={`${p.path}-${p.message}`}>{p.message}</li>
              ),
            )}
          </ul>
        </Alert>
      ) : null}
      {status.kind === "failed" ? (
        <Alert tone="error" title={t.preview.failedTitle}>
          {status.message}
        </Alert>
      ) : null}
      <div
        ref={host}
        className="pb-pages"
        role="document"
        aria-label={t.preview.documentLabel}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling document must be reachable by keyboard to be read
        tabIndex={0}
      />
    </section>
  );
});
