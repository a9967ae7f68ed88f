#!/usr/bin/env node
// Assembles dist/site from apps already built (apps/*/dist) for LOCALITY and BASE_PATH, without
// building them again. `pnpm build` does this itself after building; see packages/site-kit.
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
  spawnSync(process.execPath, [bin, "assemble", ...process.argv.slice(2)], { stdio: "inherit" }).status ?? 1;
