import { defineConfig } from "vitest/config";
import { workspaceSourceResolve } from "../../vitest.shared.ts";

export default defineConfig({
  ...workspaceSourceResolve,
  test: {
    include: ["src/**/*.test.ts"],
    // Fuzz properties and the large-input tests do real work on a shared 2-core machine; the
    // limit is a hang guard, not a performance assertion (performance is in bench/).
    testTimeout: 60_000,
  },
});
