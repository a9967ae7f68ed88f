import { toUpperVi } from "@kehoach/text-vi";
import type { Appendix, VanBan } from "../../model.js";
import { type LayoutProfile, mm } from "../../profile.js";
import {
  appendixLabel,
  appendixReference,
  attachedReference,
  organisationSignatureLines,
} from "../../text-lines.js";
import type { PageCanvas } from "../canvas.js";
import type { FlowItem, PageGeometry, Section } from "../flow.js";
import type { DocFonts } from "../fonts.js";
import type { ImageStore } from "../images.js";
import { blockItems } from "./body.js";
import {
  type BlockLine,
  drawLines,
  type LayoutContext,
  metricsOf,
  ruleOffset,
  span,
  stackLines,
} from "./common.js";
import { headerItem } from "./header.js";
import { organisationSignatureMark } from "./organisation-signature.js";
import { signatureItem } from "./signature.js";
import { kinhGuiItem, preambleItems, titleItem } from "./title.js";

// A văn bản as sections, each with its own page numbers (hidden on its first page): the
// document; each of its phụ lục; each document it issues (a QĐ's attached KH), followed by that
// document's own phụ lục.

const A4: [number, number] = [mm(210), mm(297)];

export function geometryFor(profile: LayoutProfile, orientation: "portrait" | "landscape"): PageGeometry {
  const [w, h] = orientation === "portrait" ? A4 : [A4[1], A4[0]];
  const m = profile.marginsMm;
  return { width: w, height: h, left: mm(m.left), right: mm(m.right), top: mm(m.top), bottom: mm(m.bottom) };
}

export interface LayoutResources {
  profile: LayoutProfile;
  fonts: DocFonts;
  images: ImageStore;
  /** Told where the signing space of the document's signature is drawn (see SignatureAppearance). */
  onSigningSpace?:
    | ((canvas: PageCanvas, box: { x: number; top: number; width: number; height: number }) => void)
    | undefined;
}

function contextFor(res: LayoutResources, orientation: "portrait" | "landscape"): LayoutContext {
  const geometry = geometryFor(res.profile, orientation);
  return { ...res, geometry, textWidth: geometry.width - geometry.left - geometry.right };
}

export function documentSections(doc: VanBan, res: LayoutResources): Section[] {
  const sections: Section[] = [textSection(doc, res, undefined)];
  sections.push(...appendixSections(doc, res));
  for (const attached of doc.attachments ?? []) {
    sections.push(textSection(attached, res, doc));
    sections.push(...appendixSections(attached, res, doc));
  }
  return sections;
}

/** The main text of a document, or of a document issued with the QĐ `host`. */
function textSection(doc: VanBan, res: LayoutResources, host: VanBan | undefined): Section {
  const ctx = contextFor(res, "portrait");
  const mark = doc.organisationSignature
    ? organisationSignatureMark(ctx, organisationSignatureLines(doc.organisationSignature, host ?? doc))
    : undefined;
  return {
    geometry: ctx.geometry,
    items: textItems(ctx, doc, host, mark?.width),
    firstPageFooter: contactFooter(ctx, doc),
    firstPageMark: mark ? (canvas) => mark.draw(canvas, ctx.geometry.width - ctx.geometry.right) : undefined,
  };
}

function* textItems(
  ctx: LayoutContext,
  doc: VanBan,
  host: VanBan | undefined,
  markWidth: number | undefined,
): Generator<FlowItem> {
  yield headerItem(ctx, doc, { numberAndDate: !host, ...(markWidth ? { rightMarkWidth: markWidth } : {}) });
  if (doc.kind !== "CV") {
    yield titleItem(
      ctx,
      doc,
      host ? attachedReference(doc, host, ctx.profile.attachmentReferencePrefix) : undefined,
    );
  }
  yield* preambleItems(ctx, doc);
  const kinhGui = kinhGuiItem(ctx, doc);
  if (kinhGui) yield kinhGui;
  const signature = signatureItem(ctx, doc);
  // The last two lines of the text are held back until the end is known: they go with the
  // signature, which is never left alone on a page.
  const held: FlowItem[] = [];
  for (const block of doc.body) {
    for (const item of blockItems(ctx, block)) {
      held.push(item);
      if (held.length > 2) yield held.shift() as FlowItem;
    }
  }
  for (const item of held) {
    if (signature) item.keepWithNext = true;
    yield item;
  }
  if (signature) yield signature;
}

