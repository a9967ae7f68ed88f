import type { TDocumentDefinitions } from "pdfmake/interfaces.js";
import { FONT_STYLES, type FontSet } from "../fonts/font-set.js";
import { FONT_FAMILY } from "./layout.js";

// The part of pdfmake 0.3 we use. In Node "pdfmake" resolves to its server build, in a bundler to
// its browser build (package.json "browser" field); both expose the same surface below.
interface PdfMake {
  virtualfs: {
    existsSync(name: string): boolean;
    writeFileSync(name: string, content: unknown, encoding?: string): void;
  };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy?: (callback: (path: string) => boolean) => void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
}

let engine: Promise<PdfMake> | undefined;

/** Loads pdfmake on first use only: it and the fonts are the heavy part of every app. */
export function loadEngine(): Promise<PdfMake> {
  engine ??= import("pdfmake").then((mod) => {
    const pdfmake = ((mod as { default?: unknown }).default ?? mod) as PdfMake;
    // A văn bản never fetches anything: fonts come from memory, and no image or link is resolved.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy?.(() => false);
    return pdfmake;
  });
  return engine;
}

const isNode = typeof process !== "undefined" && Boolean(process.versions?.node);

/** Puts a font set into pdfmake's virtual file system (once per set) and makes it the family. */
export function useFontSet(pdfmake: PdfMake, fonts: FontSet): void {
  const files: Record<string, string> = {};
  for (const style of FONT_STYLES) {
    const name = `${fonts.id}-${style}.ttf`;
    files[style] = name;
    if (!pdfmake.virtualfs.existsSync(name)) {
      // The browser build stores what it is given and reads it back with its own Buffer
      // polyfill, so it gets base64; Node gets a real Buffer.
      if (isNode) pdfmake.virtualfs.writeFileSync(name, Buffer.from(fonts[style]));
      else pdfmake.virtualfs.writeFileSync(name, toBase64(fonts[style]), "base64");
    }
  }
  pdfmake.setFonts({ [FONT_FAMILY]: files });
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
