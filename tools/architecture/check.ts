import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { allows, type PackageRule } from "./rules.js";

// Every workspace package and app measured against the rules: what its package.json lists and
// what its sources import, among the @kehoach/* packages.

const SCOPE = "@kehoach/";

export interface WorkspacePackage {
  /** "packages/plan-model", "apps/plan-builder". */
  dir: string;
  name: string;
  /** The row that governs it: the folder name, or "apps/*". */
  ruleKey: string;
  dependencies: string[];
  devDependencies: string[];
  /** Imports of @kehoach/* in its src/: the specifier without the scope, and where. */
  imports: { specifier: string; file: string; testOnly: boolean }[];
}

export interface Violation {
  dir: string;
  message: string;
}

interface Manifest {
  name?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export function readWorkspace(root: string): WorkspacePackage[] {
  const out: WorkspacePackage[] = [];
  for (const group of ["packages", "apps"]) {
    for (const folder of readdirSync(join(root, group)).sort()) {
      const dir = join(root, group, folder);
      let manifest: Manifest;
      try {
        manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
      } catch {
        continue; // not a package (or a folder left by a build)
      }
      const scoped = (deps: Record<string, string> | undefined) =>
        Object.keys(deps ?? {})
          .filter((n) => n.startsWith(SCOPE))
          .map((n) => n.slice(SCOPE.length));
      out.push({
        dir: `${group}/${folder}`,
        name: manifest.name ?? folder,
        ruleKey: group === "apps" ? "apps/*" : folder,
        dependencies: [...scoped(manifest.dependencies), ...scoped(manifest.peerDependencies)],
        devDependencies: scoped(manifest.devDependencies),
        imports: sourceImports(dir),
      });
    }
  }
  return out;
}

const SOURCE = /\.(?:ts|tsx|mts|cts|js|mjs|jsx)$/;
const TEST_ONLY =
  /(?:\.test\.|\.spec\.|\.stories\.|\.test-helpers\.|(?:^|\/)(?:test-support|fixtures|__tests__)\/)/;
// `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`, `new URL(…)` is not an import.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](@kehoach\/[^"'?]+)/g;

function sourceImports(packageDir: string): WorkspacePackage["imports"] {
  const src = join(packageDir, "src");
  const found: WorkspacePackage["imports"] = [];
  const walk = (dir: string) => {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry === "node_modules" || entry === "dist") continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(entry)) {
        const file = relative(packageDir, path).split(sep).join("/");
        const text = readFileSync(path, "utf8");
        for (const match of text.matchAll(IMPORT)) {
          found.push({
            specifier: (match[1] as string).slice(SCOPE.length),
            file,
            testOnly: TEST_ONLY.test(file),
          });
        }
      }
    }
  };
  walk(src);
  return found;
}

/** Everything the packages use that their rows do not allow, and every package without a row. */
export function violations(packages: WorkspacePackage[], rules: Map<string, PackageRule>): Violation[] {
  const out: Violation[] = [];
  const folders = new Set(packages.filter((p) => p.dir.startsWith("packages/")).map((p) => p.ruleKey));
  const apps = new Set(
    packages.filter((p) => p.dir.startsWith("apps/")).map((p) => p.name.slice(SCOPE.length)),
  );
  for (const rule of rules.values()) {
    if (rule.key !== "apps/*" && !folders.has(rule.key)) {
      out.push({
        dir: rule.key,
        message: `docs/architecture.md có dòng cho ${rule.key} nhưng không có packages/${rule.key}.`,
      });
    }
    for (const entry of [...rule.runtime, ...rule.build]) {
      if (!folders.has(entry.split("/")[0] as string)) {
        out.push({
          dir: rule.key,
          message: `docs/architecture.md: ${rule.key} nhắc đến "${entry}", không phải gói nào trong packages/.`,
        });
      }
    }
  }
  for (const pkg of packages) {
    const rule = rules.get(pkg.ruleKey);
    if (!rule) {
      out.push({
        dir: pkg.dir,
        message: `${pkg.dir} (${pkg.name}) chưa có dòng trong bảng quy tắc phụ thuộc của docs/architecture.md.`,
      });
      continue;
    }
    const self = pkg.dir.startsWith("packages/") ? pkg.ruleKey : undefined;
    const own = (spec: string) => spec === self || spec.startsWith(`${self}/`);
    const importOk = (spec: string, testOnly: boolean) =>
      own(spec) ||
      rule.runtime.some((e) => allows(e, spec)) ||
      (testOnly && rule.build.some((e) => allows(e, spec)));
    // A package.json names whole packages: "site-kit/browser" in the table lets an app list site-kit.
    const packageOf = (entry: string) => entry.split("/")[0];
    const dependencyOk = (name: string, dev: boolean) =>
      name === self ||
      rule.runtime.some((e) => packageOf(e) === name) ||
      (dev && rule.build.some((e) => packageOf(e) === name));
    for (const dep of pkg.dependencies) {
      if (apps.has(dep))
        out.push({
          dir: pkg.dir,
          message: `${pkg.dir}/package.json phụ thuộc vào ứng dụng @kehoach/${dep}: không gói nào được dùng một ứng dụng.`,
        });
      else if (!dependencyOk(dep, false))
        out.push({
          dir: pkg.dir,
          message: `${pkg.dir}/package.json › dependencies: @kehoach/${dep} không được phép (${pkg.ruleKey} → ${list(rule.runtime)}).`,
        });
    }
    for (const dep of pkg.devDependencies) {
      if (apps.has(dep))
        out.push({
          dir: pkg.dir,
          message: `${pkg.dir}/package.json phụ thuộc vào ứng dụng @kehoach/${dep}: không gói nào được dùng một ứng dụng.`,
        });
      else if (!dependencyOk(dep, true))
        out.push({
          dir: pkg.dir,
          message: `${pkg.dir}/package.json › devDependencies: @kehoach/${dep} không được phép (${pkg.ruleKey} → ${list([...rule.runtime, ...rule.build])}).`,
        });
    }
    const declared = new Set([...pkg.dependencies, ...pkg.devDependencies]);
    const isApp = pkg.dir.startsWith("apps/");
    for (const use of pkg.imports) {
      const target = use.specifier.split("/")[0] as string;
      const where = `${pkg.dir}/${use.file}`;
      if (target === self) continue;
      if (!importOk(use.specifier, use.testOnly)) {
        const allowed = use.testOnly ? [...rule.runtime, ...rule.build] : rule.runtime;
        out.push({
          dir: pkg.dir,
          message: `${where} nhập @kehoach/${use.specifier}: không được phép (${pkg.ruleKey} → ${list(allowed)}).`,
        });
      } else if (!declared.has(target)) {
        out.push({
          dir: pkg.dir,
          message: `${where} nhập @kehoach/${use.specifier} nhưng package.json không khai báo @kehoach/${target}.`,
        });
      } else if (!isApp && !use.testOnly && !pkg.dependencies.includes(target)) {
        // A published package's own code needs what it imports installed with it; an app is bundled.
        out.push({
          dir: pkg.dir,
          message: `${where} nhập @kehoach/${use.specifier} lúc chạy nhưng package.json chỉ có nó trong devDependencies.`,
        });
      }
    }
  }
  return out;
}

function list(entries: string[]): string {
  return entries.length > 0 ? entries.join(", ") : "không gói nào";
}
