import { planDocument } from "@kehoach/plan-documents";
import type { Plan } from "@kehoach/plan-model";
import type { VanBan } from "@kehoach/vanban";

// The văn bản of a plan (the Kế hoạch, or the Quyết định that issues it with the plan attached),
// as exported, and as previewed while it is still being written: a draft
// may lack its title or symbol for a while, which the renderer rightly refuses; the preview shows
// a visible stand-in instead and says so, while the export still refuses until they are given.

export function exportDocument(plan: Plan): VanBan {
  return planDocument(plan);
}

export const FILLED = {
  subject: "subject",
  symbol: "symbol",
  issuingBody: "issuingBody",
} as const;

export function previewDocument(plan: Plan): { doc: VanBan; filled: string[] } {
  const doc = planDocument(plan);
  const filled: string[] = [];
  if (doc.subject.trim() === "") {
    doc.subject = "…";
    filled.push(FILLED.subject);
  }
  if (!/^[\p{L}\d]+(-[\p{L}\d]+)*$/u.test(doc.symbol)) {
    doc.symbol = "KH";
    filled.push(FILLED.symbol);
  }
  if (doc.issuingBody.every((line) => line.trim() === "")) {
    doc.issuingBody = ["…"];
    filled.push(FILLED.issuingBody);
  }
  return { doc, filled };
}
