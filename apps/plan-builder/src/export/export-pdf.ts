import { planFileName, planToVanBan } from "@kehoach/plan-documents";
import type { Plan } from "@kehoach/plan-model";
import { loadDocumentFonts } from "../fonts/load-fonts.js";

/** Renders the plan to PDF in the page; pdfmake and the fonts arrive only now, as a lazy chunk. */
export async function exportPlanPdf(plan: Plan): Promise<{ blob: Blob; fileName: string }> {
  const [{ renderPdf }, fonts] = await Promise.all([import("@kehoach/vanban/pdf"), loadDocumentFonts()]);
  const bytes = await renderPdf(planToVanBan(plan), { fonts });
  return {
    blob: new Blob([bytes as BlobPart], { type: "application/pdf" }),
    fileName: planFileName(plan, "pdf"),
  };
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
