import { toUpperVi } from "@kehoach/text-vi";
import type { Content, CustomTableLayout } from "pdfmake/interfaces.js";
import { base64 } from "../base64.js";
import { sizeImage } from "../docx/images.js";
import { type Face, lineWidths, textWidth } from "../docx/metrics.js";
import { headerColumns } from "../header-columns.js";
import type { VanBan } from "../model.js";
import { cm, type LayoutProfile, mm } from "../profile.js";
import {
  addresseeLines,
  basisLines,
  congVanSubjectLine,
  drafterLine,
  KINH_GUI_LABEL,
  NOI_NHAN_LABEL,
  placeDateLine,
  QUOC_HIEU,
  QUYET_DINH_LINE,
  recipientLines,
  secrecyText,
  signerLines,
  soKyHieuLine,
  TIEU_NGU,
  typeNameLine,
  urgencyText,
} from "../text-lines.js";
import { type Paragraph, paragraphHeight, paragraphNode, type Run, singleLine } from "./words.js";

// The parts of a văn bản around its body, as pdfmake nodes with the PDF renderer's geometry: the
// header table of a first page, the title block, a QĐ's preamble, Kính gửi, the signature and Nơi
// nhận, a phụ lục's title, the address line and the marks. Lengths are measured in Times metrics
// (docx/metrics.ts), which are pdfmake's with kerning off.

/** Baseline below the top of a line, per point of size (Times win ascent). */
export const ASCENT = 1825 / 2048;

export interface PartContext {
  profile: LayoutProfile;
  /** Width of the text block on this section's pages. */
  width: number;
}

/** A node and its height as laid out, for keeping nodes together. */
export interface Unit {
  node: Content;
  height: number;
  keepWithNext: boolean;
  /** The paragraph behind a text node, when it can be cut between lines. */
  paragraph?: Paragraph | undefined;
  /** The signature block, kept with the last lines of the text. */
  signature?: boolean;
}

/** Tables drawn without lines or padding: the header and the signature block. */
export const PLAIN_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

const run = (text: string, bold = false, italic = false): Run => ({ text, bold, italic });
const faceOf = (bold: boolean, italic: boolean): Face =>
  bold ? (italic ? "boldItalic" : "bold") : italic ? "italic" : "regular";

/** Single-spaced lines of one style (header cells, the signer column). */
export function lines(
  text: string,
  size: number,
  width: number,
  style: { bold?: boolean; italic?: boolean; align?: Paragraph["align"]; spaceBefore?: number } = {},
): Paragraph {
  return {
    runs: [run(text, style.bold ?? false, style.italic ?? false)],
    size,
    align: style.align ?? "center",
    width,
    firstIndent: 0,
    spacing: 1,
    spaceBefore: style.spaceBefore ?? 0,
  };
}

/** A rule `length` long, centred, 2 pt under the line above (as the PDF draws it). */
export function rule(length: number, stroke: number, spaceBelow = 0): Content {
  return {
    canvas: [{ type: "line", x1: 0, y1: 2, x2: length, y2: 2, lineWidth: stroke }],
    alignment: "center",
    ...(spaceBelow > 0 ? { margin: [0, 0, 0, spaceBelow] } : {}),
  } as Content;
}

const widest = (text: string, size: number, face: Face, width: number) =>
  Math.max(0, ...lineWidths(text, size, face, width));

