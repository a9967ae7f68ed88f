import type { Specimen } from "@kehoach/vanban/specimens";
import { PdfmakePreview } from "./PdfmakePreview.tsx";
import { PdfPreview } from "./PdfPreview.tsx";

/**
 * One văn bản through both engines, side by side: the PDF renderer on pdfkit
 * (@kehoach/vanban/pdf, the default) and pdfmake from @kehoach/vanban/pdfmake.
 */
export function EnginePair({ specimen }: { specimen: Specimen }) {
  return (
    <div className="sb-engines">
      <div>
        <h2 className="sb-engine-title">pdfkit · @kehoach/vanban/pdf</h2>
        <PdfPreview doc={specimen.doc} label={`${specimen.title} (pdfkit)`} fileName={`${specimen.id}.pdf`} />
      </div>
      <div>
        <h2 className="sb-engine-title">pdfmake · @kehoach/vanban/pdfmake</h2>
        <PdfmakePreview
          doc={specimen.doc}
          label={`${specimen.title} (pdfmake)`}
          fileName={`${specimen.id}-pdfmake.pdf`}
        />
      </div>
    </div>
  );
}
