import { kehoachSite } from "@kehoach/site-kit/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { workspaceSourceResolve } from "../../vitest.shared.ts";

export default defineConfig({
  // Base path (BASE_PATH), locality data and theme (LOCALITY), the province hub (HUB_URL) come from the site kit.
  plugins: [react(), kehoachSite({ app: "province-view" })],
  ssr: workspaceSourceResolve.ssr,
  build: {
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 2500,
  },
  preview: { host: "127.0.0.1", port: 4183, strictPort: true },
  server: { host: "127.0.0.1", port: 5183 },
  test: {
    ...workspaceSourceResolve,
    include: ["src/**/*.test.ts"],
  },
});