/** The header of a first page: agency and Quốc hiệu, then Số beside the place and date. */
export function headerNode(ctx: PartContext, doc: VanBan, numberAndDate: boolean): Content[] {
  const { profile } = ctx;
  const s = profile.sizes;
  const stroke = profile.rules.strokePt;
  const cols = headerColumns(profile, ctx.width, doc, numberAndDate, (text, size, style) =>
    textWidth(text, size, faceOf(style.bold ?? false, style.italic ?? false)),
  );
  const left: Content[] = [];
  if (doc.parentBody) left.push(paragraphNode(lines(toUpperVi(doc.parentBody), s.parentBody, cols.left)));
  for (const line of doc.issuingBody) {
    left.push(paragraphNode(lines(toUpperVi(line), s.issuingBody, cols.left, { bold: true })));
  }
  const lastLine = toUpperVi(doc.issuingBody[doc.issuingBody.length - 1] ?? "");
  const lastWidth = lineWidths(lastLine, s.issuingBody, "bold", cols.left).at(-1) ?? 0;
  left.push(rule(lastWidth * profile.rules.shortRuleRatio, stroke));
  const right: Content[] = [
    paragraphNode(lines(QUOC_HIEU, s.quocHieu, cols.right, { bold: true })),
    paragraphNode(lines(TIEU_NGU, s.tieuNgu, cols.right, { bold: true })),
    rule(textWidth(TIEU_NGU, s.tieuNgu, "bold"), stroke),
  ];
  const body: Content[][] = [[{ stack: left }, { stack: right }]];
  if (numberAndDate) {
    // 2 pt under the lower rule, then 6 pt; Số (13 pt) and the date share a baseline.
    const big = Math.max(s.soKyHieu, s.placeDate);
    const under: Content[] = [
      paragraphNode(
        lines(soKyHieuLine(doc), s.soKyHieu, cols.left, { spaceBefore: 8 + (big - s.soKyHieu) * ASCENT }),
      ),
    ];
    if (doc.kind === "CV") {
      const vvWidth = Math.min(cols.left - mm(8), mm(62));
      const side = (cols.left - vvWidth) / 2;
      // 6 pt under the Số line's descent (pdfmake's line box ends at its line gap below it).
      const spaceBefore = 6 - ((87 / 2048) * s.soKyHieu + (big - s.soKyHieu) * 0);
      under.push({
        ...(paragraphNode(
          lines(congVanSubjectLine(doc), s.congVanSubject, vvWidth, { spaceBefore }),
        ) as object),
        margin: [side, spaceBefore, side, 0],
      } as Content);
    }
    body.push([
      { stack: under },
      paragraphNode(
        lines(placeDateLine(doc), s.placeDate, cols.right, {
          italic: true,
          spaceBefore: 8 + (big - s.placeDate) * ASCENT,
        }),
      ),
    ]);
  }
  const nodes: Content[] = [
    {
      table: { widths: [cols.left, cols.right], body, dontBreakRows: true },
      layout: PLAIN_LAYOUT,
      margin: [-cols.extendLeft, 0, 0, 0],
    } as Content,
  ];
  // Mật and khẩn marks, 3 mm apart under the Số block, at the left edge of the text block.
  for (const text of [secrecyText(doc), urgencyText(doc)]) {
    if (!text) continue;
    nodes.push(stampNode(ctx, text, true, [0, mm(3), 0, 0]));
  }
  return nodes;
}

/** Pre-made stamp widths (mm) for the khẩn marks; others fit their text. */
const STAMP_WIDTH_MM: Record<string, number> = { "HỎA TỐC": 30, "THƯỢNG KHẨN": 40, KHẨN: 20 };
const STAMP_HEIGHT_MM = 8;
const STAMP_FRAME = 0.8;

/** A mark in a single-line frame 8 mm high (mật and khẩn in the stamps' red). */
export function stampNode(
  ctx: PartContext,
  text: string,
  red: boolean,
  margin: [number, number, number, number],
  width?: number,
): Content {
  const size = ctx.profile.sizes.stamp;
  const w = width ?? Math.max(mm(STAMP_WIDTH_MM[text] ?? 0), textWidth(text, size, "bold") + mm(4));
  const color = red ? ctx.profile.stampColor : "#000000";
  const height = mm(STAMP_HEIGHT_MM);
  // Capitals centred in the frame (Times-metric cap height is about 0.66 em).
  const top = height / 2 + size * 0.33 - ASCENT * size;
  const bottom = height - top - singleLine(size);
  return {
    table: {
      widths: [w - 2 * STAMP_FRAME],
      // One run, as the pre-made stamp: pdfmake would otherwise draw "HỎA" and "TỐC" apart.
      body: [[{ text, noWrap: true, bold: true, fontSize: size, color, alignment: "center" }]],
    },
    layout: {
      hLineWidth: () => STAMP_FRAME,
      vLineWidth: () => STAMP_FRAME,
      hLineColor: () => color,
      vLineColor: () => color,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => top - STAMP_FRAME,
      paddingBottom: () => bottom - STAMP_FRAME,
    },
    margin,
  } as Content;
}

/**
 * Ô 11: the phạm vi lưu hành mark, framed in the top margin over the right of the text block,
 * left of ô 14 (`markWidth` wide at the right) when there is one.
 */
