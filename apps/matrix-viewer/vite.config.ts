import { kehoachSite } from "@kehoach/site-kit/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { workspaceSourceResolve } from "../../vitest.shared.ts";

export default defineConfig({
  // Base path (BASE_PATH), locality data and theme (LOCALITY), the site's apps and the headers of
  // deploy/nginx.conf on the dev and preview servers come from the site kit.
  plugins: [react(), kehoachSite({ app: "matrix-viewer" })],
  ssr: workspaceSourceResolve.ssr,
  worker: { format: "es" },
  build: {
    target: "es2022",
    sourcemap: true,
    // The spreadsheet writer and the PDF worker are lazy chunks, loaded only on export.
    chunkSizeWarningLimit: 2500,
  },
  preview: { host: "127.0.0.1", port: 4181, strictPort: true },
  server: { host: "127.0.0.1", port: 5181 },
  test: {
    ...workspaceSourceResolve,
    include: ["src/**/*.test.ts"],
  },
});
