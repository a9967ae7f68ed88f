/// <reference lib="dom" />
import pdfjsUrl from "pdfjs-dist/build/pdf.min.mjs?url";
import pdfWorkerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";

// pdf.js, loaded on first use (a preview, printing): about 120 KB gzip the first screen never
// waits for. It parses in its own worker, one for the page, started before pdf.js itself has
// loaded; eval stays off, as the site's Content-Security-Policy forbids it.

export type PdfJs = typeof import("pdfjs-dist");
export type PdfDocument = Awaited<ReturnType<PdfJs["getDocument"]>["promise"]>;

let pdfjs: Promise<PdfJs> | undefined;
// One pdf.js worker for the page: without it, every document would start (and parse) its own.
let worker: Promise<InstanceType<PdfJs["PDFWorker"]>> | undefined;
let thread: Promise<Worker | null> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  // pdf.js's own ES module file, by its address: prefetchPdfJs can fetch it ahead, unrun.
  pdfjs ??= (import(/* @vite-ignore */ pdfjsUrl) as Promise<PdfJs>).then((module) => {
    module.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;
    return module;
  });
  const loading = pdfjs;
  loading.catch(() => {
    if (pdfjs === loading) pdfjs = undefined;
  });
  return loading;
}

/**
 * pdf.js's worker thread, started at once rather than after pdf.js itself has loaded: its megabyte
 * of code is fetched and parsed on its own thread meanwhile. It is handed to pdf.js once it says
 * it is ready; if it cannot start, null, and pdf.js starts its own (or works without one).
 */
function startThread(): Promise<Worker | null> {
  thread ??= new Promise((resolve) => {
    let started: Worker;
    try {
      started = new Worker(pdfWorkerUrl, { type: "module", name: "pdf.js" });
    } catch {
      resolve(null);
      return;
    }
    // The first message of pdf.js's worker is its "ready"; the page's side starts after it.
    started.addEventListener("message", () => resolve(started), { once: true });
    started.addEventListener(
      "error",
      () => {
        started.terminate();
        resolve(null);
      },
      { once: true },
    );
  });
  return thread;
}

function pdfWorker(lib: PdfJs): Promise<InstanceType<PdfJs["PDFWorker"]>> {
  worker ??= startThread().then((port) => (port ? lib.PDFWorker.create({ port }) : new lib.PDFWorker()));
  return worker;
}

let prefetched = false;

/**
 * Starts pdf.js's worker thread and fetches pdf.js itself without running it (a modulepreload):
 * for a page still busy drawing itself, which runs pdf.js (warmPdfJs) once it is done.
 */
export function prefetchPdfJs(): void {
  void startThread();
  if (prefetched || pdfjs || typeof document === "undefined") return;
  prefetched = true;
  const link = document.createElement("link");
  link.rel = "modulepreload";
  link.href = pdfjsUrl;
  document.head.append(link);
}

/** Starts loading pdf.js and its worker, so the first preview does not wait for them. */
export function warmPdfJs(): void {
  void startThread();
  void loadPdfJs()
    .then(pdfWorker)
    .catch(() => {
      // The preview that needs it reports the failure.
    });
}

/** A PDF opened for drawing; the caller's bytes stay usable (pdf.js takes a copy). */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const lib = await loadPdfJs();
  return lib.getDocument({ data: bytes.slice(), isEvalSupported: false, worker: await pdfWorker(lib) })
    .promise;
}
