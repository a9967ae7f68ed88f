import { defineConfig } from "vitest/config";

// Repository-wide checks that belong to no package: the dependency rules of docs/architecture.md.
export default defineConfig({
  test: { include: ["tools/**/*.test.ts"], root: new URL("..", import.meta.url).pathname },
});
