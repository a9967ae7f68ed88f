// What a browser downloads to render PDFs: the worker chunk (pdfkit's standalone build and this
// renderer, minified) and the four subset Tinos files, each measured gzipped.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

export async function measureBrowserChunk() {
  const result = await build({
    configFile: false,
    logLevel: "silent",
    root,
    resolve: { conditions: ["browser", "module", "import", "default"] },
    build: {
      write: false,
      minify: true,
      target: "es2022",
      lib: { entry: join(root, "dist/pdf/worker.js"), formats: ["es"], fileName: "pdf-worker" },
      rollupOptions: { output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const code = outputs
    .filter((o) => o.type === "chunk")
    .map((o) => o.code)
    .join("\n");
  const fonts = ["Regular", "Bold", "Italic", "BoldItalic"].map((s) =>
    readFileSync(join(root, "dist/fonts/tinos-vi", `Tinos-${s}.ttf`)),
  );
  const engineGzip = gzipSync(code).length;
  const fontsGzip = fonts.reduce((sum, f) => sum + gzipSync(f).length, 0);
  return { engineBytes: code.length, engineGzip, fontsGzip, totalGzip: engineGzip + fontsGzip };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await measureBrowserChunk());
