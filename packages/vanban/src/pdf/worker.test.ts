import { describe, expect, it } from "vitest";
import { loadTinosFromNodeModules } from "../fonts/node.js";
import { nd30Profile } from "../profile.js";
import { toTrinhSpecimen } from "../specimens/index.js";
import { renderPdf } from "./render.js";
import { type MessageEndpoint, startPdfWorker } from "./worker.js";
import { createPdfWorkerClient, PdfWorkerFailure } from "./worker-client.js";

/** Node's MessagePort is an EventTarget typed without MessageEvent; it delivers the same events. */
const endpoint = (port: InstanceType<typeof MessagePort>) => port as unknown as MessageEndpoint;

// The worker protocol over a real MessageChannel: the same structured cloning and buffer
// transfer a browser Worker does.

const fonts = await loadTinosFromNodeModules();

function connect() {
  const { port1, port2 } = new MessageChannel();
  startPdfWorker(endpoint(port1));
  const client = createPdfWorkerClient(endpoint(port2), fonts);
  return {
    client,
    close() {
      client.close();
      port1.close();
    },
  };
}

describe("the PDF worker", () => {
  it("renders in the worker the bytes the page would render itself", async () => {
    const { client, close } = connect();
    try {
      const [a, b] = await Promise.all([
        client.render(toTrinhSpecimen()),
        client.render(toTrinhSpecimen(), nd30Profile(13)),
      ]);
      expect(Buffer.from(a).equals(Buffer.from(await renderPdf(toTrinhSpecimen(), { fonts })))).toBe(true);
      expect(
        Buffer.from(b).equals(
          Buffer.from(await renderPdf(toTrinhSpecimen(), { fonts, profile: nd30Profile(13) })),
        ),
      ).toBe(true);
    } finally {
      close();
    }
  });

  it("passes a refusal back with its Vietnamese message and its problems", async () => {
    const { client, close } = connect();
    try {
      const profile = {
        ...nd30Profile(14),
        body: { firstLineIndentCm: 2, spaceBeforePt: 6, lineSpacing: 1.15 },
      };
      const error = await client.render(toTrinhSpecimen(), profile).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PdfWorkerFailure);
      expect((error as PdfWorkerFailure).name).toBe("ProfileError");
      expect((error as PdfWorkerFailure).message).toContain("lùi đầu dòng (body.firstLineIndentCm) = 2 cm");
      expect((error as PdfWorkerFailure).problems).toEqual([
        { field: "body.firstLineIndentCm", label: "lùi đầu dòng", value: "2 cm", allowed: "1–1,27 cm" },
      ]);
    } finally {
      close();
    }
  });

  it("rejects what is still pending when the page closes it", async () => {
    const { client, close } = connect();
    const pending = client.render(toTrinhSpecimen());
    close();
    await expect(pending).rejects.toThrow("Worker dựng PDF đã đóng.");
  });
});
