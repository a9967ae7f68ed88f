// Build step: the four Tinos styles from npm @expo-google-fonts/tinos (OFL-1.1, which allows
// subsetting) cut down to the characters Vietnamese documents use: Latin, Latin-1 and
// Latin Extended-A/B (ă â đ ê ô ơ ư), the combining marks, Latin Extended Additional (every
// toned letter), general punctuation (the en spaces of a draft's blanks, dashes, quotes) and
// currency signs, "→" of time spans and the block elements and squares of report charts (bars
// and legends), without hinting instructions (a PDF is printed or scaled, not hinted). About
// 70 KB per style instead of 500+, for browsers and workers. Written to
// dist/fonts/tinos-vi/ and exported as "@kehoach/vanban/fonts/tinos-vi/*".
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import subsetFont from "subset-font";

const require = createRequire(import.meta.url);
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "fonts", "tinos-vi");
const STYLES = {
  "Tinos-Regular.ttf": "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf",
  "Tinos-Bold.ttf": "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf",
  "Tinos-Italic.ttf": "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf",
  "Tinos-BoldItalic.ttf": "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf",
};
const RANGES = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x300, 0x36f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20bf],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2580, 0x259f],
  [0x25a0, 0x25a1],
  [0x25aa, 0x25ab],
  [0x25cb, 0x25cb],
  [0x25cf, 0x25cf],
];
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
