import type { Plan } from "@kehoach/plan-model";
import { en, say } from "@kehoach/text-vi";
import type { AssembleContext } from "./assemble/context.js";
import { Fields, Findings } from "./assemble/findings.js";
import { appendicesOf, decisionOf, recipientsOf, signerOf } from "./assemble/foot.js";
import {
  abbreviationsOf,
  basesOf,
  dating,
  documentType,
  issuerCode,
  issuerOf,
  noteFindings,
  numbering,
  planTitle,
} from "./assemble/header.js";
import { fitToSchema, planId } from "./assemble/schema.js";
import { agencyMatching, convertTasks, matchIssuer } from "./assemble/tasks.js";
import type { SignerDraft } from "./parse/closing.js";
import type { ParsedDocument } from "./parse/document.js";
import { descendants, type OutlineNode } from "./parse/outline.js";
import { buildSections } from "./parse/sections.js";
import type { SourceDocument } from "./source/blocks.js";
import { fold } from "./text.js";
import type { FieldTrace, ImportFinding, ImportOptions, TaskTrace } from "./types.js";

// The parsed parts into a Plan (format 2) that passes the plan schema, plus the findings: what the
// importer guessed or could not read, each with its source lines and the part of the plan it
// concerns, so the review screen can show both sides. Each step lives in ./assemble/.

export interface Assembled {
  plan: Plan;
  findings: ImportFinding[];
  fields: FieldTrace[];
  tasks: TaskTrace[];
  docType: "KH" | "QĐ";
  /** The document's own header as written: a QĐ's when a decision issues the plan, else the plan's. */
  document: {
    title: string | null;
    number: string | null;
    symbol: string | null;
    signer: SignerDraft | undefined;
  };
}

export function assemble(doc: ParsedDocument, source: SourceDocument, options: ImportOptions): Assembled {
  const ctx: AssembleContext = {
    doc,
    source,
    options,
    findings: new Findings(),
    fields: new Fields(),
    firstLine: { from: 1, to: Math.min(source.lines.length, 3) || 1 },
  };
  noteFindings(ctx);
  const docType = documentType(ctx);
  const title = planTitle(ctx);
  const { issuedOn, place, planYear, period } = dating(ctx, title);
  const numbers = numbering(ctx, issuedOn);
  const abbreviations = abbreviationsOf(ctx);
  const { agency, matcher } = agencyMatching(ctx, abbreviations, issuedOn);
  const issuer = matchIssuer(issuerOf(ctx, title, place), matcher);
  const { bases, parentPlan } = basesOf(ctx);
  const { tasks, traces } = convertTasks(ctx, agency, planYear);
  const sections = sectionsOf(doc);
  const recipients = recipientsOf(ctx);
  const { signer, draft: signerDraft } = signerOf(ctx);
  const decision = decisionOf(ctx, issuer);
  const symbol = numbers.planSymbol || inferredSymbol(ctx, issuer.name, decision !== undefined);

  const plan = {
    schemaVersion: 2,
    id: planId(title, planYear),
    ...(options.locality ? { locality: options.locality.slug } : {}),
    issuer,
    ...(numbers.planNumber ? { number: numbers.planNumber } : {}),
    symbol,
    place,
    issuedOn,
    planYear,
    ...(period ? { period } : {}),
    title,
    ...(decision ? { decision } : {}),
    bases,
    ...(parentPlan ? { parentPlan } : {}),
    abbreviations,
    ...(doc.header.intro ? { intro: doc.header.intro.value } : {}),
    purposes: sections.purposes,
    requirements: sections.requirements,
    audiences: sections.audiences,
    themes: [],
    indices: [],
    forms: [],
    sections: sections.sections,
    tasks,
    targets: [],
    ...(sections.budget ? { budget: sections.budget } : {}),
    implementation: sections.implementation,
    reporting: sections.reporting,
    ...(doc.closingSentence ? { closing: doc.closingSentence.value } : {}),
    recipients,
    ...(signer ? { signer } : {}),
    appendices: appendicesOf(ctx),
    waivers: [],
  } as Plan;
  const qd = doc.decision?.header;
  return {
    plan: fitToSchema(plan, ctx.findings),
    findings: ctx.findings.list,
    fields: ctx.fields.list,
    tasks: traces,
    docType,
    document: decision
      ? {
          title: decision.title || null,
          number: qd?.number?.value.number ?? null,
          symbol: qd?.number?.value.symbol ?? null,
          signer: doc.decision?.closing.signer ?? signerDraft,
        }
      : {
          title: title || null,
          number: numbers.number ?? null,
          symbol: numbers.symbol ?? null,
          signer: signerDraft,
        },
  };
}

/** The body's divisions into sections, the tasks' place marked where tasks were read. */
function sectionsOf(doc: ParsedDocument) {
  const taskNodes = new Set<OutlineNode>(doc.taskNodes);
  for (const d of descendants(doc.body)) if (isTaskNodeLike(d)) taskNodes.add(d);
  return buildSections(
    doc.body,
    (n) => taskNodes.has(n),
    (b) => doc.taskTables.has(b),
  );
}

function isTaskNodeLike(n: OutlineNode): boolean {
  // A node is a task node when one of its own lines carries a role or time label.
  const texts = [
    n.text,
    ...n.body.flatMap((b) => (b.kind === "para" ? [b.text] : [])),
    ...n.children
      .filter((c) => c.style === "dash" || c.style === "plus" || c.style === "bullet")
      .map((c) => c.text),
  ];
  return texts.some((t) =>
    /^\s*(?:[-+•]\s*)?(?:(?:co quan|don vi|co quan, don vi)\s+)?(?:chu tri|phoi hop|tham muu|thoi gian(?: thuc hien)?)\s*:/.test(
      fold(t.slice(0, 80)),
    ),
  );
}

/**
 * A plan whose copy lost its ký hiệu still needs one to be rendered: "KH-<issuer>" (or the QĐ's
 * plan, which is printed without one), with a finding so a person checks it.
 */
function inferredSymbol(ctx: AssembleContext, issuerName: string, attached: boolean): string {
  const symbol = `KH-${issuerCode(issuerName)}`;
  if (!attached)
    ctx.findings.add(
      "symbol-missing",
      "warning",
      say(
        `Không có ký hiệu văn bản; tạm ghi "${symbol}" để kế hoạch hiển thị được, cần kiểm tra.`,
        en`The document has no symbol; ${symbol} is put in its place so the plan can be shown; please check.`,
      ),
      ctx.doc.header.number?.lines ?? ctx.firstLine,
      "symbol",
    );
  return symbol;
}
