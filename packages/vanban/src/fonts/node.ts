import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { FontSet, FontStyle } from "./font-set.js";
import { inTinosVi } from "./tinos-vi-ranges.js";

// Tinos 1.340 (Apache/OFL, metric-compatible with Times New Roman, all 178 Vietnamese letters),
// shipped in the npm package @expo-google-fonts/tinos, and its Vietnamese subset built by this
// package. A process that renders one document spends most of its font time parsing the files:
// the subset (70 KB a style instead of 500+) is what a Vietnamese document needs, and the full
// family is there for a document with other characters.

// Resolved from this package's own folder, so the files are found wherever this code runs from,
// including inside a bundle built into another package (the kehoach command line).
const require = createRequire(createRequire(import.meta.url).resolve("@kehoach/vanban/package.json"));

const TINOS_FILES: Record<FontStyle, string> = {
  normal: "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf",
  bold: "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf",
  italics: "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf",
  bolditalics: "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf",
};

const TINOS_VI_FILES: Record<FontStyle, string> = {
  normal: "@kehoach/vanban/fonts/tinos-vi/Tinos-Regular.ttf",
  bold: "@kehoach/vanban/fonts/tinos-vi/Tinos-Bold.ttf",
  italics: "@kehoach/vanban/fonts/tinos-vi/Tinos-Italic.ttf",
  bolditalics: "@kehoach/vanban/fonts/tinos-vi/Tinos-BoldItalic.ttf",
};

async function readSet(id: string, specs: Record<FontStyle, string>): Promise<FontSet> {
  const read = async (spec: string) => new Uint8Array(await readFile(require.resolve(spec)));
  const [normal, bold, italics, bolditalics] = await Promise.all([
    read(specs.normal),
    read(specs.bold),
    read(specs.italics),
    read(specs.bolditalics),
  ]);
  return { id, normal, bold, italics, bolditalics };
}

let tinos: Promise<FontSet> | undefined;
let tinosVi: Promise<FontSet | undefined> | undefined;

/** The full Tinos family read from node_modules, once per process. */
export function loadTinosFromNodeModules(): Promise<FontSet> {
  tinos ??= readSet("Tinos", TINOS_FILES);
  return tinos;
}

/**
 * The Vietnamese subset of Tinos, once per process; undefined in a source checkout where this
 * package has not been built (the subset is made at build time).
 */
export function loadTinosVietnamese(): Promise<FontSet | undefined> {
  tinosVi ??= readSet("Tinos-vi", TINOS_VI_FILES).catch(() => undefined);
  return tinosVi;
}

/**
 * The lightest Tinos that draws every character of the text (for a document, any string that
 * holds all its text, such as its JSON): the Vietnamese subset when it covers them, else the full
 * family. Both have the same metrics, so the choice never moves a line break.
 */
export async function loadTinosFor(text: string): Promise<FontSet> {
  if (inTinosVi(text)) {
    const subset = await loadTinosVietnamese();
    if (subset) return subset;
  }
  return loadTinosFromNodeModules();
}

/** A family the locality supplies (for example a licensed Times New Roman), from four file paths. */
export async function loadFontSetFromFiles(
  id: string,
  paths: Record<"normal" | "bold" | "italics" | "bolditalics", string>,
): Promise<FontSet> {
  const read = async (path: string) => new Uint8Array(await readFile(path));
  return {
    id,
    normal: await read(paths.normal),
    bold: await read(paths.bold),
    italics: await read(paths.italics),
    bolditalics: await read(paths.bolditalics),
  };
}
