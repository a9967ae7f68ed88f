// `pnpm bench`: gzipped size of what @kehoach/ui adds to an app (React excluded), for an app that
// imports only Button and for one that imports every entry, bundled from the published dist/
// files (run `pnpm build` first). The ratio shows tree-shaking at work.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleFixture } from "./bundle-fixture.mjs";

const uiRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const { exports } = JSON.parse(await readFile(join(uiRoot, "package.json"), "utf8"));
const entries = Object.keys(exports)
  .filter(
    (key) =>
      key !== "./package.json" && !key.includes("*") && !key.endsWith(".css") && !key.endsWith(".json"),
  )
  .map((key) => `@kehoach/ui/${key.slice(2)}`);

const fixtures = {
  "Button only": 'export { Button } from "@kehoach/ui/button";\n',
  "Dialog only": 'export { Dialog } from "@kehoach/ui/dialog";\n',
  [`whole package (${entries.length} entries)`]: entries
    .map((e, i) => `export * as m${i} from "${e}";`)
    .join("\n"),
};

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const rows = [];
for (const [name, source] of Object.entries(fixtures)) {
  const { sizes } = await bundleFixture(name.replace(/\W+/g, "-"), source);
  rows.push({
    fixture: name,
    "JS gzip": kb(sizes.js.gzip),
    "CSS gzip": kb(sizes.css.gzip),
    total: sizes.js.gzip + sizes.css.gzip,
  });
}
const whole = rows.at(-1).total;
console.log("@kehoach/ui bundle size (minified + gzip -9, React external, from dist/)");
console.table(
  rows.map((r) => ({
    ...r,
    total: kb(r.total),
    "of whole package": `${((r.total / whole) * 100).toFixed(1)}%`,
  })),
);
