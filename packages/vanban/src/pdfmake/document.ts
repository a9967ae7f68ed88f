import { toUpperVi } from "@kehoach/text-vi";
import type {
  Content,
  ContextPageSize,
  CustomTableLayout,
  TDocumentDefinitions,
} from "pdfmake/interfaces.js";
import { textWidth } from "../docx/metrics.js";
import type { Appendix, Block, HeadingBlock, Inline, TableBlock, VanBan } from "../model.js";
import { type LayoutProfile, mm, nd30Profile, ProfileError, validateProfile } from "../profile.js";
import { CELL_PADDING_X, tableColumnWidths } from "../table-columns.js";
import {
  appendixLabel,
  appendixReference,
  attachedReference,
  headingLabel,
  itemLabel,
  organisationSignatureLines,
  titleOnOwnLine,
  typeNameLine,
} from "../text-lines.js";
import { assertPrintable } from "../validate.js";
import {
  appendixTitleUnit,
  bodyParagraph,
  circulationNode,
  contactFooter,
  headerNode,
  type ImageTable,
  kinhGuiUnit,
  organisationSignatureNode,
  type PartContext,
  paragraphUnit,
  preambleUnits,
  signatureUnit,
  titleNodes,
  type Unit,
} from "./parts.js";
import {
  lineHeightFactor,
  type Paragraph,
  paragraphHeight,
  paragraphNode,
  type Run,
  splitParagraph,
} from "./words.js";

// A văn bản as a pdfmake 0.3 document definition: the same tree, profile and wording as the PDF
// renderer, laid out by pdfmake. One pdfmake section per part of the document (the text, each
// phụ lục, each document a QĐ issues and its phụ lục), each numbering its pages from 1 in the top
// margin, the number absent from its first page.
//
// What pdfmake cannot be told is kept by the way nodes are grouped: a heading stays with the
// first two lines of its text, the signature with the last two lines of the text (unbreakable
// stacks, the paragraph cut between lines where needed); a group that would leave more than a
// quarter page empty is not made, and a heading then breaks before itself when nothing of what
// follows it would stand on its page (pageBreakBefore).

/** The pdfmake font family the definition names; register the four styles under it. */
export const PDFMAKE_FONT = "VanBanSerif";

export interface PdfmakeOptions {
  /** The layout profile; `nd30Profile(14)` by default, as for the PDF. */
  profile?: LayoutProfile;
  /** Issuing (ban hành) rather than a draft: refuses what validateVanBan finds (see renderPdf). */
  issuing?: boolean;
  /** The font family to name (PDFMAKE_FONT by default), if the app registers Tinos under another. */
  font?: string;
}

/** Marks a heading that must not end a page (see pageBreakBefore below). */
const KEEP_HEADLINE = 1;

/**
 * The document definition of a văn bản for pdfmake 0.3. Render it with your own pdfmake after
 * registering the fonts (see pdfmakeFonts / pdfmakeFontContainer); a fresh definition is built
 * each call, since pdfmake changes the one it renders. Refuses, as renderPdf does, a document or
 * profile outside the decree (`VanBanError`, `ProfileError`).
 */
export function vanBanToPdfmake(doc: VanBan, options: PdfmakeOptions = {}): TDocumentDefinitions {
  const profile = options.profile ?? nd30Profile(14);
  const profileProblems = validateProfile(profile);
  if (profileProblems.length > 0) throw new ProfileError(profileProblems);
  assertPrintable(doc, { issuing: options.issuing ?? false });

  const images: ImageTable = {};
  const sections: Content[] = [
    textSection(doc, profile, images, undefined),
    ...appendixSections(doc, profile),
  ];
  for (const attached of doc.attachments ?? []) {
    sections.push(textSection(attached, profile, images, doc));
    sections.push(...appendixSections(attached, profile, doc));
  }
  const m = profile.marginsMm;
  return {
    pageSize: "A4",
    pageOrientation: "portrait",
    pageMargins: [mm(m.left), mm(m.top), mm(m.right), mm(m.bottom)],
    content: sections,
    images,
    info: documentInfo(doc),
    language: "vi-VN",
    displayTitle: true,
    version: "1.7",
    defaultStyle: {
      font: options.font ?? PDFMAKE_FONT,
      fontSize: profile.sizes.body,
      lineHeight: lineHeightFactor(1),
      color: "#000000",
    },
    pageBreakBefore: (node, queries) =>
      node.headlineLevel === KEEP_HEADLINE && queries.getFollowingNodesOnPage().length === 0,
  };
}

