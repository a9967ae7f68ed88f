// Theme build: checks every localities/*/theme.json and writes packages/ui/src/tokens.css (the
// example theme as the :root default) and packages/ui/theme.schema.json. A locality's own CSS is
// made from its theme.json where it is used (site-kit for the apps, Storybook for the catalogue). A theme that breaks
// the contract (unknown or missing token, contrast under WCAG AA) stops the build with the reasons.
// Run: pnpm --filter @kehoach/ui themes
import { readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const uiRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const localitiesRoot = join(uiRoot, "..", "..", "localities");

const { module: themes } = await runnerImport(join(uiRoot, "src/theme/index.ts"));
const { module: files } = await runnerImport(join(uiRoot, "src/theme/files.ts"));

let failed = false;
const slugs = [];
for (const entry of await readdir(localitiesRoot, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const path = join(localitiesRoot, entry.name, "theme.json");
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch {
    continue; // a locality without a theme uses the default one
  }
  const result = themes.parseTheme(JSON.parse(text));
  if (!result.ok) {
    failed = true;
    for (const p of result.problems)
      console.error(`localities/${entry.name}/theme.json ${p.path}: ${p.message}`);
    continue;
  }
  const contrast = themes.checkThemeContrast(result.theme);
  if (contrast.length > 0) {
    failed = true;
    for (const f of contrast) {
      console.error(
        `localities/${entry.name}/theme.json: độ tương phản ${f.foreground} trên ${f.background} là ${f.ratio.toFixed(2)}:1, cần ít nhất ${f.minimum}:1.`,
      );
    }
    continue;
  }
  if (entry.name === "example") {
    await writeFile(join(uiRoot, "src/tokens.css"), files.defaultTokensCss(result.theme));
  }
  slugs.push(entry.name);
}
await writeFile(join(uiRoot, "theme.schema.json"), `${files.formatJson(files.themeJsonSchema())}\n`);
if (failed) process.exit(1);
console.log(`Chủ đề đã tạo: ${slugs.join(", ")}`);
