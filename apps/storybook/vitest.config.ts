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
      "pdfjs-dist",
      // vanban loads pdfkit's standalone build through its "#pdfkit" import; listed by its own id so
      // the run does not discover it late (pdfkit is a devDependency here only for this).
      "pdfkit/js/pdfkit.standalone.js",
      // The documents' second engine, pdfmake's browser build (Documents, "Hai bộ dựng").
      "pdfmake/build/pdfmake.js",
    ],
  },
  test: {
    name: "storybook",
    // The one PDF story renders a real multi-page document and draws it with pdf.js.
    testTimeout: 60_000,
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
