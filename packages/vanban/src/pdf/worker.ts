import type { FontSet } from "../fonts/font-set.js";
import { ProfileError } from "../profile.js";
import { VanBanError } from "../validate.js";
import { renderPdf } from "./render.js";
import type {
  MessageEndpoint,
  PdfWorkerError,
  PdfWorkerRequest,
  PdfWorkerResponse,
} from "./worker-protocol.js";

// The worker side: rendering a long document blocks its thread for a second or more, so an app
// renders in a Web Worker. The app's own worker file is two lines:
//
//   import { startPdfWorker } from "@kehoach/vanban/pdf/worker";
//   startPdfWorker();
//
// and the page talks to it through createPdfWorkerClient (@kehoach/vanban/pdf/worker-client).

export type { MessageEndpoint, PdfWorkerRequest, PdfWorkerResponse } from "./worker-protocol.js";

function describeError(error: unknown): PdfWorkerError {
  if (error instanceof ProfileError || error instanceof VanBanError) {
    return { name: error.name, message: error.message, problems: error.problems.map((p) => ({ ...p })) };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}

/** Serves render requests on `scope` (the worker's global scope by default). */
export function startPdfWorker(scope: MessageEndpoint = globalThis as unknown as MessageEndpoint): void {
  let fonts: FontSet | undefined;
  // Renders run one after another: each is synchronous between its awaits anyway, and the
  // order of the replies then follows the order of the requests.
  let queue: Promise<void> = Promise.resolve();
  scope.addEventListener("message", (event) => {
    const request = event.data as PdfWorkerRequest;
    if (request.type === "fonts") {
      fonts = request.fonts;
      return;
    }
    if (request.type !== "render") return;
    queue = queue.then(async () => {
      let response: PdfWorkerResponse;
      try {
        if (!fonts) throw new Error("Chưa có phông chữ: gửi phông chữ cho worker trước khi dựng văn bản.");
        const bytes = await renderPdf(request.doc, {
          fonts,
          ...(request.profile ? { profile: request.profile } : {}),
          ...(request.issuing ? { issuing: true } : {}),
        });
        response = { type: "rendered", id: request.id, bytes };
        scope.postMessage(response, [bytes.buffer as ArrayBuffer]);
      } catch (error) {
        response = { type: "failed", id: request.id, error: describeError(error) };
        scope.postMessage(response);
      }
    });
  });
  scope.start?.();
}
