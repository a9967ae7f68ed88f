import { reportToVanBan } from "@kehoach/plan-documents";
import type { PeriodReport } from "@kehoach/report-model";
import { nd30Profile } from "@kehoach/vanban";
import { MIME } from "@kehoach/vanban/browser/download";
import { pdfRenderer } from "@kehoach/vanban/browser/pdf";

/** The báo cáo as PDF bytes, rendered by the document runtime's worker. */
export async function reportPdf(report: PeriodReport): Promise<Blob> {
  const bytes = await pdfRenderer().render(
    reportToVanBan(report, { creationDate: new Date().toISOString() }),
    nd30Profile(14),
  );
  return new Blob([bytes as BlobPart], { type: MIME.pdf });
}
