import { toNfc, toUpperVi } from "@kehoach/text-vi";
import type { Content, ContentCanvas, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { FontMetrics } from "../fonts/metrics.js";
import type { Block, HeadingBlock, Inline, TableBlock, VanBan } from "../model.js";
import { cm, type LayoutProfile, mm } from "../profile.js";
import {
  headingLabel,
  placeDateLine,
  QUOC_HIEU,
  recipientLines,
  signerLines,
  soKyHieuLine,
  TIEU_NGU,
  typeNameLine,
} from "../text-lines.js";

export const FONT_FAMILY = "VanBanSerif";

export interface Measurers {
  normal: FontMetrics;
  bold: FontMetrics;
}

const A4 = { width: mm(210), height: mm(297) };
/** Ascender share of the em for Times-metric fonts (1825/2048): aligns baselines of mixed sizes. */
const ASCENT = 1825 / 2048;

/**
 * The pdfmake document for a văn bản: a pure function of (document, profile, font metrics), so
 * the same input gives the same PDF. Every string is NFC before it reaches pdfmake, which would
 * otherwise draw decomposed marks beside their letters.
 */
export function buildDocDefinition(
  doc: VanBan,
  profile: LayoutProfile,
  metrics: Measurers,
): TDocumentDefinitions {
  const m = profile.marginsMm;
  const textWidth = A4.width - mm(m.left) - mm(m.right);
  const ctx: Ctx = { doc, profile, metrics, textWidth };
  const content: Content[] = [
    headerTable(ctx),
    ...titleBlock(ctx),
    ...doc.body.map((block) => blockContent(ctx, block)),
    ...signatureBlock(ctx),
  ];
  const creationDate = doc.metadata?.creationDate
    ? new Date(doc.metadata.creationDate)
    : new Date(Date.UTC(doc.date.year, (doc.date.month ?? 1) - 1, doc.date.day ?? 1));
  return {
    pageSize: "A4",
    pageOrientation: "portrait",
    pageMargins: [mm(m.left), mm(m.top), mm(m.right), mm(m.bottom)],
    header: (currentPage: number) =>
      currentPage === 1
        ? null
        : {
            text: String(currentPage),
            alignment: "center",
            fontSize: profile.sizes.pageNumber,
            // Centred over the text block, as Word places a header; baseline about
            // headerDistance below the top edge.
            margin: [
              mm(m.left),
              mm(profile.headerDistanceMm) - profile.sizes.pageNumber * ASCENT,
              mm(m.right),
              0,
            ],
          },
    content,
    defaultStyle: {
      font: FONT_FAMILY,
      fontSize: profile.sizes.body,
      lineHeight: 1,
      color: "#000000",
    },
    info: {
      title: nfc(doc.metadata?.title ?? `${typeNameLine(doc) ?? ""} ${doc.subject}`.trim()),
      author: nfc(doc.metadata?.author ?? doc.issuingBody.join(" ")),
      subject: nfc(doc.subject),
      creator: "Kế hoạch Kit",
      producer: "Kế hoạch Kit",
      creationDate,
    },
  };
}

interface Ctx {
  doc: VanBan;
  profile: LayoutProfile;
  metrics: Measurers;
  textWidth: number;
}

const nfc = (text: string) => toNfc(text);

// The line breaker pdfmake uses (UAX #14) may break after "/" and "-", and justification then
// spreads space inside "76/NQ-CP" or "2021-2025", so the text layer reads "76/ NQ- CP". Vietnamese
// is never hyphenated: such tokens are kept whole (up to a length that still fits a line).
const GLUED_TOKEN = /(\S{1,40}[/\-‐‑]\S{0,40})/u;

/** Text for pdfmake with symbols, dates and ranges kept unbroken. */
export function breakableText(text: string): string | { text: string; noWrap?: boolean }[] {
  const normal = nfc(text);
  if (!GLUED_TOKEN.test(normal)) return normal;
  return normal
    .split(GLUED_TOKEN)
    .filter((part) => part !== "")
    .map((part) =>
      GLUED_TOKEN.test(part) && !/\s/.test(part) ? { text: part, noWrap: true } : { text: part },
    );
}

/** A centred rule just under the line above (pdfmake centres a canvas by its drawn width). */
function rule(width: number, stroke: number, gapAbove = 1.5): ContentCanvas {
  return {
    canvas: [{ type: "line", x1: 0, y1: 0, x2: width, y2: 0, lineWidth: stroke }],
    alignment: "center",
    margin: [0, gapAbove, 0, 0],
  };
}

function headerTable(ctx: Ctx): Content {
  const { doc, profile, metrics } = ctx;
  const s = profile.sizes;
  const left = mm(profile.header.leftColumnMm);
  const right = mm(profile.header.rightColumnMm);
  const issuingLines = doc.issuingBody.map(toUpperVi);
  const lastLine = issuingLines[issuingLines.length - 1] ?? "";
  const agencyRuleWidth =
    Math.min(metrics.bold.widthOf(lastLine, s.issuingBody), left) * profile.rules.shortRuleRatio;
  const tieuNguWidth = metrics.bold.widthOf(TIEU_NGU, s.tieuNgu);

  const leftTop: Content[] = [];
  if (doc.parentBody) leftTop.push({ text: nfc(toUpperVi(doc.parentBody)), fontSize: s.parentBody });
  for (const line of issuingLines) leftTop.push({ text: nfc(line), fontSize: s.issuingBody, bold: true });
  leftTop.push(rule(agencyRuleWidth, profile.rules.strokePt));

  const rightTop: Content[] = [
    { text: QUOC_HIEU, fontSize: s.quocHieu, bold: true },
    { text: TIEU_NGU, fontSize: s.tieuNgu, bold: true },
    rule(tieuNguWidth, profile.rules.strokePt),
  ];

  // Số and the date share a table row, so they stand on one line whatever the heights above.
  // Both cells start at the same top; the smaller Số line is pushed down to share the baseline.
  const baselineShift = (s.placeDate - s.soKyHieu) * ASCENT;
  const cell = (stack: Content[], extra: Partial<TableCell> = {}): TableCell =>
    ({ stack, alignment: "center", ...extra }) as TableCell;
  return {
    table: {
      widths: [left, right],
      body: [
        [cell(leftTop), cell(rightTop)],
        [
          cell([{ text: nfc(soKyHieuLine(doc)), fontSize: s.soKyHieu }], {
            margin: [0, 6 + baselineShift, 0, 0],
          }),
          cell([{ text: nfc(placeDateLine(doc)), fontSize: s.placeDate, italics: true }], {
            margin: [0, 6, 0, 0],
          }),
        ],
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
    margin: [-mm(profile.header.extendLeftMm), 0, 0, 0],
  };
}

function titleBlock(ctx: Ctx): Content[] {
  const { doc, profile, metrics, textWidth } = ctx;
  const s = profile.sizes;
  const out: Content[] = [];
  const typeName = typeNameLine(doc);
  if (typeName) {
    out.push({
      text: typeName,
      fontSize: s.typeName,
      bold: true,
      alignment: "center",
      margin: [0, 18, 0, 0],
    });
  }
  const subject = nfc(doc.subject);
  out.push({ text: breakableText(subject), fontSize: s.subject, bold: true, alignment: "center" });
  const longestLine = Math.min(metrics.bold.widthOf(subject, s.subject), textWidth);
  out.push(rule(longestLine * profile.rules.shortRuleRatio, profile.rules.strokePt));
  out.push({ text: "", margin: [0, 6, 0, 0] });
  return out;
}

function inlineText(content: string | Inline[]): string | Content[] {
  if (typeof content === "string") return breakableText(content);
  return content.map((part) =>
    typeof part === "string"
      ? { text: breakableText(part) }
      : { text: breakableText(part.text), bold: part.bold ?? false, italics: part.italic ?? false },
  );
}

function blockContent(ctx: Ctx, block: Block): Content {
  const { profile } = ctx;
  const b = profile.body;
  const paragraphBase = {
    alignment: "justify" as const,
    leadingIndent: cm(b.firstLineIndentCm),
    lineHeight: b.lineSpacing,
    margin: [0, b.spaceBeforePt, 0, 0] as [number, number, number, number],
  };
  switch (block.type) {
    case "paragraph":
      return { text: inlineText(block.content), italics: block.italic ?? false, ...paragraphBase };
    case "heading":
      return { ...paragraphBase, ...headingContent(block) };
    case "table":
      return tableContent(ctx, block);
  }
}

function headingContent(block: HeadingBlock): { text: ReturnType<typeof breakableText>; bold: boolean } {
  const label = headingLabel(block.level, block.number);
  const text = block.level === "muc" ? toUpperVi(block.text) : block.text;
  return { text: breakableText(`${label} ${text}`), bold: block.level !== "diem" };
}

function tableContent(ctx: Ctx, table: TableBlock): Content {
  const { profile, textWidth } = ctx;
  const size = profile.sizes.table;
  const total = table.columns.reduce((sum, c) => sum + c.weight, 0);
  const padding = 4;
  // pdfmake widths exclude cell padding: share what remains after padding and borders.
  const usable = textWidth - table.columns.length * (2 * padding + 0.5) - 0.5;
  const widths = table.columns.map((c) => (usable * c.weight) / total);
  const header: TableCell[] = table.columns.map((c) => ({
    text: nfc(c.header),
    bold: true,
    alignment: "center",
    fontSize: size,
  }));
  const body: TableCell[][] = [header];
  for (const row of table.rows) {
    if ("group" in row) {
      const span: TableCell[] = [
        { text: nfc(row.group), bold: true, colSpan: table.columns.length, fontSize: size },
      ];
      for (let i = 1; i < table.columns.length; i++) span.push({ text: "" });
      body.push(span);
    } else {
      body.push(
        table.columns.map((c, i) => ({
          text: breakableText(row.cells[i] ?? ""),
          fontSize: size,
          alignment: c.align === "center" ? "center" : "left",
        })),
      );
    }
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      paddingLeft: () => padding,
      paddingRight: () => padding,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, profile.body.spaceBeforePt, 0, 0],
  };
}

function signatureBlock(ctx: Ctx): Content[] {
  const { doc, profile, textWidth } = ctx;
  const s = profile.sizes;
  const lines = signerLines(doc);
  const recipients = recipientLines(doc);
  if (lines.length === 0 && recipients.length === 0) return [];
  const signerWidth = textWidth * profile.signature.columnRatio;
  const left: Content[] =
    recipients.length > 0
      ? [
          // "Nơi nhận:" stands level with the first authority line (both baselines).
          {
            text: "Nơi nhận:",
            fontSize: s.noiNhanLabel,
            bold: true,
            italics: true,
            margin: [0, (s.signer - s.noiNhanLabel) * ASCENT, 0, 0],
          },
          ...recipients.map((line) => ({ text: nfc(line), fontSize: s.noiNhanItem })),
        ]
      : [{ text: "" }];
  const right: Content[] = lines.map((line) => ({
    text: nfc(line),
    fontSize: s.signer,
    bold: true,
    alignment: "center" as const,
  }));
  if (doc.signer?.name) {
    right.push({
      text: nfc(doc.signer.name),
      fontSize: s.signer,
      bold: true,
      alignment: "center",
      margin: [0, mm(profile.signature.gapMm), 0, 0],
    });
  }
  return [
    {
      table: {
        widths: [textWidth - signerWidth, signerWidth],
        body: [[{ stack: left }, { stack: right }]],
      },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        paddingLeft: () => 0,
        paddingRight: () => 0,
        paddingTop: () => 0,
        paddingBottom: () => 0,
      },
      unbreakable: true,
      margin: [0, 12, 0, 0],
    },
  ];
}
