import { toUpperVi } from "@kehoach/text-vi";
import type { Paragraph } from "docx";
import type { VanBan } from "../model.js";
import { addresseeLines, basisLines, KINH_GUI_LABEL, QUYET_DINH_LINE, typeNameLine } from "../text-lines.js";
import { type DocxContext, styled } from "./context.js";
import { labelWidth, lineWidths } from "./metrics.js";
import { ruleParagraph } from "./rules.js";
import { twip, twipMm } from "./units.js";

// Ô 5a and what follows it, as in the PDF: tên loại, trích yếu and its rule at 0.4 of its
// longest line (for a document issued with a QĐ, the "(Kèm theo Quyết định …)" line before the
// rule); a QĐ's issuing-authority line, căn cứ and "QUYẾT ĐỊNH:"; then "Kính gửi".

/** The space between the trích yếu's rule and the text, on top of the paragraph's own 6 pt. */
const SPACE_AFTER_RULE = 6;

export function titleParagraphs(ctx: DocxContext, doc: VanBan, reference?: string): Paragraph[] {
  const s = ctx.profile.sizes;
  const out: Paragraph[] = [];
  const typeName = typeNameLine(doc);
  if (typeName) out.push(styled("typeName", typeName));
  out.push(styled("subject", doc.subject));
  if (reference) out.push(styled("attachedReference", reference));
  const longest = Math.max(0, ...lineWidths(doc.subject, s.subject, "bold", ctx.textWidth));
  out.push(
    ruleParagraph(ctx.profile, longest * ctx.profile.rules.shortRuleRatio, ctx.textWidth, SPACE_AFTER_RULE),
  );
  return out;
}

/** QĐ: issuing-authority line, căn cứ, "QUYẾT ĐỊNH:". Others: their căn cứ, if any. */
export function preambleParagraphs(doc: VanBan): Paragraph[] {
  const out: Paragraph[] = [];
  if (doc.kind === "QD" && doc.authority) out.push(styled("authority", toUpperVi(doc.authority)));
  for (const line of basisLines(doc)) out.push(styled("basis", line));
  if (doc.kind === "QD") out.push(styled("enactment", QUYET_DINH_LINE));
  return out;
}

/**
 * "Kính gửi:" (ô 9a), 3.5 cm in. One recipient follows the label and wraps under its own first
 * word; several go under it as "- …;" lines whose dashes stand under the label's colon.
 */
export function kinhGuiParagraphs(ctx: DocxContext, doc: VanBan): Paragraph[] {
  const lines = addresseeLines(doc);
  if (lines.length === 0) return [];
  const size = ctx.profile.sizes.body;
  const x0 = twipMm(ctx.profile.kinhGui.leftIndentCm * 10);
  const first = { before: twip(ctx.profile.body.spaceBeforePt * 2) };
  if (lines.length === 1) {
    const label = twip(labelWidth(`${KINH_GUI_LABEL} `, size));
    return [
      styled("kinhGui", `${KINH_GUI_LABEL} ${lines[0]}`, {
        spacing: first,
        indent: { left: x0 + label, hanging: label },
      }),
    ];
  }
  const colon = x0 + twip(labelWidth("Kính gửi", size));
  const dash = twip(labelWidth("- ", size));
  return [
    styled("kinhGui", KINH_GUI_LABEL, { spacing: first }),
    ...lines.map((line) => styled("kinhGui", line, { indent: { left: colon + dash, hanging: dash } })),
  ];
}
