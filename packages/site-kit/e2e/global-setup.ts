import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot, SITES } from "./sites.js";

// Builds the site for each locality under test with the real command (`kehoach-site build`, what
// `pnpm build` runs), each app straight into a temporary folder so the checkout's apps/*/dist
// stay as they are. KEHOACH_E2E_SITES=<folder with a/ and b/> reuses earlier builds.
export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.KEHOACH_E2E_SITES;
  if (given && SITES.every((site) => existsSync(join(given, site.key, "kehoach-site.json"))))
    return undefined;
  const root = await mkdtemp(join(tmpdir(), "kehoach-e2e-sites-"));
  for (const site of SITES) {
    const started = Date.now();
    const child = spawnSync(
      process.execPath,
      [
        join(repoRoot, "packages/site-kit/bin/kehoach-site.mjs"),
        "build",
        "--isolated",
        "--out",
        join(root, site.key),
      ],
      {
        cwd: repoRoot,
        encoding: "utf8",
        env: { ...process.env, LOCALITY: site.slug, BASE_PATH: site.basePath },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    if (child.status !== 0)
      throw new Error(`Building ${site.slug} failed:\n${child.stdout}\n${child.stderr}`);
    console.log(`Built ${site.slug} at ${site.basePath} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  process.env.KEHOACH_E2E_SITES = root;
  // About 80 MB per run: removed when the tests end.
  return async () => {
    await rm(root, { recursive: true, force: true });
  };
}
