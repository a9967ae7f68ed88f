import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../../vitest.shared.ts";

// Site-level browser tests: the global setup builds the whole site twice (two localities, one of
// them under a sub-path) into a temporary folder, and the tests serve it with the headers of
// deploy/nginx.conf on ports 4191–4193, in Debian's chromium.
export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  use: {
    launchOptions: chromiumLaunchOptions,
    acceptDownloads: true,
    locale: "vi-VN",
    serviceWorkers: "allow",
  },
});
