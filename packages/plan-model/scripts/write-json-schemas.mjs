// Writes schema/*.schema.json from the built library (run `pnpm build` first, or `pnpm json-schema`).
// The files are then formatted like every JSON file of the repository (biome).
import { writeFileSync } from "node:fs";
import { JSON_SCHEMAS } from "../dist/json-schema.js";

for (const [file, make] of Object.entries(JSON_SCHEMAS)) {
  const url = new URL(`../schema/${file}`, import.meta.url);
  writeFileSync(url, `${JSON.stringify(make(), null, 2)}\n`);
  console.log(`schema/${file}`);
}
