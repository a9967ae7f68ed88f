// tsc compiles the TypeScript; the offline status stylesheet is copied beside its compiled module,
// so `import "./offline.css"` in dist/browser/index.js finds its file.
import { cp, readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let copied = 0;
for (const entry of await readdir(join(root, "src"), { recursive: true })) {
  if (!entry.endsWith(".css")) continue;
  await cp(join(root, "src", entry), join(root, "dist", entry));
  copied += 1;
}
console.log(`@kehoach/site-kit: ${copied} stylesheet(s) copied to dist/`);
