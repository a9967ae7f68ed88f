import { toUpperVi } from "@kehoach/text-vi";
import {
  Footer,
  Header,
  type ISectionOptions,
  PageNumber,
  PageOrientation,
  type Paragraph,
  SectionType,
  type Table,
  TextRun,
} from "docx";
import type { Appendix, VanBan } from "../model.js";
import type { LayoutProfile } from "../profile.js";
import {
  appendixLabel,
  appendixReference,
  attachedReference,
  organisationSignatureLines,
} from "../text-lines.js";
import { type BodyPart, blockParts, buildParagraph } from "./body.js";
import { contextFor, type DocxContext, fixedRun, styled } from "./context.js";
import { circulationParagraph, headerTable } from "./header.js";
import { lineWidths } from "./metrics.js";
import { ruleParagraph } from "./rules.js";
import { signatureTable } from "./signature.js";
import { kinhGuiParagraphs, preambleParagraphs, titleParagraphs } from "./title.js";
import { twip, twipMm } from "./units.js";

// A văn bản as Word sections, as the PDF cuts it: the document; each of its phụ lục (landscape
// when asked, margins kept on the turned page); each document it issues (a QĐ's attached KH)
// with that document's own phụ lục. Every section starts on a new page, numbers its pages from
// 1 and has a distinct first page, so the number, centred in the top margin, is absent from the
// title page of each section and present from its second page on.

export function documentSections(doc: VanBan, profile: LayoutProfile): ISectionOptions[] {
  const sections = [textSection(doc, profile, undefined), ...appendixSections(doc, profile)];
  for (const attached of doc.attachments ?? []) {
    sections.push(textSection(attached, profile, doc));
    sections.push(...appendixSections(attached, profile, doc));
  }
  return sections;
}

function textSection(doc: VanBan, profile: LayoutProfile, host: VanBan | undefined): ISectionOptions {
  const ctx = contextFor(profile, "portrait");
  const children: (Paragraph | Table)[] = [headerTable(ctx, doc, !host)];
  if (doc.kind !== "CV") {
    children.push(
      ...titleParagraphs(
        ctx,
        doc,
        host ? attachedReference(doc, host, profile.attachmentReferencePrefix) : undefined,
      ),
    );
  }
  children.push(...preambleParagraphs(doc), ...kinhGuiParagraphs(ctx, doc));
  const signature = signatureTable(ctx, doc);
  children.push(...flow(ctx, doc.body, signature !== undefined));
  if (signature) children.push(signature);
  const circulation = host ? undefined : circulationParagraph(ctx, doc);
  const mark = doc.organisationSignature
    ? organisationSignatureLines(doc.organisationSignature, host ?? doc).map((line) =>
        styled("organisationSignature", [fixedRun(line)]),
      )
    : [];
  const contact = !host && doc.contact ? styled("contact", doc.contact) : undefined;
  return section(ctx, children, {
    firstHeader: [...mark, ...(circulation ? [circulation] : [])],
    firstFooter: contact,
  });
}

function appendixSections(doc: VanBan, profile: LayoutProfile, issuedBy?: VanBan): ISectionOptions[] {
  const list = doc.appendices ?? [];
  return list.map((appendix, index) => {
    const ctx = contextFor(profile, appendix.orientation ?? "portrait");
    const reference = appendixReference(appendix, issuedBy ?? doc, profile.attachmentReferencePrefix);
    const text = appendix.organisationSignature;
    const mark = text
      ? organisationSignatureLines(text, issuedBy ?? doc).map((line) =>
          styled("organisationSignature", [fixedRun(line)]),
        )
      : [];
    return section(
      ctx,
      [
        ...appendixTitle(ctx, appendix, appendixLabel(index, list.length), reference),
        ...flow(ctx, appendix.body, false),
      ],
      { firstHeader: mark },
    );
  });
}

/** "Phụ lục I" (14 bold), the TITLE (bold), "(Kèm theo …)" (13 italic), a short rule. */
function appendixTitle(ctx: DocxContext, appendix: Appendix, label: string, reference: string): Paragraph[] {
  const s = ctx.profile.sizes;
  const title = toUpperVi(appendix.title);
  const longest = Math.max(0, ...lineWidths(title, s.appendixTitle, "bold", ctx.textWidth));
  return [
    styled("appendixLabel", label),
    styled("appendixTitle", title),
    styled("appendixReference", reference),
    ruleParagraph(ctx.profile, longest * ctx.profile.rules.shortRuleRatio, ctx.textWidth, 6),
  ];
}

/**
 * The body blocks as Word elements. A paragraph just before a table gets the table's 6 pt above
 * as its space after (Word has no space before a table); with a signature to follow, the last
 * block keeps with it, so the signature never stands alone on a page.
 */
function flow(ctx: DocxContext, blocks: VanBan["body"], keepLastWithNext: boolean): (Paragraph | Table)[] {
  const parts: BodyPart[] = blocks.flatMap((block) => blockParts(ctx, block));
  const out: (Paragraph | Table)[] = [];
  parts.forEach((p, i) => {
    const next = parts[i + 1];
    const isLast = i === parts.length - 1;
    if (p.kind === "table") {
      out.push(p.build(keepLastWithNext && isLast));
      return;
    }
    let options = p.options;
    if (next?.kind === "table") {
      options = { ...options, spacing: { ...options.spacing, after: twip(ctx.profile.body.spaceBeforePt) } };
    }
    if (keepLastWithNext && isLast) options = { ...options, keepNext: true };
    out.push(buildParagraph({ ...p, options }));
  });
  return out;
}

const A4 = { width: twipMm(210), height: twipMm(297) };

function section(
  ctx: DocxContext,
  children: (Paragraph | Table)[],
  first: { firstHeader?: Paragraph[]; firstFooter?: Paragraph | undefined } = {},
): ISectionOptions {
  const m = ctx.profile.marginsMm;
  const empty = () => styled("empty", []);
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      titlePage: true,
      page: {
        size: {
          ...A4,
          orientation: ctx.orientation === "portrait" ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
        },
        margin: {
          top: twipMm(m.top),
          bottom: twipMm(m.bottom),
          left: twipMm(m.left),
          right: twipMm(m.right),
          header: twipMm(ctx.profile.headerDistanceMm),
          // The address block of page 1 (ô 13) stands just above the bottom margin, as in the PDF.
          footer: twipMm(m.bottom),
          gutter: 0,
        },
        pageNumbers: { start: 1 },
      },
    },
    // Every section states all its headers and footers: Word would otherwise carry the previous
    // section's into it.
    headers: {
      default: new Header({
        children: [styled("pageNumber", [new TextRun({ children: [PageNumber.CURRENT] })])],
      }),
      // Ô 14 and the phạm vi lưu hành mark stand in the first page's top margin.
      first: new Header({ children: first.firstHeader?.length ? first.firstHeader : [empty()] }),
    },
    footers: {
      default: new Footer({ children: [empty()] }),
      first: new Footer({ children: [first.firstFooter ?? empty()] }),
    },
    children,
  };
}
