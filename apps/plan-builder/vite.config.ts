import { kehoachSite } from "@kehoach/site-kit/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { workspaceSourceResolve } from "../../vitest.shared.ts";
import { preloadModules } from "./vite-preload.ts";

export default defineConfig({
  // Base path (BASE_PATH), locality data and theme (LOCALITY), the site's apps and the headers of
  // deploy/nginx.conf on the dev and preview servers come from the site kit.
  // The app itself (src/boot.tsx), loaded by the entry after the CSP setup, is preloaded.
  plugins: [
    react(),
    kehoachSite({ app: "plan-builder" }),
    preloadModules((id) => id.endsWith("/src/boot.tsx")),
  ],
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
  preview: { host: "127.0.0.1", port: 4180, strictPort: true },
  server: { host: "127.0.0.1", port: 5180 },
  test: {
    ...workspaceSourceResolve,
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
