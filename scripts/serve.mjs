#!/usr/bin/env node
// Serves dist/site on 127.0.0.1 (PORT, default 4173) with the security headers of
// deploy/nginx.conf, under the base path it was built for. For trying the site locally; production
// uses nginx (docs/deploying.md).
import { spawnSync } from "node:child_process";
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
process.exitCode =
  spawnSync(process.execPath, [bin, "serve", ...process.argv.slice(2)], { stdio: "inherit" }).status ?? 1;
