import { reportToVanBan } from "@kehoach/plan-documents";
import type { Locality } from "@kehoach/plan-model";
import type { PeriodReport } from "@kehoach/report-model";
import { nd30Profile } from "@kehoach/vanban";
import { pdfRenderer } from "@kehoach/vanban/browser/pdf";

// The báo cáo as an edXML package (QCVN 102:2016): the văn bản, its PDF and its .docx, made from
// one tree at one moment, with the message header @kehoach/edxml writes from the document. Loaded
// only when someone asks for the package (the PDF engine, the Word writer and the package writer
// are all large).

export async function reportEdxml(
  report: PeriodReport,
  options: { locality: Locality; fromAgencyId: string | undefined; baseName: string; now?: Date },
): Promise<{ xml: string; unrouted: string[] }> {
  const now = options.now ?? new Date();
  const doc = reportToVanBan(report, { creationDate: now.toISOString() });
  const [{ edxmlFromVanBan, PDF_TYPE, DOCX_TYPE }, { renderDocx }] = await Promise.all([
    import("@kehoach/edxml"),
    import("@kehoach/vanban/docx"),
  ]);
  const [pdf, docx] = await Promise.all([
    pdfRenderer().render(doc, nd30Profile(14)),
    renderDocx(doc, { profile: nd30Profile(14) }),
  ]);
  const { xml, unrouted } = edxmlFromVanBan(doc, {
    locality: options.locality,
    fromAgencyId: options.fromAgencyId,
    sentAt: now,
    files: [
      { name: `${options.baseName}.pdf`, contentType: PDF_TYPE, data: pdf },
      { name: `${options.baseName}.docx`, contentType: DOCX_TYPE, data: docx },
    ],
  });
  return { xml, unrouted };
}
