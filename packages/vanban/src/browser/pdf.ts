/// <reference lib="dom" />
import type { FontSet } from "../fonts/font-set.js";
import type { VanBan } from "../model.js";
import { createPdfWorkerClient, type MessageEndpoint, type PdfWorkerClient } from "../pdf/worker-client.js";
import type { LayoutProfile } from "../profile.js";
import type { FontLoadOptions } from "./font-loading.js";

// PDFs in a browser: one worker per page, fed the fonts once, rendering documents one after another.
//
//   const bytes = await pdfRenderer().render(doc, nd30Profile(14));

export { PdfWorkerFailure } from "../pdf/worker-client.js";

export interface PdfRenderer {
  /** `options.issuing`: refuse what a draft may still lack (see renderPdf). */
  render(doc: VanBan, profile?: LayoutProfile, options?: { issuing?: boolean }): Promise<Uint8Array>;
  /** Ends the worker; the next render starts a new one. */
  close(): void;
}

export interface PdfRendererOptions {
  /** The fonts; the Vietnamese Tinos by default. */
  fonts?: () => Promise<FontSet>;
  /** Font download settings, when the default fonts are used. */
  fontLoading?: FontLoadOptions;
  /** Starts the worker and speaks to it; this package's PDF worker by default. */
  worker?: () => MessageEndpoint & { terminate?(): void };
}

/**
 * The worker this package ships, bundled by the app's bundler as a module worker. Named `.js`:
 * the bundler resolves it to the `.ts` source in the workspace, and to the built file in dist.
 */
export function startRendererWorker(): Worker {
  return new Worker(new URL("./pdf.worker.js", import.meta.url), { type: "module", name: "pdf" });
}

/**
 * A DOM Worker as the endpoint the client speaks to: its postMessage takes any transferable, the
 * client transfers only ArrayBuffers, so the adapter is exact and needs no cast.
 */
export function workerEndpoint(worker: Worker): MessageEndpoint & { terminate(): void } {
  return {
    postMessage: (message, transfer) => worker.postMessage(message, transfer ?? []),
    addEventListener: (type, listener) => worker.addEventListener(type, listener),
    removeEventListener: (type, listener) => worker.removeEventListener(type, listener),
    terminate: () => worker.terminate(),
  };
}

/** A renderer that starts its worker (and fetches the fonts) on the first render. */
export function createPdfRenderer(options: PdfRendererOptions = {}): PdfRenderer {
  // The Tinos URLs are assets of the app's build: loaded with the first document, not before.
  const fonts = options.fonts ?? (() => import("./fonts.js").then((m) => m.tinosVi(options.fontLoading)));
  const start = options.worker ?? (() => workerEndpoint(startRendererWorker()));
  let client: Promise<PdfWorkerClient> | undefined;
  const connect = () => {
    if (client) return client;
    const connecting = fonts().then((set) => createPdfWorkerClient(start(), set));
    client = connecting;
    connecting.catch(() => {
      if (client === connecting) client = undefined; // a failed font download may succeed next time
    });
    return connecting;
  };
  return {
    async render(doc, profile, renderOptions) {
      return (await connect()).render(doc, profile, renderOptions);
    },
    close() {
      const closing = client;
      client = undefined;
      void closing?.then((c) => c.close()).catch(() => {});
    },
  };
}

let shared: PdfRenderer | undefined;

/** The page's renderer, shared by everything on it that makes a PDF. */
export function pdfRenderer(): PdfRenderer {
  shared ??= createPdfRenderer();
  return shared;
}
