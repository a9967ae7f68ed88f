#!/usr/bin/env node
// Entry of the site commands (see src/cli.ts). It runs the TypeScript sources through Vite's module
// runner, so the commands work on a fresh clone before anything is built, and resolves the
// workspace packages to their sources as the apps do.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultServerConditions, runnerImport } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "..", "..", "..");
const conditions = ["@kehoach/source", ...defaultServerConditions];
// runnerImport evaluates in its own "inline" environment, which externalises every bare import to
// Node. Node would take a workspace package's "default" export, dist/, which a fresh clone does not
// have yet; so the workspace packages are inlined and resolved through their source condition.
// runnerImport also sets NODE_ENV to "development" for this process, which every app build it
// starts (turbo, vite) would inherit: React and the rest would ship their development builds. The
// variable is put back as it was.
const nodeEnv = process.env.NODE_ENV;
const { module } = await runnerImport(join(here, "..", "src", "cli.ts"), {
  configFile: false,
  logLevel: "error",
  environments: {
    inline: { resolve: { conditions, noExternal: [/^@kehoach\//] } },
  },
});
if (nodeEnv === undefined) delete process.env.NODE_ENV;
else process.env.NODE_ENV = nodeEnv;
process.exitCode = await module.main(process.argv.slice(2), process.env.KEHOACH_REPO_ROOT ?? repoRoot);
