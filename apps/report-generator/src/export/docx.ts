import { reportToVanBan } from "@kehoach/plan-documents";
import type { PeriodReport } from "@kehoach/report-model";
import { nd30Profile } from "@kehoach/vanban";

/** The báo cáo as an editable Word file, from the same văn bản tree as the PDF. */
export async function reportDocx(report: PeriodReport): Promise<Blob> {
  const { renderDocx, DOCX_MIME_TYPE } = await import("@kehoach/vanban/docx");
  const bytes = await renderDocx(reportToVanBan(report, { creationDate: new Date().toISOString() }), {
    profile: nd30Profile(14),
  });
  return new Blob([bytes as BlobPart], { type: DOCX_MIME_TYPE });
}
