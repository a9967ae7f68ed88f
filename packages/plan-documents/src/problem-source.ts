import { describePath, type PathSegment, type Plan } from "@kehoach/plan-model";
import type { VanBanProblem } from "@kehoach/vanban";

// A renderer refuses a văn bản with a path into the document ("symbol", "attachments[0].date").
// The person fixing it edits a plan, not a văn bản: this says which field of the plan the
// problem comes from, in the plan's own path and its Vietnamese label.

export interface PlanProblem {
  /** Path into the plan file: "symbol", "decision.issuedOn". */
  path: string;
  /** The same place in Vietnamese: "Ký hiệu", "Quyết định ban hành › Ngày ban hành". */
  where: string;
  message: string;
}

const HEADER_FIELDS: Record<string, PathSegment[]> = {
  issuingBody: ["issuer", "headerLines"],
  parentBody: ["issuer", "parentBody"],
  symbol: ["symbol"],
  number: ["number"],
  date: ["issuedOn"],
  place: ["place"],
  subject: ["title"],
  signer: ["signer"],
  recipients: ["recipients"],
  appendices: ["appendices"],
  body: ["sections"],
};

const DECISION_FIELDS: Record<string, PathSegment[]> = {
  ...HEADER_FIELDS,
  symbol: ["decision", "symbol"],
  number: ["decision", "number"],
  date: ["decision", "issuedOn"],
  place: ["decision", "place"],
  subject: ["decision", "title"],
  body: ["decision", "articles"],
  basis: ["decision", "bases"],
  recipients: ["decision", "recipients"],
};

/** The plan field a renderer's problem comes from, for a document made by planToVanBan or planDocument. */
export function planProblemOf(problem: VanBanProblem, plan: Plan): PlanProblem {
  const attached = /^attachments\[\d+\]\.(.*)$/u.exec(problem.path);
  const rest = attached ? attached[1]! : problem.path;
  const top = /^[A-Za-z]+/u.exec(rest)?.[0] ?? "";
  const fields = plan.decision && !attached ? DECISION_FIELDS : HEADER_FIELDS;
  const segments = fields[top] ?? [];
  // A decision without its own signer signs with the plan's.
  const path =
    top === "signer" && plan.decision && !attached && !plan.decision.signer ? ["signer"] : segments;
  return {
    path: path.map((s) => (typeof s === "number" ? `[${s}]` : s)).join("."),
    where: path.length > 0 ? describePath(path) : "Văn bản",
    message: problem.message,
  };
}
