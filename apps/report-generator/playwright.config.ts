import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../../vitest.shared.ts";

// End-to-end tests drive the built app (vite preview) in Debian's chromium.
export default defineConfig({
  testDir: "e2e",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: "http://127.0.0.1:4182/report-generator/",
    launchOptions: chromiumLaunchOptions,
    acceptDownloads: true,
    locale: "vi-VN",
    // As in the plan builder: axe reads a dialog's colours once it is open, not half-way through
    // its fade-in (the animation only runs for those who have not asked for less motion).
    reducedMotion: "reduce",
  },
  webServer: {
    command: "pnpm exec vite preview",
    url: "http://127.0.0.1:4182/report-generator/",
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