function documentInfo(doc: VanBan): TDocumentDefinitions["info"] {
  const creationDate = doc.metadata?.creationDate
    ? new Date(doc.metadata.creationDate)
    : new Date(Date.UTC(doc.date.year, (doc.date.month ?? 1) - 1, doc.date.day ?? 1));
  const nfc = (text: string) => text.normalize("NFC");
  return {
    title: nfc(doc.metadata?.title ?? `${typeNameLine(doc) ?? "Công văn"} ${doc.subject}`.trim()),
    author: nfc(doc.metadata?.author ?? doc.issuingBody.join(" ")),
    subject: nfc(doc.subject),
    creator: "Kế hoạch Kit",
    producer: "Kế hoạch Kit (@kehoach/vanban/pdfmake)",
    creationDate,
  };
}

interface SectionContext extends PartContext {
  orientation: "portrait" | "landscape";
  pageHeight: number;
}

function sectionContext(profile: LayoutProfile, orientation: "portrait" | "landscape"): SectionContext {
  const [w, h] = orientation === "portrait" ? [mm(210), mm(297)] : [mm(297), mm(210)];
  const m = profile.marginsMm;
  return { profile, orientation, width: w - mm(m.left) - mm(m.right), pageHeight: h };
}

/**
 * The page number in the top margin, centred over the text block, absent from the section's first
 * page. pdfmake numbers pages through the whole document and calls this for each page of the
 * section in order, once per layout pass: the first page it meets is the section's first.
 */
function pageNumbers(
  profile: LayoutProfile,
  firstPage?: (page: { left: number; top: number }) => Content | null,
): (current: number, count: number, size: ContextPageSize) => Content | null {
  let first = 0;
  let last = Number.NaN;
  return (current) => {
    if (current !== last + 1) first = current;
    last = current;
    const m = profile.marginsMm;
    const n = current - first + 1;
    if (n === 1) return firstPage?.({ left: mm(m.left), top: mm(m.top) }) ?? null;
    return {
      text: String(n),
      fontSize: profile.sizes.pageNumber,
      alignment: "center",
      margin: [mm(m.left), mm(profile.headerDistanceMm), mm(m.right), 0],
    };
  };
}

function section(
  ctx: SectionContext,
  content: Content[],
  extra: { header?: ReturnType<typeof pageNumbers>; footer?: { node: Content; height: number } } = {},
): Content {
  const { profile } = ctx;
  const m = profile.marginsMm;
  let firstFooter = 0;
  let lastFooter = Number.NaN;
  const footer = extra.footer;
  return {
    section: content,
    pageSize: "A4",
    pageOrientation: ctx.orientation,
    // The address block of page 1 (ô 13) stands above the bottom margin, as in the PDF; pdfmake
    // reserves its room on every page of the section.
    pageMargins: [mm(m.left), mm(m.top), mm(m.right), mm(m.bottom) + (footer?.height ?? 0)],
    header: extra.header ?? pageNumbers(profile),
    ...(footer
      ? {
          footer: (current: number) => {
            if (current !== lastFooter + 1) firstFooter = current;
            lastFooter = current;
            return current === firstFooter
              ? { stack: [footer.node], margin: [mm(m.left), 0, mm(m.right), 0] }
              : null;
          },
        }
      : {}),
  } as Content;
}

