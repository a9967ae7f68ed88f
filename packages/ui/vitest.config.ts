import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumLaunchOptions, TEST_TIMEOUT_MS, workspaceSourceResolve } from "../../vitest.shared.ts";

export default defineConfig({
  ...workspaceSourceResolve,
  plugins: [react()],
  // Pre-bundled up front: a dependency discovered mid-run makes Vite re-optimise and load a second
  // copy of React into the page (a cold cache, as on CI, then fails with a null hook dispatcher).
  optimizeDeps: {
    include: [
      "react",
      "react/jsx-dev-runtime",
      "react/jsx-runtime",
      "react-dom",
      "react-dom/client",
      "@radix-ui/react-dialog",
      "@radix-ui/react-tabs",
      "@radix-ui/react-tooltip",
      "axe-core",
      "vitest-browser-react",
    ],
  },
  test: {
    testTimeout: TEST_TIMEOUT_MS,
    projects: [
      {
        extends: true,
        test: { name: "tokens", include: ["src/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "components",
          include: ["src/**/*.test.tsx"],
          setupFiles: ["src/test-support/setup.ts"],
          browser: {
            enabled: true,
            headless: true,
            // Reduced motion: axe must judge colours after, not during, an opening animation.
            provider: playwright({
              launchOptions: chromiumLaunchOptions,
              contextOptions: { reducedMotion: "reduce" },
            }),
            instances: [{ browser: "chromium" }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
