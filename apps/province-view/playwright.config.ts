import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "../../vitest.shared.ts";
import { HUB_URL, PORTS } from "./e2e/ports.ts";

// End-to-end tests drive the built apps (vite preview) in Debian's chromium. The province view and
// the report generator are built here for Nghệ An (whose units have databases on the hub) with
// HUB_URL naming the PouchDB Server the specs start, into out/e2e, so neither app's own dist/ is
// touched; their previews send the site's headers with the hub in connect-src, as deployed.
const env = { LOCALITY: "nghe-an", HUB_URL };
const built = (app: string, port: number) =>
  `pnpm exec vite build --outDir ../province-view/out/e2e/${app} --emptyOutDir --logLevel warn && pnpm exec vite preview --outDir ../province-view/out/e2e/${app} --port ${port} --strictPort`;

export default defineConfig({
  testDir: "e2e",
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORTS.provinceView}/province-view/`,
    launchOptions: chromiumLaunchOptions,
    acceptDownloads: true,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: { width: 1400, height: 1000 },
    // axe reads a dialog's colours once it is open, not half-way through its fade-in.
    reducedMotion: "reduce",
  },
  webServer: [
    {
      command: built("province-view", PORTS.provinceView),
      cwd: ".",
      env,
      url: `http://127.0.0.1:${PORTS.provinceView}/province-view/`,
      reuseExistingServer: false,
      timeout: 300_000,
    },
    {
      command: built("report-generator", PORTS.reportGenerator),
      cwd: "../report-generator",
      env,
      url: `http://127.0.0.1:${PORTS.reportGenerator}/report-generator/`,
      reuseExistingServer: false,
      timeout: 300_000,
    },
  ],
});