/** The main text of a document, or of a document issued with the QĐ `host`. */
function textSection(
  doc: VanBan,
  profile: LayoutProfile,
  images: ImageTable,
  host: VanBan | undefined,
): Content {
  const ctx = sectionContext(profile, "portrait");
  const units: Unit[] = [];
  const header = headerNode(ctx, doc, !host);
  units.push({ node: { stack: header }, height: 0, keepWithNext: true });
  if (doc.kind !== "CV") {
    units.push(
      titleNodes(
        ctx,
        doc,
        host ? attachedReference(doc, host, profile.attachmentReferencePrefix) : undefined,
      ),
    );
  }
  units.push(...preambleUnits(ctx, doc));
  const kinhGui = kinhGuiUnit(ctx, doc);
  if (kinhGui) units.push(kinhGui);
  for (const block of doc.body) units.push(...blockUnits(ctx, block));
  const signature = signatureUnit(ctx, doc, images);
  if (signature) units.push(signature);
  const circulation = !host && doc.circulation ? doc.circulation : undefined;
  const m = profile.marginsMm;
  const mark = doc.organisationSignature
    ? organisationSignatureNode(ctx, organisationSignatureLines(doc.organisationSignature, host ?? doc), {
        left: mm(m.left),
        right: mm(m.right),
      })
    : undefined;
  // The first page's top margin: ô 14 at the right, the phạm vi lưu hành mark left of it.
  const firstPage =
    circulation || mark
      ? (page: { left: number; top: number }): Content => ({
          stack: [
            ...(mark ? [mark.node] : []),
            ...(circulation ? [circulationNode(ctx, circulation, page, mark?.width)] : []),
          ],
        })
      : undefined;
  return section(ctx, assemble(ctx, units), {
    header: pageNumbers(profile, firstPage),
    ...(doc.contact && !host ? { footer: contactFooter(ctx, doc.contact) } : {}),
  });
}

function appendixSections(doc: VanBan, profile: LayoutProfile, issuedBy?: VanBan): Content[] {
  const list = doc.appendices ?? [];
  return list.map((appendix: Appendix, index) => {
    const ctx = sectionContext(profile, appendix.orientation ?? "portrait");
    const reference = appendixReference(appendix, issuedBy ?? doc, profile.attachmentReferencePrefix);
    const units: Unit[] = [
      appendixTitleUnit(ctx, appendix.title, appendixLabel(index, list.length), reference),
    ];
    for (const block of appendix.body) units.push(...blockUnits(ctx, block));
    // A phụ lục issued as a file of its own carries ô 14 with the number of the document it belongs to.
    const text = appendix.organisationSignature;
    if (!text) return section(ctx, assemble(ctx, units));
    const m = profile.marginsMm;
    const mark = organisationSignatureNode(ctx, organisationSignatureLines(text, issuedBy ?? doc), {
      left: mm(m.left),
      right: mm(m.right),
    });
    return section(ctx, assemble(ctx, units), { header: pageNumbers(profile, () => mark.node) });
  });
}

/**
 * The units in order, grouped so that what must stay together does: each chain of units kept
 * with the next, ending with the first lines of a paragraph; the signature with the last two
 * lines of the text.
 */
function assemble(ctx: SectionContext, units: Unit[]): Content[] {
  const limit = ctx.pageHeight / 4;
  const out: Content[] = [];
  // The signature first: it takes the last block with it when that is short, else the last two
  // lines of the text (the paragraph cut before them), never less.
  const last = units.length - 1;
  const signature = units[last];
  if (signature?.signature && last > 0) {
    const before = units[last - 1] as Unit;
    const together = (nodes: Content[]): Unit => ({
      node: { stack: nodes, unbreakable: true },
      height: 0,
      keepWithNext: false,
    });
    const cut = before.paragraph && linesOf(before) > 4 ? splitAtEnd(before.paragraph, 2) : undefined;
    if (cut) {
      units.splice(
        last - 1,
        2,
        { node: cut[0], height: before.height, keepWithNext: false },
        together([cut[1], signature.node]),
      );
    } else if (before.height < limit) {
      units.splice(last - 1, 2, together([before.node, signature.node]));
    } else {
      units[last] = together([signature.node]);
    }
  }
  for (let i = 0; i < units.length; ) {
    let j = i;
    while ((units[j] as Unit).keepWithNext && j + 1 < units.length) j++;
    const chain = units.slice(i, j + 1);
    i = j + 1;
    if (chain.length === 1) {
      out.push((chain[0] as Unit).node);
      continue;
    }
    const end = chain[chain.length - 1] as Unit;
    const kept = chain.slice(0, -1).map((u) => u.node);
    const height = chain.reduce((h, u) => h + u.height, 0);
    if (height <= limit && end.height > 0) {
      out.push({ stack: chain.map((u) => u.node), unbreakable: true });
      continue;
    }
    const cut = end.paragraph ? splitParagraph(end.paragraph, 2) : undefined;
    const keptHeight = chain.slice(0, -1).reduce((h, u) => h + u.height, 0);
    if (cut && keptHeight + (end.height * 2) / Math.max(2, linesOf(end)) <= limit) {
      out.push({ stack: [...kept, cut[0]], unbreakable: true }, cut[1]);
      continue;
    }
    // Too tall to move whole: the kept units break before themselves rather than end a page.
    for (const node of kept) out.push(keepHeadline(node));
    out.push(end.node);
  }
  return out;
}

