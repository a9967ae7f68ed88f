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
import { CELL_PADDING_X, tableColumnWidths } from "../table-columns.js";
import { type DocxContext, run } from "./context.js";
import { lineWidths, textWidth } from "./metrics.js";
import { STYLE } from "./styles.js";
import { splitTwips } from "./tables.js";
import { borderEighths, halfPoints, twip } from "./units.js";

// Tables (nd30-layout §10.2) as in the PDF: single 0.5 pt borders, the bold centred header row
// repeated on every page, group rows in bold across the table and kept with the rows they head.
// A row of four lines or more may break across pages, so that Word cuts it where the page ends
// and goes on under the repeated header instead of leaving the rest of the page empty; shorter
// rows stay whole (the PDF keeps two lines of a row on each side of a cut). Column widths as the
// PDF's: never narrower than their widest word (table-columns.ts). Cell padding 4 pt at the
// sides, 2 pt above, 3 pt below.

const BORDER_PT = 0.5;
/**
 * Word and LibreOffice add a row's border to its height, the PDF draws it on the row's edge: the
 * border comes out of the bottom padding so that rows are as tall as the PDF's.
 */
const PAD = {
  left: twip(CELL_PADDING_X),
  right: twip(CELL_PADDING_X),
  top: twip(2),
  bottom: twip(3 - BORDER_PT),
};
const LINE = { style: BorderStyle.SINGLE, size: borderEighths(BORDER_PT), color: "000000" } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
/** A row is cut only when each part keeps this many lines (as the PDF cuts it). */
const MIN_LINES_EACH_SIDE = 2;

export function contentTable(ctx: DocxContext, table: TableBlock, keepWithNext: boolean): Table {
  const size = table.fontSize ?? ctx.profile.sizes.table;
  const total = twip(ctx.textWidth);
  const widths = splitTwips(
    total,
    tableColumnWidths(table, ctx.textWidth, (word, bold) => textWidth(word, size, bold ? "bold" : "regular")),
  );
  const last = table.columns.length - 1;
  /** Lines of the row's tallest cell, in Times metrics. */
  const lineCount = (texts: string[]) => {
    let lines = 1;
    texts.forEach((text, i) => {
      const w = (widths[i] as number) / 20 - 2 * CELL_PADDING_X;
      lines = Math.max(lines, lineWidths(text, size, "regular", w).length);
    });
    return lines;
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
    const whole = lineCount(texts) < 2 * MIN_LINES_EACH_SIDE;
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
