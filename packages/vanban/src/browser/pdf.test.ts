import { describe, expect, it } from "vitest";
import { loadTinosFromNodeModules } from "../fonts/node.js";
import { renderPdf } from "../pdf/render.js";
import { startPdfWorker } from "../pdf/worker.js";
import type { MessageEndpoint } from "../pdf/worker-protocol.js";
import { nd30Profile } from "../profile.js";
import { toTrinhSpecimen } from "../specimens/index.js";
import { createPdfRenderer } from "./pdf.js";

// The browser renderer over a real MessageChannel (the structured cloning and transfer a Worker
// does), with this package's worker code on the other end.

const fonts = await loadTinosFromNodeModules();

/** Node's MessagePort, spoken to as the renderer speaks to a Worker. */
function port(end: InstanceType<typeof MessagePort>): MessageEndpoint & { terminate(): void } {
  const listeners = new Map<(event: { data: unknown }) => void, (event: Event) => void>();
  return {
    postMessage: (message, transfer) => end.postMessage(message, transfer ?? []),
    addEventListener: (_type, listener) => {
      const wrapped = (event: Event) => listener({ data: (event as MessageEvent).data });
      listeners.set(listener, wrapped);
      end.addEventListener("message", wrapped);
    },
    removeEventListener: (_type, listener) => {
      const wrapped = listeners.get(listener);
      if (wrapped) end.removeEventListener("message", wrapped);
    },
    start: () => end.start(),
    terminate: () => end.close(),
  };
}

function workerPair() {
  let started = 0;
  const ends: InstanceType<typeof MessagePort>[] = [];
  const start = () => {
    started++;
    const { port1, port2 } = new MessageChannel();
    ends.push(port1, port2);
    startPdfWorker(port(port1));
    return port(port2);
  };
  const close = () => {
    for (const end of ends) end.close();
  };
  return { start, started: () => started, close };
}

describe("rendering PDFs from a page", () => {
  it("gives the bytes the renderer gives, with one worker and one font download for many documents", async () => {
    const worker = workerPair();
    let downloads = 0;
    const renderer = createPdfRenderer({
      fonts: async () => {
        downloads++;
        return fonts;
      },
      worker: worker.start,
    });
    try {
      const [a, b] = await Promise.all([
        renderer.render(toTrinhSpecimen()),
        renderer.render(toTrinhSpecimen(), nd30Profile(13)),
      ]);
      expect(Buffer.from(a).equals(Buffer.from(await renderPdf(toTrinhSpecimen(), { fonts })))).toBe(true);
      expect(
        Buffer.from(b).equals(
          Buffer.from(await renderPdf(toTrinhSpecimen(), { fonts, profile: nd30Profile(13) })),
        ),
      ).toBe(true);
      expect(worker.started()).toBe(1);
      expect(downloads).toBe(1);
    } finally {
      renderer.close();
      worker.close();
    }
  });

  it("starts over after the fonts failed to download, instead of failing every later document", async () => {
    const worker = workerPair();
    let attempt = 0;
    const renderer = createPdfRenderer({
      fonts: async () => {
        attempt++;
        if (attempt === 1) throw new Error("Không tải được phông chữ (mã 503).");
        return fonts;
      },
      worker: worker.start,
    });
    try {
      await expect(renderer.render(toTrinhSpecimen())).rejects.toThrow("mã 503");
      const bytes = await renderer.render(toTrinhSpecimen());
      expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
      expect(worker.started()).toBe(1);
    } finally {
      renderer.close();
      worker.close();
    }
  });
});
