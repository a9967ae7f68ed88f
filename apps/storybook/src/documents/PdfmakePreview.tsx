import type { VanBan } from "@kehoach/vanban";
import { fetchFontSet } from "@kehoach/vanban/fonts/fetch";
import bold from "@kehoach/vanban/fonts/tinos-vi/Tinos-Bold.ttf?url";
import bolditalics from "@kehoach/vanban/fonts/tinos-vi/Tinos-BoldItalic.ttf?url";
import italics from "@kehoach/vanban/fonts/tinos-vi/Tinos-Italic.ttf?url";
import normal from "@kehoach/vanban/fonts/tinos-vi/Tinos-Regular.ttf?url";
import { pdfmakeFontContainer, vanBanToPdfmake } from "@kehoach/vanban/pdfmake";
import { useMemo } from "react";
import { type PdfEngine, RenderedPdf } from "./RenderedPdf.js";

interface PdfMake {
  addFontContainer(container: ReturnType<typeof pdfmakeFontContainer>): void;
  createPdf(definition: ReturnType<typeof vanBanToPdfmake>): { getBuffer(): Promise<Uint8Array> };
}

let engine: Promise<PdfMake> | undefined;

/** pdfmake's browser build with the Vietnamese subset of Tinos in its virtual file system, loaded once. */
function pdfmakeWithTinos(): Promise<PdfMake> {
  engine ??= (async () => {
    const [module, fonts] = await Promise.all([
      import("pdfmake/build/pdfmake.js"),
      fetchFontSet("Tinos-vi", { normal, bold, italics, bolditalics }),
    ]);
    const pdfMake = ((module as { default?: unknown }).default ?? module) as PdfMake;
    pdfMake.addFontContainer(pdfmakeFontContainer(fonts));
    return pdfMake;
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/**
 * The same văn bản through the second engine: the definition of @kehoach/vanban/pdfmake rendered
 * by pdfmake 0.3 in the browser, drawn page by page with pdf.js.
 */
export function PdfmakePreview({ doc, label, fileName }: { doc: VanBan; label: string; fileName: string }) {
  const engine = useMemo<PdfEngine>(
    () => ({
      steps: ["Tải pdfmake và phông chữ Tinos", "Dựng tệp PDF bằng pdfmake", "Vẽ các trang"],
      load: () => pdfmakeWithTinos(),
      render: async () =>
        new Uint8Array(await (await pdfmakeWithTinos()).createPdf(vanBanToPdfmake(doc)).getBuffer()),
      failure: "pdfmake không dựng được tệp PDF",
    }),
    [doc],
  );
  return <RenderedPdf engine={engine} label={label} fileName={fileName} />;
}
