import { toUpperVi } from "@kehoach/text-vi";
import {
  type Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { type HeaderColumns, headerColumns } from "../header-columns.js";
import type { VanBan } from "../model.js";
import {
  congVanSubjectLine,
  placeDateLine,
  QUOC_HIEU,
  secrecyText,
  soKyHieuLine,
  TIEU_NGU,
  urgencyText,
} from "../text-lines.js";
import { type DocxContext, fixedRun, styled } from "./context.js";
import { lineWidths, textWidth } from "./metrics.js";
import { ruleParagraph } from "./rules.js";
import { STAMP_FRAME_PT } from "./styles.js";
import { NO_BORDERS, NO_CELL_BORDERS } from "./tables.js";
import { ptMm, twip } from "./units.js";

// The header of a first page (nd30-layout §3) as a borderless two-column table, with the widths
// of the PDF's header: it reaches 5 mm into the left margin, the right column holds the Quốc
// hiệu (95.7 mm at 13 pt) and the date on one line each, a long place name borrows room from the
// left column. Row 1: parent body, issuing body and its short rule beside Quốc hiệu, Tiêu ngữ and
// the rule as long as it; row 2: "Số: …" beside the place and date, so both stand on one line
// whatever the heights above. The rules are paragraph borders an official can edit.

/** Pre-made stamp widths (mm) of the khẩn marks; others fit their text. */
const STAMP_WIDTH_MM: Record<string, number> = { "HỎA TỐC": 30, "THƯỢNG KHẨN": 40, KHẨN: 20 };

/** Baseline to top of a single-spaced Times line, per point of size (win ascent 1825/2048). */
const ASCENT = 1825 / 2048;

/** The header's columns (header-columns.ts), measured in Times metrics. */
export function docxHeaderColumns(ctx: DocxContext, doc: VanBan, numberAndDate: boolean): HeaderColumns {
  return headerColumns(ctx.profile, ctx.textWidth, doc, numberAndDate, (text, size, style) =>
    textWidth(
      text,
      size,
      style.bold ? (style.italic ? "boldItalic" : "bold") : style.italic ? "italic" : "regular",
    ),
  );
}

export function headerTable(ctx: DocxContext, doc: VanBan, numberAndDate: boolean): Table {
  const { profile } = ctx;
  const s = profile.sizes;
  const cols = docxHeaderColumns(ctx, doc, numberAndDate);
  const leftTw = twip(cols.left);
  const rightTw = twip(cols.right);

  const left: Paragraph[] = [];
  if (doc.parentBody) left.push(styled("parentBody", toUpperVi(doc.parentBody)));
  for (const line of doc.issuingBody) left.push(styled("issuingBody", toUpperVi(line)));
  const lastLine = toUpperVi(doc.issuingBody[doc.issuingBody.length - 1] ?? "");
  const lastWidth = lineWidths(lastLine, s.issuingBody, "bold", cols.left).at(-1) ?? 0;
  left.push(ruleParagraph(ctx.profile, lastWidth * profile.rules.shortRuleRatio, cols.left));

  const right: Paragraph[] = [
    styled("quocHieu", [fixedRun(QUOC_HIEU)]),
    styled("tieuNgu", [fixedRun(TIEU_NGU)]),
    ruleParagraph(ctx.profile, textWidth(TIEU_NGU, s.tieuNgu, "bold"), cols.right),
  ];

  const rows = [row([left, right], [leftTw, rightTw])];
  if (numberAndDate) {
    // Số (13 pt) and the date (14 pt in set 14) share a baseline: the smaller line starts lower.
    const lift = Math.max(0, (s.placeDate - s.soKyHieu) * ASCENT);
    rows.push(
      row(
        [
          [styled("soKyHieu", soKyHieuLine(doc), lift > 0 ? { spacing: { before: twip(6 + lift) } } : {})],
          [styled("placeDate", placeDateLine(doc))],
        ],
        [leftTw, rightTw],
      ),
    );
    // Under the Số, in a row of their own so that they read after the date, as in the PDF: the
    // công văn's "V/v …" and the mật and khẩn marks at the left edge of the text block.
    const under: Paragraph[] = [];
    if (doc.kind === "CV") {
      const vvWidth = Math.min(cols.left - ptMm(8), ptMm(62));
      const side = twip((cols.left - vvWidth) / 2);
      under.push(styled("congVanSubject", congVanSubjectLine(doc), { indent: { left: side, right: side } }));
    }
    for (const text of [secrecyText(doc), urgencyText(doc)]) {
      if (!text) continue;
      const width = Math.max(ptMm(STAMP_WIDTH_MM[text] ?? 0), textWidth(text, s.stamp, "bold") + ptMm(4));
      under.push(
        styled("stamp", text, {
          indent: {
            left: twip(cols.extendLeft),
            right: twip(Math.max(0, cols.left - cols.extendLeft - width)),
          },
        }),
      );
    }
    if (under.length > 0) rows.push(row([under, [styled("empty", [])]], [leftTw, rightTw]));
  }

  return new Table({
    rows,
    width: { size: leftTw + rightTw, type: WidthType.DXA },
    columnWidths: [leftTw, rightTw],
    indent: { size: -twip(cols.extendLeft), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0, marginUnitType: WidthType.DXA },
  });
}

function row(cells: Paragraph[][], widths: number[]): TableRow {
  return new TableRow({
    cantSplit: true,
    children: cells.map(
      (children, i) =>
        new TableCell({
          children,
          width: { size: widths[i] as number, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.TOP,
          borders: NO_CELL_BORDERS,
        }),
    ),
  });
}

/** Ô 11, "XEM XONG TRẢ LẠI" or "LƯU HÀNH NỘI BỘ": framed in the top margin over the right of the text block. */
export function circulationParagraph(ctx: DocxContext, doc: VanBan): Paragraph | undefined {
  if (!doc.circulation) return undefined;
  const text = toUpperVi(doc.circulation);
  const width = textWidth(text, ctx.profile.sizes.stamp, "bold") + ptMm(6);
  const centre = ctx.textWidth * 0.716;
  const inset = STAMP_FRAME_PT / 2;
  return styled("circulation", text, {
    indent: {
      left: twip(Math.max(0, centre - width / 2 + inset)),
      right: twip(Math.max(0, ctx.textWidth - centre - width / 2 + inset)),
    },
  });
}
