import { defineConfig } from "vitest/config";
import { workspaceSourceResolve } from "../../vitest.shared.ts";

export default defineConfig({
  ...workspaceSourceResolve,
  test: {
    include: ["src/**/*.test.ts"],
    // Tests render and measure whole PDFs (some two dozen in a loop) on a shared 2-core machine:
    // a few seconds each under load. Speed is judged by the benchmark, never by these limits.
    testTimeout: 30_000,
  },
});
