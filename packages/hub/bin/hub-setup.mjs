#!/usr/bin/env node
// `pnpm hub:setup …`: provisions a CouchDB hub for a locality (see docs/hub.md). Like the site
// commands, it runs the TypeScript sources through Vite's module runner, so it works on a fresh
// clone before anything is built, with the workspace packages resolved to their sources.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultServerConditions, runnerImport } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "..", "..", "..");
const conditions = ["@kehoach/source", ...defaultServerConditions];
const { module } = await runnerImport(join(here, "..", "src", "setup", "cli.ts"), {
  configFile: false,
  logLevel: "error",
  environments: {
    inline: { resolve: { conditions, noExternal: [/^@kehoach\//] } },
  },
});
process.exitCode = await module.main(process.argv.slice(2), process.env.KEHOACH_REPO_ROOT ?? repoRoot);
