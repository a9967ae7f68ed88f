// tsc compiles the TypeScript; the components' stylesheets (and the default theme's token file,
// which the theme module imports) are copied beside the compiled modules, so `import "./button.css"`
// in dist/button/index.js finds its file.
import { cp, readdir } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
const entries = await readdir(src, { recursive: true });
let copied = 0;
for (const entry of entries) {
  if (!entry.endsWith(".css") && !entry.endsWith(".tokens.json")) continue;
  await cp(join(src, entry), join(root, "dist", relative(src, join(src, entry))));
  copied += 1;
}
console.log(`@kehoach/ui: ${copied} stylesheets and token files copied to dist/`);
