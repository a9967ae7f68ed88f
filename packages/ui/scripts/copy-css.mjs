// tsc compiles the TypeScript; the components' stylesheets (and the default theme's token file,
// which the theme module imports) are copied beside the compiled modules, so `import "./button.css"`
// in dist/button/index.js finds its file.
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
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

// tsc keeps a module's side-effect imports in its declaration file, so Button.d.ts says
// `import "./button.css"`, which a TypeScript consumer cannot resolve (no declaration for a style
// sheet) and Are the Types Wrong? reports. Types need no style sheet: the line is blanked, not
// removed, so the declaration maps still point at the right lines.
let blanked = 0;
for (const entry of await readdir(join(root, "dist"), { recursive: true })) {
  if (!entry.endsWith(".d.ts")) continue;
  const file = join(root, "dist", entry);
  const text = await readFile(file, "utf8");
  const cleaned = text.replace(/^import "[^"]+\.css";$/gmu, () => {
    blanked += 1;
    return "";
  });
  if (cleaned !== text) await writeFile(file, cleaned);
}
console.log(`@kehoach/ui: ${blanked} style-sheet imports left out of the declaration files`);
