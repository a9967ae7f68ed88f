import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The guides' test builds the whole site twice from a clean copy: minutes, not seconds.
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
