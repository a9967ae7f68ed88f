import type { Plan } from "@kehoach/plan-model";
import { exportDocument } from "../preview/plan-document.js";

/**
 * The plan (or the Quyết định issuing it) as an editable Word file, from the same văn bản tree as
 * the PDF. The Word engine is a chunk of its own, loaded on the first click.
 */
export async function planDocx(plan: Plan): Promise<{ bytes: Uint8Array; type: string }> {
  const { renderDocx, DOCX_MIME_TYPE } = await import("@kehoach/vanban/docx");
  return { bytes: await renderDocx(exportDocument(plan)), type: DOCX_MIME_TYPE };
}
