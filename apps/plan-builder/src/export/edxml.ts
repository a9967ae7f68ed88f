import type { Locality, Plan } from "@kehoach/plan-model";
import { exportDocument } from "../preview/plan-document.js";
import { exportFileName } from "./file-name.js";

// The plan (or the Quyết định that issues it, with the plan attached) as an edXML package of QCVN
// 102:2016 for the national document exchange: the message header from the document, sender and
// recipients by the electronic identifiers the locality directory gives its agencies (edocCode),
// the PDF and the .docx attached as they are exported. @kehoach/edxml refuses, with every reason,
// a draft, a sender without a code and a package that reaches nobody; a nơi nhận without a code is
// printed in the package but returned as `unrouted`.

export interface PlanEdxml {
  xml: string;
  fileName: string;
  /** Nơi nhận the directory has no code for: they do not receive it through the exchange. */
  unrouted: string[];
}

export async function planEdxml(
  plan: Plan,
  files: { pdf: Uint8Array; docx: Uint8Array },
  locality: Locality,
  sentAt: Date = new Date(),
): Promise<PlanEdxml> {
  const { DOCX_TYPE, edxmlFromVanBan, PDF_TYPE } = await import("@kehoach/edxml");
  const base = exportFileName(plan, "pdf").replace(/\.pdf$/u, "");
  // The issuer's directory id, when the plan has one the directory knows; else its header names it.
  const fromAgencyId = locality.agencies.some((a) => a.id === plan.issuer.agencyId)
    ? plan.issuer.agencyId
    : undefined;
  const { xml, unrouted } = edxmlFromVanBan(exportDocument(plan), {
    locality,
    sentAt,
    fromAgencyId,
    files: [
      { name: `${base}.pdf`, contentType: PDF_TYPE, data: files.pdf },
      { name: `${base}.docx`, contentType: DOCX_TYPE, data: files.docx },
    ],
  });
  return { xml, fileName: `${base}.edxml`, unrouted };
}

/** The reasons of a refusal of @kehoach/edxml ("Chưa tạo được gói edXML: a; b."), one by one. */
export function edxmlReasons(message: string): string[] {
  const body = message.replace(/^Chưa tạo được gói edXML:\s*/u, "").replace(/\.$/u, "");
  return body
    .split("; ")
    .map((reason) => reason.trim())
    .filter((reason) => reason !== "");
}