function appendixSections(doc: VanBan, res: LayoutResources, issuedBy?: VanBan): Section[] {
  const list = doc.appendices ?? [];
  return list.map((appendix, index) => {
    const ctx = contextFor(res, appendix.orientation ?? "portrait");
    const reference = issuedBy
      ? appendixReference(appendix, issuedBy, res.profile.attachmentReferencePrefix)
      : appendixReference(appendix, doc, res.profile.attachmentReferencePrefix);
    const items: FlowItem[] = [
      appendixTitleItem(ctx, appendix, appendixLabel(index, list.length), reference),
    ];
    for (const block of appendix.body) items.push(...blockItems(ctx, block));
    // A phụ lục issued as a file of its own carries ô 14 with the number of the document it belongs to.
    const text = appendix.organisationSignature;
    const mark = text
      ? organisationSignatureMark(ctx, organisationSignatureLines(text, issuedBy ?? doc))
      : undefined;
    return {
      geometry: ctx.geometry,
      items,
      firstPageMark: mark
        ? (canvas) => mark.draw(canvas, ctx.geometry.width - ctx.geometry.right)
        : undefined,
    };
  });
}

/** "Phụ lục I" (14 bold), the TITLE (bold), "(Kèm theo …)" (13 italic), a short rule. */
function appendixTitleItem(
  ctx: LayoutContext,
  appendix: Appendix,
  label: string,
  reference: string,
): FlowItem {
  const s = ctx.profile.sizes;
  const width = ctx.textWidth;
  const lines: BlockLine[] = [];
  const a = stackLines(ctx, [span(label, s.appendixLabel, true)], s.appendixLabel, width, "center", 0);
  const t = stackLines(
    ctx,
    [span(toUpperVi(appendix.title), s.appendixTitle, true)],
    s.appendixTitle,
    width,
    "center",
    a.bottom,
  );
  const r = stackLines(
    ctx,
    [span(reference, s.appendixReference, false, true)],
    s.appendixReference,
    width,
    "center",
    t.bottom,
  );
  lines.push(...a.lines, ...t.lines, ...r.lines);
  const last = r.lines[r.lines.length - 1] as BlockLine;
  const ruleY = last.baseline + ruleOffset(ctx, s.appendixReference);
  const ruleWidth = Math.max(...t.lines.map((l) => l.line.width)) * ctx.profile.rules.shortRuleRatio;
  return {
    height: ruleY + 6,
    spaceBefore: 0,
    keepWithNext: true,
    draw(canvas: PageCanvas, x: number, top: number) {
      drawLines(canvas, lines, x, top);
      const centre = x + width / 2;
      canvas.line(
        centre - ruleWidth / 2,
        top + ruleY,
        centre + ruleWidth / 2,
        top + ruleY,
        ctx.profile.rules.strokePt,
      );
    },
  };
}

/** Ô 13: address and contacts at the foot of page 1, under a rule across the text block. */
function contactFooter(ctx: LayoutContext, doc: VanBan): Section["firstPageFooter"] {
  if (!doc.contact) return undefined;
  const size = ctx.profile.sizes.contact;
  const stack = stackLines(ctx, [span(doc.contact, size)], size, ctx.textWidth, "center", 4);
  const m = metricsOf(ctx, size);
  return {
    height: stack.bottom + m.descent,
    draw(canvas: PageCanvas, x: number, top: number) {
      canvas.line(x, top, x + ctx.textWidth, top, ctx.profile.rules.strokePt);
      drawLines(canvas, stack.lines, x, top);
    },
  };
}
