import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumLaunchOptions, TEST_TIMEOUT_MS, workspaceSourceResolve } from "../../vitest.shared.ts";

// IndexedDB is tested in a real browser, not an imitation.
export default defineConfig({
  ...workspaceSourceResolve,
  test: {
    testTimeout: TEST_TIMEOUT_MS,
    include: ["src/**/*.test.ts"],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: chromiumLaunchOptions }),
      instances: [{ browser: "chromium" }],
    },
  },
});
