import react from "@vitejs/plugin-react";
import { defaultClientConditions } from "vite";
import { defineConfig } from "vitest/config";
import { workspaceSourceResolve } from "../../vitest.shared.ts";

// BASE_PATH lets a locality deploy the site under a sub-path ("/kehoach/"); the app always sits
// in its own folder of that site.
const sitePrefix = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");

export default defineConfig({
  base: `${sitePrefix}plan-builder/`,
  plugins: [react()],
  resolve: { conditions: ["@kehoach/source", ...defaultClientConditions] },
  ssr: workspaceSourceResolve.ssr,
  build: {
    target: "es2022",
    sourcemap: true,
    // pdfmake and the fonts form one lazy chunk of about 1 MB; it is loaded only on export.
    chunkSizeWarningLimit: 2500,
  },
  preview: { host: "127.0.0.1", port: 4180, strictPort: true },
  server: { host: "127.0.0.1", port: 5180 },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
  },
});
