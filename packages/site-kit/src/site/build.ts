import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { hubOrigin, parseHubUrl } from "../hub-url.js";
import { loadLocality } from "../locality-files.js";
import { normaliseBasePath } from "../site-info.js";
import { discoverApps, type SiteApp, storybookDir } from "./apps.js";
import { assembleSite, type SiteRecord } from "./assemble.js";

// `LOCALITY=<slug> pnpm build`: check the locality first (a mistake stops everything with the
// file, the field and the fix), build every app for it, and assemble one static folder.

export interface BuildSiteOptions {
  repoRoot: string;
  locality: string;
  /** BASE_PATH as given ("/", "kehoach", "/kehoach/"). */
  basePath?: string;
  outDir: string;
  withStorybook?: boolean;
  /**
   * "turbo": the repository build (every package and app, cached), then assembly from apps/<app>/dist.
   * "isolated": each app built by Vite straight into a temporary folder, leaving apps/<app>/dist
   * alone; for tests that build several localities while others use the checkout.
   */
  mode?: "turbo" | "isolated";
  log?: (line: string) => void;
  /** The province hub (HUB_URL by default); the apps learn it and the site's policy allows it. */
  hubUrl?: string;
}

export interface BuildSiteResult extends SiteRecord {
  outDir: string;
  /** Wall-clock milliseconds: the app builds, and the assembly. */
  buildMs: number;
  assembleMs: number;
}

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const basePath = normaliseBasePath(options.basePath);
  const loaded = await loadLocality(join(options.repoRoot, "localities"), options.locality);
  log(`Địa phương: ${loaded.locality.name} (localities/${loaded.slug}); đường dẫn gốc: ${basePath}`);
  const apps = await discoverApps(options.repoRoot);
  const hubUrl = parseHubUrl(options.hubUrl ?? process.env.HUB_URL);
  if (hubUrl) log(`Máy chủ tỉnh: ${hubUrl} (trang được phép kết nối tới ${hubOrigin(hubUrl)})`);
  const env = { ...process.env, LOCALITY: loaded.slug, BASE_PATH: basePath, HUB_URL: hubUrl ?? "" };

  const started = performance.now();
  // Isolated builds go to a scratch folder, removed whatever happens.
  const scratch = options.mode === "isolated" ? await mkdtemp(join(tmpdir(), "kehoach-apps-")) : null;
  try {
    let distOf: (app: SiteApp) => string;
    if (scratch === null) {
      const filters = options.withStorybook ? [] : ["--filter=!@kehoach/app-storybook"];
      await run("pnpm", ["exec", "turbo", "run", "build", ...filters], options.repoRoot, env, true);
      distOf = (app) => join(app.dir, "dist");
    } else {
      const vite = viteBin(options.repoRoot);
      distOf = (app) => join(scratch, app.sitePath || "_landing");
      for (const app of apps) {
        log(`Dựng ${app.name}…`);
        const args = [vite, "build", "--outDir", distOf(app), "--emptyOutDir", "--logLevel", "warn"];
        await run(process.execPath, args, app.dir, env);
      }
    }
    const buildMs = performance.now() - started;

    const assembling = performance.now();
    const storybook = options.withStorybook ? await storybookDir(options.repoRoot) : null;
    if (options.withStorybook && !storybook) {
      throw new Error(
        "WITH_STORYBOOK=1 nhưng chưa có apps/storybook/storybook-static; hãy chạy bản dựng đầy đủ.",
      );
    }
    const record = await assembleSite({
      outDir: options.outDir,
      apps: apps.map((app) => ({
        sitePath: app.sitePath,
        distDir: distOf(app),
        ...(app.title ? { title: app.title } : {}),
        ...(app.summary ? { summary: app.summary } : {}),
      })),
      storybookDir: storybook,
      slug: loaded.slug,
      basePath,
      hubUrl,
    });
    return { ...record, outDir: options.outDir, buildMs, assembleMs: performance.now() - assembling };
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

function viteBin(repoRoot: string): string {
  const require = createRequire(join(repoRoot, "package.json"));
  return join(dirname(require.resolve("vite/package.json")), "bin", "vite.js");
}

/** Runs a command, its output shown (stream) or kept; rejects with its last lines when it fails. */
function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  stream = Boolean(process.env.KEHOACH_BUILD_VERBOSE),
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let tail = "";
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-6000);
    };
    child.stdout.on("data", (chunk: Buffer) => {
      keep(chunk);
      if (stream) process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      keep(chunk);
      if (stream) process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else
        reject(new BuildStepError(`${command} ${args.join(" ")} (trong ${cwd}) dừng với mã ${code}.`, tail));
    });
  });
}

export class BuildStepError extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(message);
    this.name = "BuildStepError";
  }
}
