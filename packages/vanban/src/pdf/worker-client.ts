import type { FontSet } from "../fonts/font-set.js";
import type { VanBan } from "../model.js";
import type { LayoutProfile } from "../profile.js";
import type {
  MessageEndpoint,
  PdfWorkerError,
  PdfWorkerRequest,
  PdfWorkerResponse,
} from "./worker-protocol.js";

// The page side of the PDF worker. It carries no renderer, so importing it costs the page
// nothing; pdfkit and the fonts live in the worker's chunk.
//
//   const worker = new Worker(new URL("./pdf.worker.ts", import.meta.url), { type: "module" });
//   const pdf = createPdfWorkerClient(worker, fonts);
//   const bytes = await pdf.render(doc, nd30Profile(14));

export type { MessageEndpoint, PdfWorkerError } from "./worker-protocol.js";

/** A render refused or failed in the worker; `problems` lists a profile's or document's faults. */
export class PdfWorkerFailure extends Error {
  readonly problems: unknown[];
  constructor(error: PdfWorkerError) {
    super(error.message);
    this.name = error.name;
    this.problems = error.problems ?? [];
  }
}

export interface PdfWorkerClient {
  /** `options.issuing`: refuse what a draft may still lack (see renderPdf). */
  render(doc: VanBan, profile?: LayoutProfile, options?: { issuing?: boolean }): Promise<Uint8Array>;
  /** Stops listening; terminates the worker when it is one. */
  close(): void;
}

export function createPdfWorkerClient(
  worker: MessageEndpoint & { terminate?(): void },
  fonts: FontSet,
): PdfWorkerClient {
  let nextId = 1;
  const pending = new Map<number, { resolve(bytes: Uint8Array): void; reject(error: Error): void }>();
  const listener = (event: { data: unknown }) => {
    const response = event.data as PdfWorkerResponse;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    pending.delete(response.id);
    if (response.type === "rendered") waiting.resolve(response.bytes);
    else waiting.reject(new PdfWorkerFailure(response.error));
  };
  worker.addEventListener("message", listener);
  worker.start?.();
  worker.postMessage({ type: "fonts", fonts } satisfies PdfWorkerRequest);
  return {
    render(doc, profile, options) {
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const issuing = options?.issuing ? { issuing: true } : {};
        worker.postMessage({ type: "render", id, doc, profile, ...issuing } satisfies PdfWorkerRequest);
      });
    },
    close() {
      worker.removeEventListener?.("message", listener);
      for (const waiting of pending.values()) waiting.reject(new Error("Worker dựng PDF đã đóng."));
      pending.clear();
      worker.terminate?.();
    },
  };
}
