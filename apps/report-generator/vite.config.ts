import { kehoachSite } from "@kehoach/site-kit/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { workspaceSourceResolve } from "../../vitest.shared.ts";

export default defineConfig({
  // Base path (BASE_PATH), locality data and theme (LOCALITY) come from the site kit.
  plugins: [react(), kehoachSite({ app: "report-generator" })],
  ssr: workspaceSourceResolve.ssr,
  // The PDF renderer runs in a module worker; exceljs and the fonts are lazy chunks.
  worker: { format: "es" },
  build: {
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 2500,
  },
  preview: { host: "127.0.0.1", port: 4182, strictPort: true },
  server: { host: "127.0.0.1", port: 5182 },
  test: {
    ...workspaceSourceResolve,
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
