import { createRequire } from "node:module";
import { inTinosVi } from "../fonts/tinos-vi-ranges.js";
import { PDFMAKE_FONT } from "./document.js";
import { PDFMAKE_FONT_FILES } from "./fonts.js";

// Node: the font files pdfmake reads, as paths. The Vietnamese subset of Tinos this package builds
// when it holds every character of the document, else the full family from npm (same metrics, so
// the choice never moves a line break). Allow pdfmake to read them:
//
//   const { fonts, files } = pdfmakeNodeFonts(JSON.stringify(doc));
//   pdfmake.setFonts(fonts);
//   pdfmake.setLocalAccessPolicy((path) => files.includes(path));
//   pdfmake.setUrlAccessPolicy(() => false);

// Resolved from this package's own folder, wherever this code runs from (a bundle included).
const require = createRequire(createRequire(import.meta.url).resolve("@kehoach/vanban/package.json"));

const FULL_TINOS = {
  normal: "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf",
  bold: "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf",
  italics: "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf",
  bolditalics: "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf",
} as const;

type Style = keyof typeof FULL_TINOS;
const STYLES: Style[] = ["normal", "bold", "italics", "bolditalics"];

function subsetPaths(): Record<Style, string> | undefined {
  try {
    const out = {} as Record<Style, string>;
    for (const style of STYLES)
      out[style] = require.resolve(`@kehoach/vanban/fonts/tinos-vi/${PDFMAKE_FONT_FILES[style]}`);
    return out;
  } catch {
    // A source checkout where the package has not been built: the subset is made at build time.
    return undefined;
  }
}

/**
 * The font dictionary for pdfmake.setFonts (file paths), and the paths to allow pdfmake to read.
 * `text`: any string holding the document's text (its JSON will do), to choose the subset.
 */
export function pdfmakeNodeFonts(
  text = "",
  family = PDFMAKE_FONT,
): { fonts: Record<string, Record<Style, string>>; files: string[] } {
  const subset = inTinosVi(text) ? subsetPaths() : undefined;
  const paths =
    subset ??
    (Object.fromEntries(STYLES.map((s) => [s, require.resolve(FULL_TINOS[s])])) as Record<Style, string>);
  return { fonts: { [family]: paths }, files: STYLES.map((s) => paths[s]) };
}
