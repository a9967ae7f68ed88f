import type { FontSet } from "@kehoach/vanban";
import { TINOS_URLS } from "./tinos-urls.js";

let fontSet: Promise<FontSet> | undefined;

/** The four Tinos styles as bytes, fetched once per page. */
export function loadDocumentFonts(): Promise<FontSet> {
  fontSet ??= (async () => {
    const fetchBytes = async (url: string) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Không tải được phông chữ (${response.status} ${url}).`);
      return new Uint8Array(await response.arrayBuffer());
    };
    const [normal, bold, italics, bolditalics] = await Promise.all([
      fetchBytes(TINOS_URLS.normal),
      fetchBytes(TINOS_URLS.bold),
      fetchBytes(TINOS_URLS.italics),
      fetchBytes(TINOS_URLS.bolditalics),
    ]);
    return { id: "Tinos", normal, bold, italics, bolditalics };
  })();
  fontSet.catch(() => {
    fontSet = undefined; // let the next attempt retry after a network failure
  });
  return fontSet;
}

/** Gives the preview the document's own font once the page is idle; until then it uses Times-metric system fonts. */
export function registerPreviewFont(): void {
  if (typeof FontFace === "undefined") return;
  const faces: [string, FontFaceDescriptors][] = [
    [TINOS_URLS.normal, { weight: "400", style: "normal" }],
    [TINOS_URLS.bold, { weight: "700", style: "normal" }],
    [TINOS_URLS.italics, { weight: "400", style: "italic" }],
    [TINOS_URLS.bolditalics, { weight: "700", style: "italic" }],
  ];
  for (const [url, descriptors] of faces) {
    const face = new FontFace("VanBanSerif", `url(${url})`, descriptors);
    document.fonts.add(face);
    face.load().catch(() => {
      // The preview keeps its fallback font; the PDF export reports its own font errors.
    });
  }
}
