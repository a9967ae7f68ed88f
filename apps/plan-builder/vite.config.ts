import { kehoachSite } from "@kehoach/site-kit/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { workspaceSourceResolve } from "../../vitest.shared.ts";

export default defineConfig({
  // Base path (BASE_PATH), locality data and theme (LOCALITY) come from the site kit.
  plugins: [react(), kehoachSite({ app: "plan-builder" })],
  ssr: workspaceSourceResolve.ssr,
  build: {
    target: "es2022",
    sourcemap: true,
    // The PDF engine and the fonts form one lazy chunk; it is loaded only on export.
    chunkSizeWarningLimit: 2500,
  },
  preview: { host: "127.0.0.1", port: 4180, strictPort: true },
  server: { host: "127.0.0.1", port: 5180 },
  test: {
    ...workspaceSourceResolve,
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
