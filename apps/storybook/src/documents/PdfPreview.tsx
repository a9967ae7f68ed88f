import { Alert } from "@kehoach/ui/alert";
import { Link } from "@kehoach/ui/link";
import { WorkProgress } from "@kehoach/ui/progress";
import type { VanBan } from "@kehoach/vanban";
import { tinosVi } from "@kehoach/vanban/browser/fonts";
import { PageRenderer } from "@kehoach/vanban/browser/page-renderer";
import { pdfRenderer } from "@kehoach/vanban/browser/pdf";
import { useEffect, useRef, useState } from "react";

const STEPS = ["Tải phông chữ Tinos", "Dựng tệp PDF", "Vẽ các trang"];

type State = { step: number } | { pages: number; url: string } | { error: string };

/**
 * The faithful preview: the real PDF from @kehoach/vanban/pdf, drawn page by page with pdf.js,
 * exactly what an official downloads and prints.
 */
export function PdfPreview({ doc, label, fileName }: { doc: VanBan; label: string; fileName: string }) {
  const [state, setState] = useState<State>({ step: 0 });
  const pagesRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    let url: string | undefined;
    let pages: PageRenderer | undefined;
    (async () => {
      try {
        await tinosVi();
        if (cancelled) return;
        setState({ step: 1 });
        const bytes = await pdfRenderer().render(doc);
        if (cancelled) return;
        setState({ step: 2 });
        const host = pagesRef.current;
        if (!host) return;
        // One picture per page, at a fixed size, as it prints.
        pages = new PageRenderer(host, {
          pageLabel: (n, total) => `${label}: trang ${n}/${total}`,
          pageClassName: "sb-pdf-page",
          textLayer: false,
          scale: 1.25,
          onRendered: (info) => {
            if (cancelled) return;
            url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: "application/pdf" }));
            setState({ pages: info.pages, url });
          },
          onError: (reason) => {
            if (!cancelled) setState({ error: reason instanceof Error ? reason.message : String(reason) });
          },
        });
        pages.show(bytes);
      } catch (reason) {
        if (!cancelled) setState({ error: reason instanceof Error ? reason.message : String(reason) });
      }
    })();
    return () => {
      cancelled = true;
      pages?.destroy();
      if (url) URL.revokeObjectURL(url);
    };
  }, [doc, label]);

  return (
    <section aria-label={label} className="sb-document" aria-busy={"step" in state}>
      {"step" in state && (
        <WorkProgress title={`Đang dựng ${label}`} steps={STEPS} currentStep={state.step} />
      )}
      {"error" in state && (
        <Alert tone="error" title="Không dựng được tệp PDF">
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
