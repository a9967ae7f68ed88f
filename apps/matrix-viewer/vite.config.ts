import { readFileSync } from "node:fs";
import { kehoachSite } from "@kehoach/site-kit/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { workspaceSourceResolve } from "../../vitest.shared.ts";

/**
 * The site's Content-Security-Policy as deploy/nginx.conf sets it, so the app's own browser tests
 * (exports, the PDF worker) run under the policy it is deployed with.
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
  plugins: [react(), kehoachSite({ app: "matrix-viewer" })],
  ssr: workspaceSourceResolve.ssr,
  worker: { format: "es" },
  build: {
    target: "es2022",
    sourcemap: true,
    // The spreadsheet writer and the PDF worker are lazy chunks, loaded only on export.
    chunkSizeWarningLimit: 2500,
  },
  preview: { host: "127.0.0.1", port: 4181, strictPort: true, headers: siteCsp() },
  server: { host: "127.0.0.1", port: 5181 },
  test: {
    ...workspaceSourceResolve,
    include: ["src/**/*.test.ts"],
  },
});
