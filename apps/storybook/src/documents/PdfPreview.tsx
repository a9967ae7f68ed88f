import type { VanBan } from "@kehoach/vanban";
import { tinosVi } from "@kehoach/vanban/browser/fonts";
import { pdfRenderer } from "@kehoach/vanban/browser/pdf";
import { useMemo } from "react";
import { type PdfEngine, RenderedPdf } from "./RenderedPdf.js";

/**
 * The faithful preview: the real PDF from @kehoach/vanban/pdf, drawn page by page with pdf.js,
 * exactly what an official downloads and prints.
 */
export function PdfPreview({ doc, label, fileName }: { doc: VanBan; label: string; fileName: string }) {
  const engine = useMemo<PdfEngine>(
    () => ({
      steps: ["Tải phông chữ Tinos", "Dựng tệp PDF", "Vẽ các trang"],
      load: () => tinosVi(),
      render: () => pdfRenderer().render(doc),
      failure: "Không dựng được tệp PDF",
    }),
    [doc],
  );
  return <RenderedPdf engine={engine} label={label} fileName={fileName} />;
}
