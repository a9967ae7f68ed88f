// tsc compiles the TypeScript; the React status's stylesheet is copied beside its compiled module,
// so `import "./hub-status.css"` in dist/react/HubStatus.js finds its file, and the import is
// blanked in the declaration file (types need no style sheet; a TypeScript consumer could not
// resolve it), as @kehoach/ui does for its components.
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
for (const entry of await readdir(src, { recursive: true })) {
  if (entry.endsWith(".css")) await cp(join(src, entry), join(root, "dist", relative(src, join(src, entry))));
}
for (const entry of await readdir(join(root, "dist"), { recursive: true })) {
  if (!entry.endsWith(".d.ts")) continue;
  const file = join(root, "dist", entry);
  const text = await readFile(file, "utf8");
  const cleaned = text.replace(/^import "[^"]+\.css";$/gmu, "");
  if (cleaned !== text) await writeFile(file, cleaned);
}
