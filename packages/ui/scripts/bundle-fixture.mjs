// Bundles a small consumer of @kehoach/ui the way an app's Vite build would, and returns the
// output with its gzipped sizes. Used by the packaging test (tree-shaking) and the bench script.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, defaultClientConditions } from "vite";

const uiRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * @param {string} name fixture name (a folder under node_modules/.cache)
 * @param {string} source the consumer's entry module
 * @param {{ fromSource?: boolean }} options fromSource: resolve the "@kehoach/source" condition
 *   (no build needed); otherwise the published dist/ files are bundled.
 */
export async function bundleFixture(name, source, { fromSource = false } = {}) {
  // Inside the package, so "@kehoach/ui/…" resolves to this package (self-reference) and its
  // dependencies resolve from its node_modules.
  const dir = join(uiRoot, "node_modules", ".cache", "bundle-fixtures", name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const entry = join(dir, "entry.js");
  await writeFile(entry, source);
  const result = await build({
    configFile: false,
    logLevel: "silent",
    root: dir,
    resolve: {
      conditions: fromSource ? ["@kehoach/source", ...defaultClientConditions] : defaultClientConditions,
    },
    esbuild: { jsx: "automatic" },
    build: {
      write: false,
      minify: true,
      target: "es2022",
      cssCodeSplit: false,
      rollupOptions: {
        input: entry,
        // React is the app's, not ours: sizes are what @kehoach/ui adds.
        external: [/^react($|\/)/, /^react-dom($|\/)/],
        preserveEntrySignatures: "exports-only",
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const js = outputs
    .filter((o) => o.type === "chunk")
    .map((o) => o.code)
    .join("\n");
  const css = outputs
    .filter((o) => o.type === "asset" && o.fileName.endsWith(".css"))
    .map((o) => String(o.source))
    .join("\n");
  const size = (text) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
  return { js, css, sizes: { js: size(js), css: size(css) } };
}
