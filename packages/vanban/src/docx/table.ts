import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { TableBlock } from "../model.js";
import { type DocxContext, run } from "./context.js";
import { lineWidths } from "./metrics.js";
import { STYLE } from "./styles.js";
import { splitTwips } from "./tables.js";
import { borderEighths, halfPoints, ptMm, twip } from "./units.js";

// Tables (nd30-layout §10.2) as in the PDF: single 0.5 pt borders, the bold centred header row
// repeated on every page, rows that never split across pages (unless a row is taller than a
// page, which Word could not place otherwise), group rows in bold across the table and kept
// with the rows they head. Cell padding 4 pt at the sides, 2 pt above, 3 pt below.

const BORDER_PT = 0.5;
/**
 * Word and LibreOffice add a row's border to its height, the PDF draws it on the row's edge: the
 * border comes out of the bottom padding so that rows are as tall as the PDF's.
 */
const PAD = { left: twip(4), right: twip(4), top: twip(2), bottom: twip(3 - BORDER_PT) };
const LINE = { style: BorderStyle.SINGLE, size: borderEighths(BORDER_PT), color: "000000" } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
/** Single line height per point of size for Times (ascent + descent + line gap, in em). */
const SINGLE = (1825 + 443 + 87) / 2048;

export function contentTable(ctx: DocxContext, table: TableBlock, keepWithNext: boolean): Table {
  const size = table.fontSize ?? ctx.profile.sizes.table;
  const total = twip(ctx.textWidth);
  const widths = splitTwips(
    total,
    table.columns.map((c) => c.weight),
  );
  const last = table.columns.length - 1;
  // A row taller than the text block would be cut by Word anyway; it is allowed to split.
  const pageHeight = ptMm(
    (ctx.orientation === "portrait" ? 297 : 210) - ctx.profile.marginsMm.top - ctx.profile.marginsMm.bottom,
  );
  const fitsAPage = (texts: string[], spans: number[][]) => {
    let lines = 1;
    texts.forEach((text, i) => {
      const [from, to] = spans[i] as [number, number];
      const w = widths.slice(from, to + 1).reduce((a, b) => a + b, 0) / 20 - 8;
      lines = Math.max(lines, lineWidths(text, size, "regular", w).length);
    });
    return lines * size * SINGLE + 5 < pageHeight - 60;
  };

  const cellParagraph = (text: string, align: "left" | "center" | "right", style: string, keep: boolean) =>
    new Paragraph({
      style,
      alignment:
        align === "center"
          ? AlignmentType.CENTER
          : align === "right"
            ? AlignmentType.RIGHT
            : AlignmentType.LEFT,
      ...(keep ? { keepNext: true } : {}),
      ...(size !== ctx.profile.sizes.table ? { run: { size: halfPoints(size) } } : {}),
      children:
        text === "" ? [] : [run(text, size !== ctx.profile.sizes.table ? { size: halfPoints(size) } : {})],
    });
  const cell = (paragraph: Paragraph, from: number, to: number, middle = false) =>
    new TableCell({
      children: [paragraph],
      width: { size: widths.slice(from, to + 1).reduce((a, b) => a + b, 0), type: WidthType.DXA },
      ...(to > from ? { columnSpan: to - from + 1 } : {}),
      verticalAlign: middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    });

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) =>
      cell(cellParagraph(c.header, "center", STYLE.tableHeader, true), i, i, true),
    ),
  });
  const rows = table.rows.map((r, index) => {
    const keep = keepWithNext && index === table.rows.length - 1;
    if ("group" in r) {
      const cells =
        r.label !== undefined && last > 0
          ? [
              cell(cellParagraph(r.label, "center", STYLE.tableGroup, true), 0, 0),
              cell(cellParagraph(r.group, "left", STYLE.tableGroup, true), 1, last),
            ]
          : [cell(cellParagraph(r.group, "left", STYLE.tableGroup, true), 0, last)];
      return new TableRow({ cantSplit: true, children: cells });
    }
    const texts = table.columns.map((_, i) => r.cells[i] ?? "");
    const whole = fitsAPage(
      texts,
      texts.map((_, i) => [i, i]),
    );
    return new TableRow({
      ...(whole ? { cantSplit: true } : {}),
      children: table.columns.map((c, i) =>
        cell(cellParagraph(texts[i] as string, c.align ?? "left", STYLE.tableCell, keep), i, i),
      ),
    });
  });

  return new Table({
    rows: [header, ...rows],
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: { ...PAD, marginUnitType: WidthType.DXA },
  });
}
