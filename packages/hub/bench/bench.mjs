// `pnpm --filter @kehoach/hub bench`: runs bench/hub.bench.ts from the sources (no build needed),
// with the workspace packages resolved as the apps resolve them.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultServerConditions, runnerImport } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
const conditions = ["@kehoach/source", ...defaultServerConditions];
const { module } = await runnerImport(join(here, "hub.bench.ts"), {
  configFile: false,
  logLevel: "error",
  environments: { inline: { resolve: { conditions, noExternal: [/^@kehoach\//] } } },
});
await module.run();
