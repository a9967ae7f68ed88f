// The Tinos files as build assets (hashed URLs), fetched only when a document is shown.
import normal from "@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf?url";
import italics from "@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf?url";
import bold from "@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf?url";
import bolditalics from "@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf?url";
import type { FontSet } from "@kehoach/vanban";
import { fetchFontSet } from "@kehoach/vanban/fonts/fetch";

export const TINOS_URLS = { normal, bold, italics, bolditalics };

let fonts: Promise<FontSet> | undefined;

/** The four Tinos styles as bytes for the PDF renderer, fetched once. */
export function tinosFontSet(): Promise<FontSet> {
  fonts ??= fetchFontSet("Tinos", TINOS_URLS);
  fonts.catch(() => {
    fonts = undefined;
  });
  return fonts;
}

let registered = false;

/** Gives the HTML preview the document's font ("VanBanSerif" in preview.css). */
export function registerPreviewFont(): void {
  if (registered || typeof FontFace === "undefined") return;
  registered = true;
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
      // The preview falls back to Times-metric fonts; nothing else depends on this one.
    });
  }
}
