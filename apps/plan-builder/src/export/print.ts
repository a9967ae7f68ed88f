import { openPdf } from "@kehoach/vanban/browser/pdfjs";

// Printing prints the PDF's own pages: each is drawn at print resolution and the page's print
// stylesheet shows only them, one per A4 sheet. (A PDF in a hidden frame would be simpler, but
// the site's Content-Security-Policy rightly forbids frames of blob: URLs.)

const PRINT_SCALE = 2.5; // ≈ 180 dpi on A4

export async function printPdf(bytes: Uint8Array): Promise<void> {
  const doc = await openPdf(bytes);
  const sheets = document.createElement("div");
  sheets.className = "pb-print-pages";
  const urls: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: PRINT_SCALE });
      const canvas = document.createElement("canvas");
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport, intent: "print" }).promise;
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
      if (!blob) continue;
      const url = URL.createObjectURL(blob);
      urls.push(url);
      const image = new Image();
      image.alt = "";
      image.src = url;
      await image.decode();
      sheets.append(image);
      page.cleanup();
    }
  } finally {
    void doc.destroy();
  }
  document.body.append(sheets);
  document.documentElement.classList.add("pb-printing");
  const done = () => {
    document.documentElement.classList.remove("pb-printing");
    sheets.remove();
    for (const url of urls) URL.revokeObjectURL(url);
  };
  window.addEventListener("afterprint", done, { once: true });
  window.print();
}
