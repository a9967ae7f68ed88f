import type { TableBlock } from "../../model.js";
import { CELL_PADDING_X, tableColumnWidths } from "../../table-columns.js";
import type { PageCanvas } from "../canvas.js";
import type { FlowItem } from "../flow.js";
import { type Align, type LaidLine, layoutParagraph, textWidth } from "../text.js";
import { type LayoutContext, metricsOf, span } from "./common.js";

// Tables (nd30-layout §10.2): single 0.5 pt borders, a bold centred header row repeated on every
// page, group rows in bold across the table and kept with the rows they head. A row that does
// not fit in what is left of the page is cut between its lines, as Word cuts it, and goes on
// under the repeated header; a row keeps at least two lines on each side of the cut, or moves
// whole. Columns never get narrower than their widest word (table-columns.ts).

const PAD_X = CELL_PADDING_X;
const PAD_TOP = 2;
const PAD_BOTTOM = 3;
const BORDER = 0.5;

interface Cell {
  x: number;
  width: number;
  lines: LaidLine[];
  /** Centred vertically (the header row). */
  middle: boolean;
}

interface RowLayout {
  cells: Cell[];
  /** Column boundaries drawn as vertical borders, as offsets from the table's left edge. */
  boundaries: number[];
  contentHeight: number;
}

export function tableItems(ctx: LayoutContext, table: TableBlock): FlowItem[] {
  const size = table.fontSize ?? ctx.profile.sizes.table;
  const m = metricsOf(ctx, size);
  const pitch = m.single;
  const widths = tableColumnWidths(table, ctx.textWidth, (word, bold) =>
    textWidth(ctx.fonts, [span(word, size, bold)]),
  );
  const lefts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const allBoundaries = [...lefts, ctx.textWidth];

  const cell = (
    text: string,
    from: number,
    to: number,
    align: Align,
    bold: boolean,
    middle = false,
  ): Cell => {
    const x = lefts[from] as number;
    const width = (allBoundaries[to + 1] as number) - x;
    const lines = layoutParagraph(ctx.fonts, {
      spans: [span(text, size, bold)],
      width: width - 2 * PAD_X,
      align,
    });
    return { x, width, lines, middle };
  };
  const rowOf = (cells: Cell[]): RowLayout => {
    const boundaries = [0, ...cells.map((c) => c.x + c.width)];
    const contentHeight = Math.max(pitch, ...cells.map((c) => c.lines.length * pitch));
    return { cells, boundaries, contentHeight };
  };

  const last = table.columns.length - 1;
  const header = rowOf(table.columns.map((c, i) => cell(c.header, i, i, "center", true, true)));
  const groups = new Set<RowLayout>();
  const rows: RowLayout[] = table.rows.map((row) => {
    if ("group" in row) {
      const group =
        row.label !== undefined && last > 0
          ? rowOf([cell(row.label, 0, 0, "center", true), cell(row.group, 1, last, "left", true)])
          : rowOf([cell(row.group, 0, last, "left", true)]);
      groups.add(group);
      return group;
    }
    return rowOf(
      table.columns.map((c, i) => {
        const align: Align = c.align === "center" ? "center" : c.align === "right" ? "right" : "left";
        return cell(row.cells[i] ?? "", i, i, align, false);
      }),
    );
  });

  const rowItem = (row: RowLayout, repeat?: FlowItem[], splittable = false): FlowItem => {
    const height = row.contentHeight + PAD_TOP + PAD_BOTTOM;
    const item: FlowItem = {
      height,
      spaceBefore: 0,
      ...(repeat ? { repeat } : {}),
      draw: (canvas, x, top) => drawRow(canvas, row, x, top, height, pitch, m.ascent),
    };
    if (splittable) {
      item.split = (room) => {
        const parts = splitRow(row, Math.floor((room - PAD_TOP - PAD_BOTTOM + 0.01) / pitch), pitch);
        if (!parts) return undefined;
        return [
          { ...rowItem(parts[0], repeat, false), keepWithNext: false },
          rowItem(parts[1], repeat, true),
        ];
      };
    }
    return item;
  };

  const headerItem: FlowItem = {
    ...rowItem(header),
    keepWithNext: true,
    spaceBefore: ctx.profile.body.spaceBeforePt,
  };
  const repeat = [{ ...rowItem(header), spaceBefore: 0 }];
  const items: FlowItem[] = [headerItem];
  for (const row of rows) {
    // A group row ("II. Cải cách thủ tục hành chính") never ends a page: it heads its rows.
    items.push({ ...rowItem(row, repeat, !groups.has(row)), keepWithNext: groups.has(row) });
  }
  return items;
}

/** Fewest lines of a row on either side of a page break. */
const MIN_LINES = 2;

/**
 * The row cut after `lines` lines (of its tallest cell), or fewer so that the rest keeps
 * MIN_LINES; undefined when either part would hold fewer than MIN_LINES.
 */
function splitRow(row: RowLayout, lines: number, pitch: number): [RowLayout, RowLayout] | undefined {
  const count = Math.max(...row.cells.map((c) => c.lines.length));
  const cut = Math.min(lines, count - MIN_LINES);
  if (cut < MIN_LINES) return undefined;
  const part = (from: number, to: number): RowLayout => {
    const cells = row.cells.map((c) => ({ ...c, middle: false, lines: c.lines.slice(from, to) }));
    return {
      cells,
      boundaries: row.boundaries,
      contentHeight: Math.max(pitch, ...cells.map((c) => c.lines.length * pitch)),
    };
  };
  return [part(0, cut), part(cut, count)];
}

function drawRow(
  canvas: PageCanvas,
  row: RowLayout,
  x: number,
  top: number,
  height: number,
  pitch: number,
  ascent: number,
): void {
  const right = x + (row.boundaries[row.boundaries.length - 1] as number);
  canvas.line(x, top, right, top, BORDER);
  canvas.line(x, top + height, right, top + height, BORDER);
  for (const b of row.boundaries) canvas.line(x + b, top, x + b, top + height, BORDER);
  for (const c of row.cells) {
    const offset = c.middle ? (height - PAD_TOP - PAD_BOTTOM - c.lines.length * pitch) / 2 : 0;
    c.lines.forEach((line, i) => {
      canvas.text(x + c.x + PAD_X + line.x, top + PAD_TOP + offset + i * pitch + ascent, line.segments);
    });
  }
}
