// Build step: the four Tinos styles from npm @expo-google-fonts/tinos (OFL-1.1, which allows
// subsetting) cut down to the characters Vietnamese documents use (src/fonts/tinos-vi-ranges.ts),
// without hinting instructions (a PDF is printed or scaled, not hinted). About 70 KB per style
// instead of 500+, for browsers, workers and a fast command line. Written to dist/fonts/tinos-vi/
// and exported as "@kehoach/vanban/fonts/tinos-vi/*".
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";
import { TINOS_VI_RANGES as RANGES } from "../dist/fonts/tinos-vi-ranges.js";

const require = createRequire(import.meta.url);
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "fonts", "tinos-vi");
const STYLES = {
  "Tinos-Regular.ttf": "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf",
  "Tinos-Bold.ttf": "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf",
  "Tinos-Italic.ttf": "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf",
  "Tinos-BoldItalic.ttf": "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf",
};

let text = "";
for (const [from, to] of RANGES) for (let cp = from; cp <= to; cp++) text += String.fromCodePoint(cp);

mkdirSync(out, { recursive: true });
let total = 0;
for (const [name, spec] of Object.entries(STYLES)) {
  const subset = await subsetFont(readFileSync(require.resolve(spec)), text, {
    targetFormat: "sfnt",
    noHinting: true,
  });
  writeFileSync(join(out, name), subset);
  total += subset.length;
}
console.log(`Tinos (tiếng Việt) → ${out}: ${Math.round(total / 1024)} KB cho 4 kiểu chữ`);
