// Theme build: writes packages/ui/src/tokens.css (ui's own default theme, src/theme/default.tokens.json,
// on :root) and packages/ui/theme.schema.json. A locality's theme extends the default and its CSS
// is made where it is used (site-kit for the apps, Storybook for the catalogue), with its checks.
// Run: pnpm --filter @kehoach/ui themes
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const uiRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

const { module: themes } = await runnerImport(join(uiRoot, "src/theme/index.ts"));
const { module: files } = await runnerImport(join(uiRoot, "src/theme/files.ts"));

const theme = themes.defaultTheme();
const advice = themes.contrastAdvice(theme);
if (advice.length > 0) {
  for (const a of advice) console.error(themes.formatContrastAdvice(a, "src/theme/default.tokens.json"));
  process.exit(1);
}
await writeFile(join(uiRoot, "src/tokens.css"), files.defaultTokensCss(theme));
await writeFile(join(uiRoot, "theme.schema.json"), `${files.formatJson(files.themeJsonSchema())}\n`);
console.log("Chủ đề mặc định: src/tokens.css, theme.schema.json");