export function circulationNode(
  ctx: PartContext,
  text: string,
  page: { left: number; top: number },
  markWidth = 0,
): Content {
  const size = ctx.profile.sizes.stamp;
  const upper = toUpperVi(text);
  const width = textWidth(upper, size, "bold") + mm(6);
  const clear = markWidth > 0 ? ctx.width - markWidth - mm(3) - width / 2 : Number.POSITIVE_INFINITY;
  const centre = page.left + Math.min(ctx.width * 0.716, clear);
  // Placed on the page, apart from what else the top margin holds (ô 14).
  return {
    ...(stampNode(ctx, upper, false, [0, 0, 0, 0], width) as object),
    absolutePosition: { x: centre - width / 2, y: page.top - mm(STAMP_HEIGHT_MM + 2) },
  } as Content;
}

/**
 * Ô 14: the organisation's signature text at the top right of a first page, in the top margin
 * where later pages carry their number: 10 pt, upright, black, each line ending at the margin.
 */
export function organisationSignatureNode(
  ctx: PartContext,
  text: string[],
  page: { left: number; right: number },
): { node: Content; width: number } {
  const size = ctx.profile.sizes.organisationSignature;
  return {
    node: {
      stack: text.map((line) => paragraphNode(lines(line, size, ctx.width, { align: "right" }))),
      margin: [page.left, mm(ctx.profile.headerDistanceMm), page.right, 0],
    } as Content,
    width: Math.max(...text.map((line) => textWidth(line, size))),
  };
}

/** Tên loại, trích yếu (and "(Kèm theo …)" for a document a QĐ issues), the short rule. */
export function titleNodes(ctx: PartContext, doc: VanBan, reference?: string): Unit {
  const { profile, width } = ctx;
  const s = profile.sizes;
  const stack: Content[] = [];
  let height = 18;
  const typeName = typeNameLine(doc);
  const add = (p: Paragraph) => {
    stack.push(paragraphNode(p));
    height += paragraphHeight(p);
  };
  if (typeName) add({ ...lines(typeName, s.typeName, width, { bold: true }), spaceBefore: 18 });
  add(lines(doc.subject, s.subject, width, { bold: true }));
  if (reference) add(lines(reference, s.subject, width, { italic: true }));
  const longest = widest(doc.subject, s.subject, "bold", width);
  stack.push(rule(longest * profile.rules.shortRuleRatio, profile.rules.strokePt, 6));
  return { node: { stack }, height: height + 8, keepWithNext: true };
}

/** Body-style paragraph settings of the profile. */
export function bodyParagraph(ctx: PartContext, runs: Run[], extra: Partial<Paragraph> = {}): Paragraph {
  const { profile } = ctx;
  return {
    runs,
    size: profile.sizes.body,
    align: "justify",
    width: ctx.width,
    firstIndent: cm(profile.body.firstLineIndentCm),
    spacing: profile.body.lineSpacing,
    spaceBefore: profile.body.spaceBeforePt,
    ...extra,
  };
}

export function paragraphUnit(p: Paragraph, keepWithNext = false): Unit {
  return { node: paragraphNode(p), height: paragraphHeight(p), keepWithNext, paragraph: p };
}

/** QĐ: the issuing-authority line, căn cứ, "QUYẾT ĐỊNH:". Others: their căn cứ, if any. */
export function preambleUnits(ctx: PartContext, doc: VanBan): Unit[] {
  const { profile } = ctx;
  const units: Unit[] = [];
  const centred = (text: string, spaceBefore: number): Paragraph =>
    bodyParagraph(ctx, [run(text, true)], { align: "center", firstIndent: 0, spaceBefore });
  if (doc.kind === "QD" && doc.authority) {
    units.push(paragraphUnit(centred(toUpperVi(doc.authority), profile.body.spaceBeforePt), true));
  }
  for (const line of basisLines(doc)) units.push(paragraphUnit(bodyParagraph(ctx, [run(line, false, true)])));
  if (doc.kind === "QD")
    units.push(paragraphUnit(centred(QUYET_DINH_LINE, profile.body.spaceBeforePt * 2), true));
  return units;
}

