import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { FontSet } from "./font-set.js";

// Tinos 1.340 (Apache/OFL, metric-compatible with Times New Roman, all 178 Vietnamese letters),
// shipped in the npm package @expo-google-fonts/tinos.
const TINOS_FILES = {
  normal: "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf",
  bold: "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf",
  italics: "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf",
  bolditalics: "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf",
} as const;

let tinos: Promise<FontSet> | undefined;

/** The Tinos family read from node_modules, once per process. */
export function loadTinosFromNodeModules(): Promise<FontSet> {
  tinos ??= (async () => {
    const require = createRequire(import.meta.url);
    const read = async (spec: string) => new Uint8Array(await readFile(require.resolve(spec)));
    const [normal, bold, italics, bolditalics] = await Promise.all([
      read(TINOS_FILES.normal),
      read(TINOS_FILES.bold),
      read(TINOS_FILES.italics),
      read(TINOS_FILES.bolditalics),
    ]);
    return { id: "Tinos", normal, bold, italics, bolditalics };
  })();
  return tinos;
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
