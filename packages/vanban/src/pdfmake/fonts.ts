import type { TFontDictionary } from "pdfmake/interfaces.js";
import { base64 } from "../base64.js";
import type { FontSet } from "../fonts/font-set.js";
import { PDFMAKE_FONT } from "./document.js";

// The fonts a definition names, for the app's own pdfmake. In a browser they travel in pdfmake's
// virtual file system: fetch the Vietnamese subset of Tinos this package builds (about 70 KB a
// style; "@kehoach/vanban/fonts/tinos-vi/*"), then
//
//   pdfMake.addFontContainer(pdfmakeFontContainer(await fetchFontSet("Tinos-vi", urls)));
//
// In Node, pdfmake reads files: see "@kehoach/vanban/pdfmake/node".

/** File names of the four styles in pdfmake's virtual file system. */
export const PDFMAKE_FONT_FILES = {
  normal: "Tinos-Regular.ttf",
  bold: "Tinos-Bold.ttf",
  italics: "Tinos-Italic.ttf",
  bolditalics: "Tinos-BoldItalic.ttf",
} as const;

/** The font dictionary for pdfMake.addFonts: the family under the files (or paths) given. */
export function pdfmakeFonts(
  files: Record<keyof typeof PDFMAKE_FONT_FILES, string> = PDFMAKE_FONT_FILES,
  family = PDFMAKE_FONT,
): TFontDictionary {
  return { [family]: { ...files } };
}

/** The virtual file system holding a font set, as pdfmake's browser build takes it (base64). */
export function pdfmakeVfs(fonts: FontSet): Record<string, string> {
  return {
    [PDFMAKE_FONT_FILES.normal]: base64(fonts.normal),
    [PDFMAKE_FONT_FILES.bold]: base64(fonts.bold),
    [PDFMAKE_FONT_FILES.italics]: base64(fonts.italics),
    [PDFMAKE_FONT_FILES.bolditalics]: base64(fonts.bolditalics),
  };
}

/** Fonts and files in one, for pdfMake.addFontContainer (pdfmake's browser build). */
export function pdfmakeFontContainer(
  fonts: FontSet,
  family = PDFMAKE_FONT,
): { vfs: Record<string, string>; fonts: TFontDictionary } {
  return { vfs: pdfmakeVfs(fonts), fonts: pdfmakeFonts(PDFMAKE_FONT_FILES, family) };
}
