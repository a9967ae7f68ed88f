/// <reference lib="dom" />
import pdfWorkerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";

// pdf.js, loaded on first use (a preview, printing): about 120 KB gzip the first screen never
// waits for. It parses in its own worker, one for the page; eval stays off, as the site's
// Content-Security-Policy forbids it.

export type PdfJs = typeof import("pdfjs-dist");
export type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;

let pdfjs: Promise<PdfJs> | undefined;
// One pdf.js worker for the page: without it, every document would start (and parse) its own.
let worker: InstanceType<PdfJs["PDFWorker"]> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import("pdfjs-dist").then((module) => {
    module.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
    return module;
  });
  const loading = pdfjs;
  loading.catch(() => {
    if (pdfjs === loading) pdfjs = undefined;
  });
  return loading;
}

/** Starts loading pdf.js and its worker, so the first preview does not wait for them. */
export function warmPdfJs(): void {
  void loadPdfJs()
    .then((lib) => {
      worker ??= new lib.PDFWorker();
    })
    .catch(() => {
      // The preview that needs it reports the failure.
    });
}

/** A PDF opened for drawing; the caller's bytes stay usable (pdf.js takes a copy). */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const lib = await loadPdfJs();
  worker ??= new lib.PDFWorker();
  return lib.getDocument({ data: bytes.slice(), isEvalSupported: false, worker }).promise;
}
