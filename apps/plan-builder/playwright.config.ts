import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../../vitest.shared.ts";

// End-to-end tests drive the built app (vite preview) in Debian's chromium.
export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: "http://127.0.0.1:4180/plan-builder/",
    launchOptions: chromiumLaunchOptions,
    acceptDownloads: true,
    locale: "vi-VN",
    reducedMotion: "reduce",
  },
  webServer: [
    {
      command: "pnpm exec vite preview",
      url: "http://127.0.0.1:4180/plan-builder/",
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The same app built for a directory whose agencies have edXML codes (e2e/edxml-site).
      command:
        "pnpm exec vite build --config e2e/edxml-site/vite.config.ts --logLevel warn && pnpm exec vite preview --config e2e/edxml-site/vite.config.ts",
      url: "http://127.0.0.1:4190/plan-builder/",
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
