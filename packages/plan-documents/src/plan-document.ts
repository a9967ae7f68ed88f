import { formatArchive, type Plan } from "@kehoach/plan-model";
import type { Block, VanBan } from "@kehoach/vanban";
import { type PlanToVanBanOptions, planToVanBan, signerBlock } from "./plan-to-van-ban.js";

// The document a plan is issued as: the Kế hoạch itself, or, when the plan is issued by a Quyết
// định (plan.decision), the QĐ with its căn cứ and articles, carrying the Kế hoạch as the
// document it issues ("Ban hành kèm theo Quyết định số …"). The QĐ's number, date, recipients and
// signature are the ones that count; the attached plan keeps its text, its tables and its appendices.

export function planDocument(plan: Plan, options: PlanToVanBanOptions = {}): VanBan {
  const kh = planToVanBan(plan, options);
  const decision = plan.decision;
  if (!decision) return kh;
  const { number: _number, recipients: _recipients, ...attached } = kh;
  const date = decision.issuedOn ?? plan.issuedOn;
  // Căn cứ lines are printed with their own punctuation by the renderer.
  const line = (text: string) => text.trim().replace(/[;.,]+$/u, "");
  const articles: Block[] = decision.articles.map((content, i) => ({
    type: "heading",
    level: "dieu",
    number: String(i + 1),
    text: "",
    content,
  }));
  return {
    kind: "QD",
    parentBody: kh.parentBody,
    issuingBody: kh.issuingBody,
    ...(decision.authority ? { authority: decision.authority } : {}),
    number: decision.number,
    symbol: decision.symbol,
    place: decision.place ?? plan.place,
    date,
    subject: decision.title,
    basis: [
      ...decision.bases.map((basis) => line(basis.text)).filter((text) => text !== ""),
      ...(decision.proposal?.trim() ? [line(decision.proposal)] : []),
    ],
    body: articles,
    signer: decision.signer ? signerBlock(decision.signer) : kh.signer,
    recipients: decision.recipients
      ? {
          items: decision.recipients.items.map((item) => item.text),
          archive: formatArchive(decision.recipients.archive),
        }
      : kh.recipients,
    attachments: [{ ...attached, date }],
    metadata: { ...kh.metadata, title: `Quyết định ${decision.title}` },
  };
}
