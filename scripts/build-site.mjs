#!/usr/bin/env node
// `pnpm build`: checks the locality (LOCALITY, default kim-lien), builds every package and app for
// it with turbo, and assembles the static site in dist/site (BASE_PATH, WITH_STORYBOOK=1).
// The work is done by @kehoach/site-kit (packages/site-kit/src/site/build.ts), in this process.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const bin = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "packages",
  "site-kit",
  "bin",
  "kehoach-site.mjs",
);
process.argv.splice(2, 0, "build");
await import(bin);
