import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { checkPackage, createPackageFromTarballData } from "@arethetypeswrong/core";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Example, readmeExamples } from "./examples.js";

// A developer meets these packages on npm, not in this workspace: each publishable package is
// packed as `pnpm pack` packs it (its prepack builds it), checked by publint and Are the Types
// Wrong?, installed with npm into an empty folder outside the workspace, and every example its
// README marks with <!-- example --> is run there, as written. What passes here in the workspace
// because of a symlink, a source condition or a hoisted dependency fails here.

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const packagesDir = join(repoRoot, "packages");

interface Publishable {
  dir: string;
  name: string;
  tarball: string;
}

/** Every package of packages/* that is not private. */
async function publishablePackages(): Promise<Omit<Publishable, "tarball">[]> {
  const found: Omit<Publishable, "tarball">[] = [];
  for (const entry of await readdir(packagesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const manifest = await readFile(join(packagesDir, entry.name, "package.json"), "utf8").catch(() => null);
    if (!manifest) continue;
    const pkg = JSON.parse(manifest) as { name: string; private?: boolean };
    if (!pkg.private) found.push({ dir: join(packagesDir, entry.name), name: pkg.name });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

let work: string;
let app: string;
const packed: Publishable[] = [];
const examples: Example[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "kehoach-release-"));
  const tarballs = join(work, "tarballs");
  for (const pkg of await publishablePackages()) {
    const { stdout } = await run("pnpm", ["pack", "--pack-destination", tarballs], {
      cwd: pkg.dir,
      maxBuffer: 32 * 1024 * 1024,
    });
    const tarball = stdout.trim().split("\n").at(-1)!.trim();
    packed.push({ ...pkg, tarball });
  }
  // An empty project outside the workspace, as a developer would start one.
  app = join(work, "app");
  await mkdir(app, { recursive: true });
  await writeFile(
    join(app, "package.json"),
    JSON.stringify({ name: "thu-nghiem", private: true, type: "module" }, null, 2),
  );
  await run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--loglevel=error", ...packed.map((p) => p.tarball)],
    { cwd: app, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, npm_config_workspaces: "false" } },
  );
  for (const pkg of packed) {
    const readme = await readFile(join(app, "node_modules", pkg.name, "README.md"), "utf8");
    examples.push(...readmeExamples(pkg.name, readme));
  }
  const needs = [...new Set(examples.flatMap((e) => e.needs))];
  if (needs.length > 0) {
    await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...needs], {
      cwd: app,
      maxBuffer: 32 * 1024 * 1024,
    });
  }
}, 600_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("every publishable package, as packed", () => {
  it("is found: the packages a developer installs", () => {
    expect(packed.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        "@kehoach/cli",
        "@kehoach/plan-documents",
        "@kehoach/plan-import",
        "@kehoach/plan-model",
        "@kehoach/plan-store",
        "@kehoach/report-model",
        "@kehoach/text-vi",
        "@kehoach/ui",
        "@kehoach/vanban",
      ]),
    );
  });

  it("passes publint with no error or warning", async () => {
    const found: string[] = [];
    for (const pkg of packed) {
      const tarball = await readFile(pkg.tarball);
      const { messages, pkg: manifest } = await publint({
        pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
        level: "warning",
        strict: true,
      });
      for (const m of messages) found.push(`${pkg.name}: ${formatMessage(m, manifest) ?? m.code}`);
    }
    expect(found).toEqual([]);
  });

  it("has types that resolve for ESM consumers, in Node and in bundlers (Are the Types Wrong?)", async () => {
    const found: string[] = [];
    for (const pkg of packed) {
      const data = new Uint8Array(await readFile(pkg.tarball));
      const result = await checkPackage(createPackageFromTarballData(data));
      if (!("problems" in result)) continue;
      for (const problem of result.problems) {
        // The packages are ESM only (documented): a CommonJS require() is not offered.
        const kind = "resolutionKind" in problem ? problem.resolutionKind : undefined;
        if (kind === "node10" || kind === "node16-cjs") continue;
        // A style sheet entry (@kehoach/ui/tokens.css) is for bundlers and <link>, not for types.
        if ("entrypoint" in problem && problem.entrypoint.endsWith(".css")) continue;
        const p = problem as unknown as Record<string, unknown>;
        const where = [p.entrypoint, p.fileName, p.moduleSpecifier && `→ ${p.moduleSpecifier}`]
          .filter(Boolean)
          .join(" ");
        found.push(`${pkg.name}: ${problem.kind} ${where} (${kind ?? p.resolutionOption ?? ""})`);
      }
    }
    expect(found).toEqual([]);
  }, 120_000);

  it("has a README with at least one example marked to run", () => {
    const without = packed.filter((p) => !examples.some((e) => e.packageName === p.name)).map((p) => p.name);
    expect(without).toEqual([]);
  });
});

describe("README examples, installed from the packed tarballs outside the workspace", () => {
  it("run as written, each exiting 0", async () => {
    const failures: string[] = [];
    for (const example of examples) {
      const file = join(app, `${example.id}.${example.language === "sh" ? "sh" : "mjs"}`);
      await writeFile(file, example.code);
      const command = example.language === "sh" ? "sh" : process.execPath;
      try {
        await run(command, [file], {
          cwd: app,
          maxBuffer: 32 * 1024 * 1024,
          env: { ...process.env, PATH: `${join(app, "node_modules", ".bin")}:${process.env.PATH}` },
        });
      } catch (error) {
        const e = error as { code?: number; stderr?: string; stdout?: string };
        failures.push(
          `${example.id} (README dòng ${example.line}): mã thoát ${e.code}\n${e.stderr || e.stdout}`,
        );
      }
    }
    expect(failures).toEqual([]);
    expect(examples.length).toBeGreaterThanOrEqual(packed.length);
  }, 600_000);
});
