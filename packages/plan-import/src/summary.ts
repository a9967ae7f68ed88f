import { flattenTasks } from "@kehoach/plan-model";
import { toIsoDate } from "@kehoach/text-vi";
import type { ImportResult } from "./types.js";

/** The JSON summary `kehoach import --summary` prints, so any tool can score an import. */
export interface ImportSummary {
  docType: "KH" | "QĐ" | null;
  issuer: string | null;
  planYear: number | null;
  number: string | null;
  symbol: string | null;
  place: string | null;
  issuedOn: string | null;
  title: string | null;
  signer: { authority: string | null; title: string | null; name: string | null };
  tasks: { ref: string; text: string; leads: string[]; supports: string[]; time: string }[];
}

/**
 * The summary of an import: header fields as written, and every task (not the groups that only
 * gather tasks) with its leads (advising agencies included), supporting agencies and time as written.
 */
export function toSummary(result: ImportResult): ImportSummary {
  if (!result.ok) {
    return {
      docType: null,
      issuer: null,
      planYear: null,
      number: null,
      symbol: null,
      place: null,
      issuedOn: null,
      title: null,
      signer: { authority: null, title: null, name: null },
      tasks: [],
    };
  }
  const plan = result.plan;
  const head = result.header;
  return {
    docType: result.docType,
    issuer: plan.issuer.name || null,
    planYear: plan.planYear,
    number: head.number,
    symbol: head.symbol,
    place: plan.place || null,
    issuedOn: toIsoDate(plan.issuedOn),
    // The document's own trích yếu: for a QĐ that issues the plan, the QĐ's; the plan's is in the plan.
    title: head.title ?? (plan.title || null),
    signer: {
      authority: head.signerAuthority,
      title: head.signerTitle,
      name: plan.signer?.name ?? null,
    },
    tasks: flattenTasks(plan.tasks)
      .filter((n) => n.task.kind !== "group")
      .map(({ task }) => ({
        ref: task.ref ?? "",
        text: task.title,
        leads: task.roles.filter((r) => r.role === "lead" || r.role === "advisor").map((r) => r.agency.name),
        supports: task.roles.filter((r) => r.role === "support").map((r) => r.agency.name),
        time: task.time.raw,
      })),
  };
}
