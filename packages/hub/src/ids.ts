// Document ids. Each id names the one unit that writes the document, right after its type, so a
// document has one writer and two units can never edit the same one: conflicts can only come
// from two devices of the same unit, and CouchDB keeps both sides. The owner first also lets one
// prefix ("progress:xa-kim-lien:") list a unit's documents and one regular expression select
// them for the province. A plan is named by its issuing unit and its id, since plan ids are only
// unique within the unit that wrote them. Free-text segments (plan and task ids) are
// percent-encoded, so ":" only ever separates segments.
//
//   plan:<unit>:<plan id>
//   progress:<unit>:<plan unit>:<plan id>:<task id>:<period key>
//   period:<unit>:<plan unit>:<plan id>:<period key>
//   archive:<unit>:<id of the document>:<revision>      (a version set aside when a conflict was resolved)

export const DOC_TYPES = ["plan", "progress", "period", "archive"] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** A plan as the hub names it: the unit that issued it and its id there. */
export interface PlanRef {
  unit: string;
  id: string;
}

const enc = (text: string) => encodeURIComponent(text);

export function planDocId(unit: string, planId: string): string {
  return `plan:${unit}:${enc(planId)}`;
}

export function progressDocId(unit: string, plan: PlanRef, taskId: string, periodKey: string): string {
  return `progress:${unit}:${plan.unit}:${enc(plan.id)}:${enc(taskId)}:${enc(periodKey)}`;
}

/** The start every progress id of one unit on one plan shares: one range lists them. */
export function progressPrefix(unit: string, plan: PlanRef): string {
  return `progress:${unit}:${plan.unit}:${enc(plan.id)}:`;
}

export function periodDocId(unit: string, plan: PlanRef, periodKey: string): string {
  return `period:${unit}:${plan.unit}:${enc(plan.id)}:${enc(periodKey)}`;
}

export function archiveDocId(unit: string, documentId: string, rev: string): string {
  return `archive:${unit}:${enc(documentId)}:${enc(rev)}`;
}

/** The key a plan has in a unit's assignments: "so-noi-vu:kh-2026". */
export function planKey(plan: PlanRef): string {
  return `${plan.unit}:${enc(plan.id)}`;
}

export type ParsedDocId =
  | { type: "plan"; unit: string; planId: string }
  | { type: "progress"; unit: string; plan: PlanRef; taskId: string; periodKey: string }
  | { type: "period"; unit: string; plan: PlanRef; periodKey: string }
  | { type: "archive"; unit: string; documentId: string; rev: string };

const SEGMENTS: Record<DocType, number> = { plan: 3, progress: 6, period: 5, archive: 4 };

/** Reads an id back; undefined for anything that is not one of ours (design documents, strays). */
export function parseDocId(id: string): ParsedDocId | undefined {
  const parts = id.split(":");
  const type = parts[0] as DocType;
  if (!DOC_TYPES.includes(type) || parts.length !== SEGMENTS[type] || parts.some((p) => p === ""))
    return undefined;
  let d: string[];
  try {
    d = parts.map((p) => decodeURIComponent(p));
  } catch {
    return undefined;
  }
  const [, unit = "", a = "", b = "", c = "", e = ""] = d;
  switch (type) {
    case "plan":
      return { type, unit, planId: a };
    case "progress":
      return { type, unit, plan: { unit: a, id: b }, taskId: c, periodKey: e };
    case "period":
      return { type, unit, plan: { unit: a, id: b }, periodKey: c };
    case "archive":
      return { type, unit, documentId: a, rev: b };
  }
}

/** The regular expression (valid in ES5 and in Erlang) that selects one unit's own documents by id. */
export function ownDocumentsPattern(unit: string): string {
  return `^(${DOC_TYPES.join("|")}):${unit}:`;
}
