import { defineConfig } from "vitest/config";
import { workspaceSourceResolve } from "../../vitest.shared.ts";

export default defineConfig({
  ...workspaceSourceResolve,
  test: {
    include: ["src/**/*.test.ts"],
    // Replication is asynchronous: the engine tests wait for documents to arrive (never for a fixed time).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
