/// <reference lib="webworker" />
// First: zod must hear that the site's CSP forbids eval before the plan schemas load.
import "@kehoach/site-kit/browser/csp";
import { createDirectory, type Language, type Plan, validatePlan } from "@kehoach/plan-model";
import type { FontSet } from "@kehoach/vanban";
import { loadFontSet } from "@kehoach/vanban/browser/font-loading";
import { TINOS_VI } from "@kehoach/vanban/browser/fonts";
import { exportDocument, previewDocument } from "./plan-document.js";
import type { DocumentProblem, WorkerRequest, WorkerResponse } from "./protocol.js";

// The editor's document worker: the rule catalogue and the PDF renderer, off the page's thread.
// Versions of the plan arrive with every keystroke; while one is being processed, newer ones
// replace each other, so the worker always moves to the latest and never falls behind.

declare const self: DedicatedWorkerGlobalScope;

type PdfModule = typeof import("@kehoach/vanban/pdf");

let fonts: Promise<FontSet> | undefined;
// The renderer (pdfkit) is the heavy part; the rules run while it is still loading.
let pdf: Promise<PdfModule> | undefined;
let directory: ReturnType<typeof createDirectory> | undefined;
let waiting: { seq: number; plan: Plan; render: boolean; language: Language } | null = null;
let running = false;
let lastFindings = "";
/** The renderer and the fonts have loaded. */
let engineReady = false;
/** A version has been rendered (or refused). */
let rendered = false;

const post = (message: WorkerResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

self.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  switch (request.type) {
    case "init":
      directory = createDirectory(request.locality);
      fonts = loadFontSet(TINOS_VI, request.fontUrls);
      // The renderer and its engine (pdfkit) are fetched and compiled now, while the editor is
      // laid out, not when the first version arrives.
      pdf = import("@kehoach/vanban/pdf").then(async (module) => {
        await module.loadPdfKit();
        return module;
      });
      // A failed font download is reported with the render that needed it.
      fonts.catch(() => {});
      pdf.catch(() => {});
      Promise.all([pdf, fonts]).then(
        () => {
          engineReady = true;
        },
        () => {},
      );
      break;
    case "plan":
      waiting = request;
      if (!running) void run();
      break;
    case "export":
      void exportPlan(request.id, request.plan);
      break;
    case "check":
      post({
        type: "check-result",
        id: request.id,
        result: validatePlan(request.plan, { mode: "issued", directory, language: request.language }),
      });
      break;
  }
});

async function run(): Promise<void> {
  running = true;
  while (waiting) {
    const job = waiting;
    waiting = null;
    // The first preview is what the opening editor waits for: once the renderer is ready, the
    // first version is drawn before it is checked (the checks follow at once). While the
    // renderer is still loading, the checks run first, in the meantime.
    const drawFirst = job.render && !rendered && engineReady;
    if (drawFirst) {
      await render(job.seq, job.plan);
      await tick();
    }
    check(job.seq, job.plan, job.language);
    await tick();
    // A newer version arrived meanwhile: render that one instead.
    if (drawFirst || waiting || !job.render) continue;
    await render(job.seq, job.plan);
    await tick();
  }
  running = false;
}

function check(seq: number, plan: Plan, language: Language): void {
  const started = performance.now();
  const draft = validatePlan(plan, { mode: "draft", directory, language });
  const issued = validatePlan(plan, { mode: "issued", directory, language });
  // Most keystrokes change no finding: the page hears only of a change.
  const findings = JSON.stringify([draft, issued]);
  if (findings !== lastFindings) {
    lastFindings = findings;
    post({ type: "checked", seq, draft, issued, ms: performance.now() - started });
  }
}

async function render(seq: number, plan: Plan): Promise<void> {
  const started = performance.now();
  try {
    const [{ renderPdf }, fontSet] = await Promise.all([
      pdf as Promise<PdfModule>,
      fonts as Promise<FontSet>,
    ]);
    const { doc, filled } = previewDocument(plan);
    const bytes = await renderPdf(doc, { fonts: fontSet });
    post({ type: "rendered", seq, bytes, filled, ms: performance.now() - started }, [
      bytes.buffer as ArrayBuffer,
    ]);
  } catch (error) {
    post({ type: "render-failed", seq, ...describe(error) });
  }
  rendered = true;
}

async function exportPlan(id: number, plan: Plan): Promise<void> {
  try {
    const [{ renderPdf }, fontSet] = await Promise.all([
      pdf as Promise<PdfModule>,
      fonts as Promise<FontSet>,
    ]);
    const bytes = await renderPdf(exportDocument(plan), { fonts: fontSet });
    post({ type: "exported", id, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    post({ type: "export-failed", id, ...describe(error) });
  }
}

function describe(error: unknown): { message: string; problems: DocumentProblem[] } {
  const problems = (error as { problems?: unknown }).problems;
  return {
    message: error instanceof Error ? error.message : String(error),
    problems: Array.isArray(problems)
      ? problems.map((p) => ({
          path: String((p as DocumentProblem).path ?? ""),
          message: String((p as DocumentProblem).message ?? p),
        }))
      : [],
  };
}