function linesOf(unit: Unit): number {
  const p = unit.paragraph;
  if (!p) return 1;
  return Math.max(1, Math.round((unit.height - p.spaceBefore) / (p.size * (2355 / 2048) * p.spacing)));
}

/** The paragraph cut so that its last `lines` lines are the second part. */
function splitAtEnd(p: Paragraph, lines: number): [Content, Content] | undefined {
  const total = linesOf({ node: "", height: paragraphHeight(p), keepWithNext: false, paragraph: p });
  return splitParagraph(p, total - lines);
}

function keepHeadline(node: Content): Content {
  if (typeof node === "string" || Array.isArray(node)) return { stack: [node], headlineLevel: KEEP_HEADLINE };
  return { ...(node as object), headlineLevel: KEEP_HEADLINE } as Content;
}

const run = (text: string, bold = false, italic = false): Run => ({ text, bold, italic });

/** The model's inline content as runs over a base style. */
function inlineRuns(content: string | Inline[], base: { bold?: boolean; italic?: boolean } = {}): Run[] {
  const parts = typeof content === "string" ? [content] : content;
  return parts.map((part) =>
    typeof part === "string"
      ? run(part, base.bold ?? false, base.italic ?? false)
      : run(part.text, part.bold ?? base.bold ?? false, part.italic ?? base.italic ?? false),
  );
}

function blockUnits(ctx: SectionContext, block: Block): Unit[] {
  const { profile } = ctx;
  switch (block.type) {
    case "paragraph": {
      const runs = inlineRuns(block.content, { bold: block.bold, italic: block.italic });
      if (block.align === "center")
        return [paragraphUnit(bodyParagraph(ctx, runs, { align: "center", firstIndent: 0 }))];
      return [paragraphUnit(bodyParagraph(ctx, runs))];
    }
    case "item":
      return [
        paragraphUnit(
          bodyParagraph(ctx, [
            run(`${itemLabel(block.marker, block.number)} `),
            ...inlineRuns(block.content),
          ]),
        ),
      ];
    case "heading":
      return headingUnits(ctx, block);
    case "table":
      return [tableUnit(ctx, block, profile.sizes.table)];
  }
}