/** "Kính gửi:" 3.5 cm in; one recipient on its line, several under it with their dashes aligned. */
export function kinhGuiUnit(ctx: PartContext, doc: VanBan): Unit | undefined {
  const items = addresseeLines(doc);
  if (items.length === 0) return undefined;
  const { profile } = ctx;
  const size = profile.sizes.body;
  const spacing = profile.body.lineSpacing;
  const x0 = cm(profile.kinhGui.leftIndentCm);
  const pitch = singleLine(size) * spacing;
  const text = (value: string, width: number): Paragraph => ({
    ...lines(value, size, width, { align: "left" }),
    spacing,
  });
  if (items.length === 1) {
    const label = textWidth(`${KINH_GUI_LABEL} `, size);
    const p = text(items[0] as string, ctx.width - x0 - label);
    return {
      node: {
        columns: [
          { width: label, ...(paragraphNode(text(KINH_GUI_LABEL, label)) as object) },
          { width: "*", ...(paragraphNode(p) as object) },
        ],
        columnGap: 0,
        margin: [x0, profile.body.spaceBeforePt * 2, 0, 0],
      } as Content,
      height: profile.body.spaceBeforePt * 2 + paragraphHeight(p),
      keepWithNext: true,
    };
  }
  const colon = x0 + textWidth("Kính gửi", size);
  const dash = textWidth("- ", size);
  const stack: Content[] = [
    { ...(paragraphNode(text(KINH_GUI_LABEL, ctx.width - x0)) as object), margin: [x0, 0, 0, 0] } as Content,
  ];
  let height = pitch;
  for (const item of items) {
    const rest = item.replace(/^- /u, "");
    const p = text(rest, ctx.width - colon - dash);
    stack.push({
      columns: [
        { width: dash, ...(paragraphNode(text("-", dash)) as object) },
        { width: "*", ...(paragraphNode(p) as object) },
      ],
      columnGap: 0,
      margin: [colon, 0, 0, 0],
    } as Content);
    height += paragraphHeight(p);
  }
  return {
    node: { stack, margin: [0, profile.body.spaceBeforePt * 2, 0, 0] },
    height: height + profile.body.spaceBeforePt * 2,
    keepWithNext: true,
  };
}

/** Fallback printed widths when an image carries no resolution, as in the PDF. */
const SIGNATURE_WIDTH_MM = 35;
const SEAL_DIAMETER_MM = 36;
const SPACE_BEFORE_SIGNATURE = 12;

/** Data URLs of the signature and seal images, keyed by the names the nodes use. */
export type ImageTable = Record<string, string>;

/**
 * "Nơi nhận:" and its items in the left 40%, level with the first line of the signer's authority
 * and title in the right 60%; the signing space with the signature image and, over its left
 * third, the seal at its real size; the name.
 */
