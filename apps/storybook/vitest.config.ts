import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumLaunchOptions } from "../../vitest.shared.ts";

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Every story is a test: it must render, its play function must pass, and addon-a11y (test:
// "error" in preview.tsx) fails it on any axe violation.
export default defineConfig({
  plugins: [storybookTest({ configDir: path.join(dirname, ".storybook") })],
  // Pre-bundled up front: a dependency found mid-run reloads the page and fails the stories
  // running at that moment (a cold cache on CI).
  optimizeDeps: {
    include: [
      "react",
      "react-dom",
      "react-dom/client",
      "react/jsx-runtime",
      "react/jsx-dev-runtime",
      "@kehoach/ui > @radix-ui/react-dialog",
      "@kehoach/ui > @radix-ui/react-tabs",
      "@kehoach/ui > @radix-ui/react-tooltip",
    ],
  },
  test: {
    name: "storybook",
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: chromiumLaunchOptions,
        contextOptions: { reducedMotion: "reduce" },
      }),
      instances: [{ browser: "chromium" }],
      screenshotFailures: false,
    },
  },
});
