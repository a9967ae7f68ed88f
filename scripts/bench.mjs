// `pnpm bench`: runs the `bench` script of every package that has one, one package at a time so
// their timings do not disturb each other. The packages are built first (see package.json).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const packages = readdirSync(join(root, "packages"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => join(root, "packages", d.name))
  .filter((dir) => {
    try {
      return Boolean(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts?.bench);
    } catch {
      return false;
    }
  })
  .sort();

let failed = 0;
for (const dir of packages) {
  const name = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name;
  console.log(`\n== ${name}`);
  try {
    execFileSync("pnpm", ["run", "--silent", "bench", ...process.argv.slice(2)], {
      cwd: dir,
      stdio: "inherit",
    });
  } catch {
    failed++;
    console.error(`${name}: bench failed`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
