import { Alert } from "@kehoach/ui/alert";
import { Link } from "@kehoach/ui/link";
import { WorkProgress } from "@kehoach/ui/progress";
import type { VanBan } from "@kehoach/vanban";
import { fetchFontSet } from "@kehoach/vanban/fonts/fetch";
import bold from "@kehoach/vanban/fonts/tinos-vi/Tinos-Bold.ttf?url";
import bolditalics from "@kehoach/vanban/fonts/tinos-vi/Tinos-BoldItalic.ttf?url";
import italics from "@kehoach/vanban/fonts/tinos-vi/Tinos-Italic.ttf?url";
import normal from "@kehoach/vanban/fonts/tinos-vi/Tinos-Regular.ttf?url";
import { pdfmakeFontContainer, vanBanToPdfmake } from "@kehoach/vanban/pdfmake";
import { useEffect, useRef, useState } from "react";

const STEPS = ["Tải pdfmake và phông chữ Tinos", "Dựng tệp PDF bằng pdfmake", "Vẽ các trang"];

type State = { step: number } | { pages: number; url: string } | { error: string };

interface PdfMake {
  addFontContainer(container: ReturnType<typeof pdfmakeFontContainer>): void;
  createPdf(definition: ReturnType<typeof vanBanToPdfmake>): { getBuffer(): Promise<Uint8Array> };
}

let engine: Promise<PdfMake> | undefined;

/** pdfmake's browser build with the Vietnamese subset of Tinos in its virtual file system, loaded once. */
function pdfmakeWithTinos(): Promise<PdfMake> {
  engine ??= (async () => {
    const [module, fonts] = await Promise.all([
      import("pdfmake/build/pdfmake.js"),
      fetchFontSet("Tinos-vi", { normal, bold, italics, bolditalics }),
    ]);
    const pdfMake = ((module as { default?: unknown }).default ?? module) as PdfMake;
    pdfMake.addFontContainer(pdfmakeFontContainer(fonts));
    return pdfMake;
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/**
 * The same văn bản through the second engine: the definition of @kehoach/vanban/pdfmake rendered
 * by pdfmake 0.3 in the browser, drawn page by page with pdf.js.
 */
export function PdfmakePreview({ doc, label, fileName }: { doc: VanBan; label: string; fileName: string }) {
  const [state, setState] = useState<State>({ step: 0 });
  const pagesRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    let url: string | undefined;
    (async () => {
      try {
        const pdfMake = await pdfmakeWithTinos();
        if (cancelled) return;
        setState({ step: 1 });
        const bytes = new Uint8Array(await pdfMake.createPdf(vanBanToPdfmake(doc)).getBuffer());
        if (cancelled) return;
        setState({ step: 2 });
        const pdfjs = await import("pdfjs-dist");
        const worker = await import("pdfjs-dist/build/pdf.worker.min.mjs?url");
        pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
        // pdf.js takes ownership of the buffer it is given: keep the bytes for the download link.
        const pdf = await pdfjs.getDocument({ data: bytes.slice() }).promise;
        const host = pagesRef.current;
        if (!host || cancelled) return;
        host.replaceChildren();
        for (let n = 1; n <= pdf.numPages; n++) {
          const page = await pdf.getPage(n);
          const viewport = page.getViewport({ scale: 1.25 });
          const canvas = document.createElement("canvas");
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.setAttribute("role", "img");
          canvas.setAttribute("aria-label", `${label}: trang ${n}/${pdf.numPages}`);
          canvas.className = "sb-pdf-page";
          host.append(canvas);
          const context = canvas.getContext("2d");
          if (!context) throw new Error("Trình duyệt không vẽ được canvas 2D.");
          await page.render({ canvas, canvasContext: context, viewport }).promise;
          if (cancelled) return;
        }
        url = URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
        setState({ pages: pdf.numPages, url });
      } catch (reason) {
        if (!cancelled) setState({ error: reason instanceof Error ? reason.message : String(reason) });
      }
    })();
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [doc, label]);

  return (
    <section aria-label={label} className="sb-document" aria-busy={"step" in state}>
      {"step" in state && (
        <WorkProgress title={`Đang dựng ${label}`} steps={STEPS} currentStep={state.step} />
      )}
      {"error" in state && (
        <Alert tone="error" title="pdfmake không dựng được tệp PDF">
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
