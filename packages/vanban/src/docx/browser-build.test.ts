import { runInNewContext } from "node:vm";
import { build } from "vite";
import { describe, expect, it } from "vitest";
import { quyetDinhBanHanhKeHoachSpecimen } from "../specimens/index.js";
import { renderDocx } from "./index.js";

// `@kehoach/vanban/docx` is meant for a browser tab or a Web Worker. This bundles it the way an
// app's bundler would (browser conditions) and runs the bundle in a bare JavaScript context that
// has only what a worker has (no Buffer, process, require or file system): it must produce the
// very bytes the Node render produces.

const root = new URL("../..", import.meta.url).pathname;

describe("the Word renderer as a browser bundle", () => {
  it("runs in a worker-like context without Node and gives the same bytes", async () => {
    const result = await build({
      configFile: false,
      logLevel: "silent",
      root,
      resolve: { conditions: ["@kehoach/source", "browser", "module", "import", "default"] },
      build: {
        write: false,
        minify: false,
        target: "es2022",
        lib: { entry: `${root}src/docx/index.ts`, formats: ["iife"], name: "KehoachDocx", fileName: "docx" },
        rollupOptions: { output: { codeSplitting: false } },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
      "output" in r ? r.output : [],
    );
    const code = outputs.map((o) => ("code" in o ? o.code : "")).join("\n");
    expect(code).not.toMatch(/require\(["'](node:)?(fs|path|child_process|zlib)["']\)/u);

    const worker: Record<string, unknown> = {
      TextEncoder,
      TextDecoder,
      setTimeout,
      clearTimeout,
      queueMicrotask,
      console,
    };
    worker.self = worker;
    worker.globalThis = worker;
    runInNewContext(`${code}\nself.KehoachDocx = KehoachDocx;`, worker);
    const api = worker.KehoachDocx as { renderDocx: typeof renderDocx };
    const doc = quyetDinhBanHanhKeHoachSpecimen();
    const inWorker = await api.renderDocx(doc);
    const inNode = await renderDocx(quyetDinhBanHanhKeHoachSpecimen());
    expect(Buffer.from(inWorker).equals(Buffer.from(inNode))).toBe(true);
  }, 60_000);
});