function headingUnits(ctx: SectionContext, block: HeadingBlock): Unit[] {
  const { profile } = ctx;
  const label = headingLabel(block.level, block.number);
  const title = block.text.trim();
  switch (block.level) {
    case "phan":
    case "chuong":
    case "mucA":
    case "tieuMuc": {
      const centred = (text: string, spaceBefore: number) =>
        paragraphUnit(
          bodyParagraph(ctx, [run(text, true)], { align: "center", firstIndent: 0, spaceBefore }),
          true,
        );
      const units = [centred(label, profile.body.spaceBeforePt * 2)];
      if (title) units.push(centred(toUpperVi(title), 0));
      return units;
    }
    case "muc":
      return [paragraphUnit(bodyParagraph(ctx, [run(`${label} ${toUpperVi(title)}`, true)]), true)];
    case "dieu":
    case "khoan": {
      if (titleOnOwnLine(block)) {
        const heading = paragraphUnit(bodyParagraph(ctx, [run(`${label} ${title}`, true)]), true);
        return block.content
          ? [heading, paragraphUnit(bodyParagraph(ctx, inlineRuns(block.content)))]
          : [heading];
      }
      const runs = [run(label, true)];
      if (block.content) runs.push(run(" "), ...inlineRuns(block.content));
      return [paragraphUnit(bodyParagraph(ctx, runs), !block.content)];
    }
    case "diem": {
      const style = profile.diemTitleStyle;
      const runs = [run(`${label} `)];
      if (title) runs.push(run(title, style === "boldItalic", style !== "upright"));
      if (block.content) runs.push(run(" "), ...inlineRuns(block.content));
      return [paragraphUnit(bodyParagraph(ctx, runs), !block.content)];
    }
  }
}

const BORDER = 0.5;
const PAD_TOP = 2;
const PAD_BOTTOM = 3;

const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: () => BORDER,
  vLineWidth: () => BORDER,
  paddingLeft: () => CELL_PADDING_X,
  paddingRight: () => CELL_PADDING_X,
  paddingTop: () => PAD_TOP,
  // pdfmake adds a row's border to its height; the PDF draws it on the row's edge.
  paddingBottom: () => PAD_BOTTOM - BORDER,
};

/**
 * A table with the PDF's column widths and borders: the bold header row repeated on every page,
 * group rows in bold across the table, and rows that pdfmake cuts where a page ends (as Word
 * does), the header repeated above the rest.
 */
function tableUnit(ctx: SectionContext, table: TableBlock, defaultSize: number): Unit {
  const size = table.fontSize ?? defaultSize;
  const widths = tableColumnWidths(table, ctx.width, (word, bold) =>
    textWidth(word, size, bold ? "bold" : "regular"),
  );
  // pdfmake's widths leave out each column's padding and its left border.
  const inner = widths.map((w) => w - 2 * CELL_PADDING_X - BORDER);
  const span = (from: number, to: number) =>
    widths.slice(from, to + 1).reduce((a, b) => a + b, 0) - 2 * CELL_PADDING_X - BORDER;
  const cell = (text: string, width: number, align: Paragraph["align"], bold: boolean): Content =>
    paragraphNode({
      runs: [run(text, bold)],
      size,
      align,
      width,
      firstIndent: 0,
      spacing: 1,
      spaceBefore: 0,
    });
  const last = table.columns.length - 1;
  const header = table.columns.map((c, i) => ({
    ...(cell(c.header, inner[i] as number, "center", true) as object),
    verticalAlignment: "middle",
  }));
  const body: Content[][] = [header as unknown as Content[]];
  for (const row of table.rows) {
    if ("group" in row) {
      const cells: Content[] =
        row.label !== undefined && last > 0
          ? [
              cell(row.label, inner[0] as number, "center", true),
              {
                ...(cell(row.group, span(1, last), "left", true) as object),
                colSpan: last,
              } as unknown as Content,
            ]
          : [
              {
                ...(cell(row.group, span(0, last), "left", true) as object),
                colSpan: last + 1,
              } as unknown as Content,
            ];
      while (cells.length < table.columns.length) cells.push({ text: "" });
      body.push(cells);
      continue;
    }
    body.push(
      table.columns.map((c, i) => {
        const align = c.align === "center" ? "center" : c.align === "right" ? "right" : "left";
        return cell(row.cells[i] ?? "", inner[i] as number, align as Paragraph["align"], false);
      }),
    );
  }
  return {
    node: {
      table: { headerRows: 1, widths: inner, body },
      layout: TABLE_LAYOUT,
      // The outer borders stand on the margins, as the PDF's.
      margin: [-BORDER / 2, ctx.profile.body.spaceBeforePt, 0, 0],
    } as Content,
    // Never moved whole to keep a heading with it: pdfmake cuts its rows instead.
    height: Number.POSITIVE_INFINITY,
    keepWithNext: false,
  };
}
