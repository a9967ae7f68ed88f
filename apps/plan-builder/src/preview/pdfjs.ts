import pdfWorkerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";

// pdf.js, loaded on first use (the preview, printing): about 120 KB gzip the first screen never
// waits for. It parses in its own worker; eval stays off, as the site's CSP forbids it.

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
  return pdfjs;
}

/** Starts loading pdf.js and its worker, so the first preview does not wait for them. */
export function warmPdfJs(): void {
  void loadPdfJs().then((lib) => {
    worker ??= new lib.PDFWorker();
  });
}

export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const lib = await loadPdfJs();
  worker ??= new lib.PDFWorker();
  // pdf.js takes the buffer to its worker: a copy keeps the caller's bytes usable.
  return lib.getDocument({ data: bytes.slice(), isEvalSupported: false, worker }).promise;
}
