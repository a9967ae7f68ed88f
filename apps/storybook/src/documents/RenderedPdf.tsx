import { Alert } from "@kehoach/ui/alert";
import { Link } from "@kehoach/ui/link";
import { WorkProgress } from "@kehoach/ui/progress";
import { PageRenderer } from "@kehoach/vanban/browser/page-renderer";
import { useEffect, useRef, useState } from "react";

// A PDF made in the browser by one of the engines, drawn page by page with pdf.js at the size it
// prints, with a link to download the very bytes drawn. Both engines' stories show their PDF
// through it, so a difference between them is the engines', never the previews'.

type State = { step: number } | { pages: number; url: string } | { error: string };

export interface PdfEngine {
  /** The steps shown while it works: loading (step 0), rendering (step 1), drawing (step 2). */
  steps: readonly [string, string, string];
  /** Loads what the engine needs (code, fonts); called before `render`. */
  load(): Promise<unknown>;
  render(): Promise<Uint8Array>;
  /** The error's title when the engine fails. */
  failure: string;
}

export function RenderedPdf({
  engine,
  label,
  fileName,
}: {
  engine: PdfEngine;
  label: string;
  fileName: string;
}) {
  const [state, setState] = useState<State>({ step: 0 });
  const pagesRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    let url: string | undefined;
    let pages: PageRenderer | undefined;
    const fail = (reason: unknown) => {
      if (!cancelled) setState({ error: reason instanceof Error ? reason.message : String(reason) });
    };
    (async () => {
      try {
        setState({ step: 0 });
        await engine.load();
        if (cancelled) return;
        setState({ step: 1 });
        const bytes = await engine.render();
        if (cancelled) return;
        setState({ step: 2 });
        const host = pagesRef.current;
        if (!host) return;
        // pdf.js takes the buffer it is given: the download link keeps its own copy.
        const download = new Uint8Array(bytes);
        pages = new PageRenderer(host, {
          pageLabel: (n, total) => `${label}: trang ${n}/${total}`,
          pageClassName: "sb-pdf-page",
          textLayer: false,
          scale: 1.25,
          onRendered: (info) => {
            if (cancelled) return;
            url = URL.createObjectURL(new Blob([download], { type: "application/pdf" }));
            setState({ pages: info.pages, url });
          },
          onError: fail,
        });
        pages.show(bytes);
      } catch (reason) {
        fail(reason);
      }
    })();
    return () => {
      cancelled = true;
      pages?.destroy();
      if (url) URL.revokeObjectURL(url);
    };
  }, [engine, label]);

  return (
    <section aria-label={label} className="sb-document" aria-busy={"step" in state}>
      {"step" in state && (
        <WorkProgress title={`Đang dựng ${label}`} steps={[...engine.steps]} currentStep={state.step} />
      )}
      {"error" in state && (
        <Alert tone="error" title={engine.failure}>
          {state.error}
        </Alert>
      )}
      {"pages" in state && (
        <p>
          {state.pages} trang ·{" "}
          <Link href={state.url} download={fileName}>
            Tải tệp PDF ({fileName})
          </Link>
        </p>
      )}
      <div ref={pagesRef} className="sb-pdf-pages" />
    </section>
  );
}
