#!/usr/bin/env node
// `pnpm --filter @kehoach/app-province-view bench`: runs bench/first-sync.bench.ts from the
// sources (the workspace packages resolved as the apps resolve them).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultServerConditions, runnerImport } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
const conditions = ["@kehoach/source", ...defaultServerConditions];
const { module } = await runnerImport(join(here, "first-sync.bench.ts"), {
  configFile: false,
  logLevel: "error",
  environments: { inline: { resolve: { conditions, noExternal: [/^@kehoach\//] } } },
});
await module.run();