export function signatureUnit(ctx: PartContext, doc: VanBan, images: ImageTable): Unit | undefined {
  const titles = signerLines(doc);
  const recipients = recipientLines(doc);
  if (titles.length === 0 && recipients.length === 0 && !doc.signer?.name) return undefined;
  const { profile } = ctx;
  const s = profile.sizes;
  const rightWidth = ctx.width * profile.signature.columnRatio;
  const leftWidth = ctx.width - rightWidth;

  const right: Content[] = [];
  let rightHeight = 0;
  for (const title of titles) {
    const p = lines(title, s.signer, rightWidth, { bold: true });
    right.push(paragraphNode(p));
    rightHeight += paragraphHeight(p);
  }
  const gap = mm(profile.signature.gapMm);
  const centre = rightWidth / 2;
  let signatureBox: { x: number; width: number } | undefined;
  if (doc.signer?.signatureImage) {
    const image = sizeImage(doc.signer.signatureImage, SIGNATURE_WIDTH_MM);
    const k = image.height > gap - 4 ? (gap - 4) / image.height : 1;
    const width = image.width * k;
    const height = image.height * k;
    const x = centre - width / 2;
    signatureBox = { x, width };
    const name = addImage(images, "chu-ky", dataUrl(image.data, image.type));
    right.push({ image: name, width, height, relativePosition: { x, y: (gap - height) / 2 } } as Content);
  }
  if (doc.signer?.sealImage) {
    const image = sizeImage(doc.signer.sealImage, SEAL_DIAMETER_MM);
    const x = signatureBox
      ? signatureBox.x + signatureBox.width / 3 - image.width
      : centre - image.width * 0.8;
    const name = addImage(images, "con-dau", dataUrl(image.data, image.type));
    right.push({
      image: name,
      width: image.width,
      height: image.height,
      relativePosition: { x, y: (gap - image.height) / 2 },
    } as Content);
  }
  rightHeight += gap;
  if (doc.signer?.name) {
    const p = lines(doc.signer.name, s.signer, rightWidth, { bold: true, spaceBefore: gap });
    right.push(paragraphNode(p));
    rightHeight += paragraphHeight(p) - gap;
  } else {
    right.push({ text: "", margin: [0, gap, 0, 0] });
  }

  const left: Content[] = [];
  let leftHeight = 0;
  if (recipients.length > 0) {
    // The label's baseline on the first title line's: it is smaller, so it starts lower.
    const lift = Math.max(0, (s.signer - s.noiNhanLabel) * ASCENT);
    const label = lines(NOI_NHAN_LABEL, s.noiNhanLabel, leftWidth, {
      bold: true,
      italic: true,
      align: "left",
      spaceBefore: lift,
    });
    left.push(paragraphNode(label));
    leftHeight += paragraphHeight(label);
    const dash = textWidth("- ", s.noiNhanItem);
    const room = leftWidth - mm(2) - dash;
    let widestLine = 0;
    for (const item of recipients) {
      const rest = item.replace(/^- /u, "");
      const p = lines(rest, s.noiNhanItem, room, { align: "left" });
      left.push({
        columns: [
          { width: dash, ...(paragraphNode(lines("-", s.noiNhanItem, dash, { align: "left" })) as object) },
          { width: room, ...(paragraphNode(p) as object) },
        ],
        columnGap: 0,
      } as Content);
      leftHeight += paragraphHeight(p);
      widestLine = Math.max(widestLine, dash + widest(rest, s.noiNhanItem, "regular", room));
    }
    const drafter = drafterLine(doc);
    if (drafter) {
      // Ô 12 ends where the widest line of the list ends.
      const p = lines(drafter, s.drafter, widestLine, { align: "right" });
      left.push({
        columns: [
          { width: widestLine, ...(paragraphNode(p) as object) },
          { width: "*", text: "" },
        ],
      } as Content);
      leftHeight += paragraphHeight(p);
    }
  }
  return {
    node: {
      table: {
        widths: [leftWidth, rightWidth],
        body: [[{ stack: left }, { stack: right }]],
        dontBreakRows: true,
      },
      layout: PLAIN_LAYOUT,
      margin: [0, SPACE_BEFORE_SIGNATURE, 0, 0],
    } as Content,
    height: SPACE_BEFORE_SIGNATURE + Math.max(leftHeight, rightHeight),
    keepWithNext: false,
    signature: true,
  };
}

/** "Phụ lục I" (14 bold), the TITLE (bold), "(Kèm theo …)" (13 italic), a short rule. */
export function appendixTitleUnit(ctx: PartContext, title: string, label: string, reference: string): Unit {
  const { profile, width } = ctx;
  const s = profile.sizes;
  const upper = toUpperVi(title);
  const parts = [
    lines(label, s.appendixLabel, width, { bold: true }),
    lines(upper, s.appendixTitle, width, { bold: true }),
    lines(reference, s.appendixReference, width, { italic: true }),
  ];
  const longest = widest(upper, s.appendixTitle, "bold", width);
  return {
    node: {
      stack: [
        ...parts.map((p) => paragraphNode(p)),
        rule(longest * profile.rules.shortRuleRatio, profile.rules.strokePt, 6),
      ],
    },
    height: parts.reduce((h, p) => h + paragraphHeight(p), 0) + 8,
    keepWithNext: true,
  };
}

/** Ô 13: address and contacts under a rule across the text block (the foot of page 1). */
export function contactFooter(ctx: PartContext, contact: string): { node: Content; height: number } {
  const size = ctx.profile.sizes.contact;
  const p = { ...lines(contact, size, ctx.width), spaceBefore: 4 };
  return {
    node: {
      stack: [
        {
          canvas: [
            { type: "line", x1: 0, y1: 0, x2: ctx.width, y2: 0, lineWidth: ctx.profile.rules.strokePt },
          ],
        },
        paragraphNode(p),
      ],
    } as Content,
    // As the PDF's: the rule, 4 pt, the lines, and the last line's descent.
    height: paragraphHeight(p) + (443 / 2048) * size,
  };
}

/** Puts the image in the definition's table under a name no other image of it has. */
function addImage(images: ImageTable, base: string, url: string): string {
  const existing = Object.entries(images).find(([, value]) => value === url)?.[0];
  if (existing) return existing;
  let name = base;
  for (let n = 2; name in images; n++) name = `${base}-${n}`;
  images[name] = url;
  return name;
}

function dataUrl(bytes: Uint8Array, type: "png" | "jpg"): string {
  return `data:image/${type === "png" ? "png" : "jpeg"};base64,${base64(bytes)}`;
}
