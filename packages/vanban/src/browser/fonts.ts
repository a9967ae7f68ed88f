/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import bold from "@kehoach/vanban/fonts/tinos-vi/Tinos-Bold.ttf?url";
import bolditalics from "@kehoach/vanban/fonts/tinos-vi/Tinos-BoldItalic.ttf?url";
import italics from "@kehoach/vanban/fonts/tinos-vi/Tinos-Italic.ttf?url";
import normal from "@kehoach/vanban/fonts/tinos-vi/Tinos-Regular.ttf?url";
import type { FontUrls } from "../fonts/fetch.js";
import type { FontSet } from "../fonts/font-set.js";
import { type FontLoadOptions, loadFontSet } from "./font-loading.js";

// The document fonts of every app: the Vietnamese subset of Tinos this package builds (it also
// carries "█", "■" and "→" for the appendices), as hashed asset URLs the bundler emits, fetched
// only when a document is made.

/** The id the PDF engine registers the set under: the same in every app. */
export const TINOS_VI = "Tinos-vi";

/** Where the four styles are, as the bundler emitted them (relative to the site). */
export const TINOS_VI_URLS: FontUrls = { normal, bold, italics, bolditalics };

/** The Vietnamese Tinos every document of the apps is set in. */
export function tinosVi(options?: FontLoadOptions): Promise<FontSet> {
  return loadFontSet(TINOS_VI, TINOS_VI_URLS, options);
}

let previewFontRegistered = false;

/**
 * Gives the HTML preview the document's font ("VanBanSerif" in @kehoach/vanban/html/preview.css)
 * from the same files. Until (or unless) they load, the preview falls back to Times-metric fonts.
 */
export function registerPreviewFont(): void {
  if (previewFontRegistered || typeof FontFace === "undefined" || typeof document === "undefined") return;
  previewFontRegistered = true;
  const faces: [string, FontFaceDescriptors][] = [
    [normal, { weight: "400", style: "normal" }],
    [bold, { weight: "700", style: "normal" }],
    [italics, { weight: "400", style: "italic" }],
    [bolditalics, { weight: "700", style: "italic" }],
  ];
  for (const [url, descriptors] of faces) {
    const face = new FontFace("VanBanSerif", `url(${url})`, descriptors);
    document.fonts.add(face);
    face.load().catch(() => {
      // The fallback serif is used; nothing else depends on this face.
    });
  }
}
