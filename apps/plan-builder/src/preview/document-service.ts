import type { Language, Locality, Plan, ValidationResult } from "@kehoach/plan-model";
import { absoluteUrls } from "@kehoach/vanban/browser/font-loading";
import { TINOS_VI_URLS } from "@kehoach/vanban/browser/fonts";
import { prefetchPdfJs } from "@kehoach/vanban/browser/pdfjs";
import { previewChosen } from "./preview-choice.js";
import type { DocumentProblem, WorkerRequest, WorkerResponse } from "./protocol.js";

// The page's side of the document worker: one worker per editor, fed every version of the plan,
// answering with the findings and the PDF of the latest one.

export class DocumentExportError extends Error {
  readonly problems: DocumentProblem[];
  constructor(message: string, problems: DocumentProblem[]) {
    super(message);
    this.name = "DocumentExportError";
    this.problems = problems;
  }
}

type Listener = (response: WorkerResponse) => void;

// A service started ahead of its editor (startDocumentService), for the editor to take.
let started: DocumentService | null = null;

/**
 * Starts the document worker before the editor needs it: called once the editor's own code has
 * arrived, it fetches the PDF engine and the fonts on its thread while the editor is laid out,
 * so the first preview does not wait for them after. When the preview is on, pdf.js's worker
 * starts too and pdf.js is fetched, to be run once the editor is on screen (PreviewPane): it runs
 * on the page's thread. The next editor takes the service (takeDocumentService).
 */
export function startDocumentService(locality: Locality): void {
  started ??= new DocumentService(locality);
  if (previewChosen()) prefetchPdfJs();
}

/** The service started ahead for this locality, or a new one. */
export function takeDocumentService(locality: Locality): DocumentService {
  const service = started?.locality === locality ? started : new DocumentService(locality);
  if (started !== service) started?.dispose();
  started = null;
  return service;
}

export class DocumentService {
  private readonly worker: Worker;
  private readonly listeners = new Set<Listener>();
  private readonly exports = new Map<
    number,
    { resolve: (bytes: Uint8Array) => void; reject: (e: Error) => void }
  >();
  private readonly checks = new Map<number, (result: ValidationResult) => void>();
  private seq = 0;
  private nextExport = 1;

  constructor(readonly locality: Locality) {
    this.worker = new Worker(new URL("./document.worker.ts", import.meta.url), {
      type: "module",
      name: "van-ban",
    });
    this.worker.addEventListener("message", (event: MessageEvent<WorkerResponse>) =>
      this.receive(event.data),
    );
    // The worker fetches the fonts itself (once, with retries): the page only says where they are.
    this.send({ type: "init", locality, fontUrls: absoluteUrls(TINOS_VI_URLS) });
  }

  /** Sends a version of the plan, its findings to be worded in `language`; returns its sequence number. */
  update(plan: Plan, render: boolean, language: Language = "vi"): number {
    this.seq += 1;
    this.send({ type: "plan", seq: this.seq, plan, render, language });
    return this.seq;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The PDF as it will be issued (no stand-ins for missing parts). */
  exportPdf(plan: Plan): Promise<Uint8Array> {
    const id = this.nextExport++;
    return new Promise((resolve, reject) => {
      this.exports.set(id, { resolve, reject });
      this.send({ type: "export", id, plan });
    });
  }

  /** The rules run on the plan as it would be issued. */
  checkIssued(plan: Plan, language: Language = "vi"): Promise<ValidationResult> {
    const id = this.nextExport++;
    return new Promise((resolve) => {
      this.checks.set(id, resolve);
      this.send({ type: "check", id, plan, language });
    });
  }

  dispose(): void {
    for (const pending of this.exports.values()) pending.reject(new Error("closed"));
    this.exports.clear();
    this.listeners.clear();
    this.worker.terminate();
  }

  private send(request: WorkerRequest): void {
    this.worker.postMessage(request);
  }

  private receive(response: WorkerResponse): void {
    if (response.type === "check-result") {
      this.checks.get(response.id)?.(response.result);
      this.checks.delete(response.id);
      return;
    }
    if (response.type === "exported" || response.type === "export-failed") {
      const pending = this.exports.get(response.id);
      this.exports.delete(response.id);
      if (!pending) return;
      if (response.type === "exported") pending.resolve(response.bytes);
      else pending.reject(new DocumentExportError(response.message, response.problems));
      return;
    }
    for (const listener of this.listeners) listener(response);
  }
}
