import { readFileSync } from "node:fs";
import { kehoachSite } from "@kehoach/site-kit/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { workspaceSourceResolve } from "../../vitest.shared.ts";

/**
 * The site's Content-Security-Policy as deploy/nginx.conf sets it: the app's own tests run under
 * it, so a violation shows up here first.
 */
function siteCsp(): Record<string, string> {
  try {
    const nginx = readFileSync(new URL("../../deploy/nginx.conf", import.meta.url), "utf8");
    const policy = /add_header\s+Content-Security-Policy\s+"([^"]+)"/.exec(nginx)?.[1];
    return policy ? { "Content-Security-Policy": policy } : {};
  } catch {
    return {};
  }
}

export default defineConfig({
  // Base path (BASE_PATH), locality data and theme (LOCALITY) come from the site kit.
  plugins: [react(), kehoachSite({ app: "plan-builder" })],
  ssr: workspaceSourceResolve.ssr,
  build: {
    target: "es2022",
    sourcemap: true,
    // Lists every chunk with its static imports: the bench sums what the first screen loads.
    manifest: true,
    // pdfkit (in the document worker) and pdf.js (the preview) are large, and load only in the editor.
    chunkSizeWarningLimit: 2500,
  },
  // The document worker loads the PDF renderer with a dynamic import, which needs module workers.
  worker: { format: "es" },
  preview: { host: "127.0.0.1", port: 4180, strictPort: true, headers: siteCsp() },
  server: { host: "127.0.0.1", port: 5180 },
  test: {
    ...workspaceSourceResolve,
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
