import type { Appendix, Decision, Issuer, Recipients, Signer } from "@kehoach/plan-model";
import { en, say } from "@kehoach/text-vi";
import { type SignerDraft, titleToSentence } from "../parse/closing.js";
import { capsToSentence, isAllCaps, oneLine } from "../text.js";
import type { AssembleContext } from "./context.js";
import { backRefParts, issuerCode } from "./header.js";

// The foot and what follows the plan: recipients and "Lưu", the signature, the appendices, and
// the Quyết định that issues the plan (its own header, articles, signer and recipients).

export function recipientsOf({ doc, findings, fields }: AssembleContext): Recipients {
  const closing = doc.closing;
  if (!closing.recipients)
    findings.add(
      "recipients-missing",
      "info",
      say('Không thấy phần "Nơi nhận".', en`No list of recipients was found at the foot of the document.`),
      doc.body.lines,
      "recipients",
    );
  fields.trace("recipients", closing.recipients?.lines);
  return {
    items: (closing.recipients?.value ?? []).map((r) => ({ text: r.text.slice(0, 1000) })),
    archive: closing.archive?.value ?? { vt: false, units: [] },
  };
}

function signerFrom(draft: SignerDraft): Signer {
  return {
    title: draft.titleAsWritten ? titleToSentence(draft.titleAsWritten) : "",
    ...(draft.collective ? { collective: draft.collective } : {}),
    ...(draft.delegation ? { delegation: draft.delegation } : {}),
    ...(draft.headTitle ? { headTitle: draft.headTitle } : {}),
    ...(draft.name ? { name: draft.name } : {}),
  };
}

/** The plan's signer, or the decision's when the plan attached to it is not signed itself. */
export function signerOf({ doc, findings, fields }: AssembleContext): {
  signer: Signer | undefined;
  draft: SignerDraft | undefined;
} {
  const draft = doc.closing.signer ?? doc.decision?.closing.signer;
  const ids: number[] = [];
  if (!draft)
    ids.push(
      findings.add(
        "signer-missing",
        "warning",
        say(
          "Không thấy phần chữ ký (chức vụ, họ tên người ký).",
          en`No signature block was found (the signer's title and name).`,
        ),
        undefined,
        "signer",
      ),
    );
  else if (!draft.name)
    ids.push(
      findings.add(
        "signer-name-missing",
        "info",
        say("Chưa có họ tên người ký (bản dự thảo).", en`The signer's name is not filled in yet (a draft).`),
        draft.lines,
        "signer",
      ),
    );
  fields.trace("signer", draft?.lines, ids);
  return { signer: draft ? signerFrom(draft) : undefined, draft };
}

export function appendicesOf({ doc }: AssembleContext): Appendix[] {
  return doc.appendices.map((a, i) => ({
    id: `phu-luc-${i + 1}`,
    ...(a.label ? { label: a.label.slice(0, 1000) } : {}),
    title: (isAllCaps(a.title) ? capsToSentence(oneLine(a.title)) : oneLine(a.title)).slice(0, 1000),
    ...(a.backRef
      ? { backRef: { text: a.backRef.value.slice(0, 1000), ...(backRefParts(a.backRef.value) ?? {}) } }
      : {}),
    content: a.blocks.some((b) => doc.taskTables.has(b))
      ? [{ kind: "slot" as const, slot: "tasks" as const }]
      : a.blocks.flatMap((b) => (b.kind === "para" ? [{ kind: "paragraph" as const, text: b.text }] : [])),
  }));
}

const SYMBOL = /^[A-Za-zĐđ]+(-[A-Za-zĐđ]+)+$/u;

/**
 * The Quyết định that issues the plan: its number, symbol, date and trích yếu are the document's
 * own, so the imported plan renders as the QĐ with the plan attached. A symbol the copy lost is
 * given back as "QĐ-<issuer>", with a finding.
 */
export function decisionOf(ctx: AssembleContext, issuer: Issuer): Decision | undefined {
  const d = ctx.doc.decision;
  if (!d) return undefined;
  const header = d.header;
  let symbol = header.number?.value.symbol ?? "";
  if (!SYMBOL.test(symbol)) {
    symbol = `QĐ-${issuerCode(issuer.name)}`;
    ctx.findings.add(
      "symbol-missing",
      "warning",
      say(
        `Không đọc được ký hiệu của Quyết định; tạm ghi "${symbol}", cần kiểm tra.`,
        en`The decision's symbol could not be read; ${symbol} is put in its place for now; please check.`,
      ),
      header.number?.lines ?? d.lines,
      "decision.symbol",
    );
  }
  const number = header.number?.value.number;
  const signer = d.closing.signer;
  return {
    symbol,
    ...(number && /^\d{1,6}$/.test(number) ? { number } : {}),
    ...(header.placeDate ? { place: header.placeDate.value.place } : {}),
    ...(header.placeDate?.value.date ? { issuedOn: header.placeDate.value.date } : {}),
    title: header.title?.value.text ?? "",
    ...(header.authority ? { authority: header.authority.value } : {}),
    bases: header.bases.map((b) => ({ kind: b.kind, text: oneLine(b.text), refs: b.refs })),
    ...(d.proposal ? { proposal: d.proposal.value } : {}),
    articles: d.articles.map((a) => a.value),
    ...(signer ? { signer: signerFrom(signer) } : {}),
    ...(d.closing.recipients
      ? {
          recipients: {
            items: d.closing.recipients.value.map((r) => ({ text: r.text })),
            archive: d.closing.archive?.value ?? { vt: false, units: [] },
          },
        }
      : {}),
  };
}
