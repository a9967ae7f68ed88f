#!/usr/bin/env node
// Serves dist/site on 127.0.0.1 (PORT, default 4173) with the security headers of
// deploy/nginx.conf, under the base path it was built for. For trying the site locally; production
// uses nginx (docs/deploying.md). `--check` serves on a free port, opens every first page and the
// files it loads, then stops: `pnpm start --check` is how CI proves the README's run command.
// The server runs in this process, so Ctrl+C, SIGTERM or a closed terminal stop it.
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
process.argv.splice(2, 0, "serve");
await import(bin);
