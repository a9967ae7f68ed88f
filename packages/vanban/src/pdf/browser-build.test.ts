import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { inspectPdf } from "@kehoach/pdf-inspect";
import { build } from "vite";
import { describe, expect, it } from "vitest";
import { loadTinosFromNodeModules } from "../fonts/node.js";
import { congVanSpecimen } from "../specimens/index.js";
import { createPdfWorkerClient, type MessageEndpoint } from "./worker-client.js";

/** Node's MessagePort is an EventTarget typed without MessageEvent; it delivers the same events. */
const endpoint = (port: InstanceType<typeof MessagePort>) => port as unknown as MessageEndpoint;

// A browser or worker bundle gets pdfkit's standalone build ("#pdfkit" under the "browser"
// condition), with its own Buffer, zlib and fontkit. This bundles the worker entry the way an
// app's bundler would and renders through it, so the browser path is exercised, not assumed.

const root = join(import.meta.dirname, "..", "..");

describe("the worker as a browser bundle", () => {
  it("bundles with pdfkit's standalone build and renders a document", async () => {
    const result = await build({
      configFile: false,
      logLevel: "silent",
      root,
      resolve: { conditions: ["@kehoach/source", "browser", "module", "import", "default"] },
      build: {
        write: false,
        minify: false,
        target: "es2022",
        lib: { entry: join(root, "src/pdf/worker.ts"), formats: ["es"], fileName: "pdf-worker" },
        rollupOptions: { output: { codeSplitting: false } },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
      "output" in r ? r.output : [],
    );
    const code = outputs.map((o) => ("code" in o ? o.code : "")).join("\n");
    expect(code).toContain("PDFDocument");
    expect(code).not.toMatch(/from\s+["']pdfkit["']/u);

    const dir = await mkdtemp(join(tmpdir(), "vanban-worker-"));
    try {
      const file = join(dir, "pdf-worker.mjs");
      await writeFile(file, code);
      const { startPdfWorker } = await import(pathToFileURL(file).href);
      const { port1, port2 } = new MessageChannel();
      startPdfWorker(endpoint(port1));
      const client = createPdfWorkerClient(endpoint(port2), await loadTinosFromNodeModules());
      const bytes = await client.render(congVanSpecimen());
      client.close();
      port1.close();
      const pdf = await inspectPdf(bytes);
      expect(pdf.pages).toHaveLength(1);
      expect(pdf.text).toContain("V/v Đôn đốc báo cáo kết quả cải");
      expect(pdf.text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
