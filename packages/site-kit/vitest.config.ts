import { defineConfig } from "vitest/config";
import { TEST_TIMEOUT_MS, workspaceSourceResolve } from "../../vitest.shared.ts";

export default defineConfig({
  ...workspaceSourceResolve,
  test: {
    testTimeout: TEST_TIMEOUT_MS,
    include: ["src/**/*.test.ts"],
  },
});
