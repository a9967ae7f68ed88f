import type { TableBlock } from "./model.js";

// The widths of a table's columns, for every renderer. Columns share the text width by their
// weights, but none is narrower than the widest word it must hold: a 9.5 mm "STT" column of a
// portrait task table (weight 3 of 52) leaves 18.9 pt inside its padding for a bold "STT" of
// 22.7 pt at 12 pt, which then broke into "ST / T". The room a narrow column needs comes from
// the wider ones, in proportion to their weights.

/** Room between a cell's border and its text, on each side, in points. */
export const CELL_PADDING_X = 4;

/**
 * Room beyond the widest word: the cell's borders take their half-widths from it, and Word and
 * LibreOffice round widths to twips, so a word that fills its column exactly still wrapped there
 * ("ST / T" in the sample plan's .docx, as LibreOffice laid it out).
 */
export const WORD_FIT_SLACK = 1.5;

/** Width in points of one word at the table's size, bold or not. */
export type MeasureWord = (word: string, bold: boolean) => number;

function widestWord(text: string, bold: boolean, measure: MeasureWord): number {
  let widest = 0;
  for (const word of text.normalize("NFC").split(/\s+/u)) {
    if (word !== "") widest = Math.max(widest, measure(word, bold));
  }
  return widest;
}

/**
 * Column widths in points, summing to `total`. Each column gets at least its widest word (of the
 * bold header and of its cells) plus the padding; when the table cannot give every word its room,
 * only the header words are protected, and when even they do not fit, the weights alone decide.
 */
export function tableColumnWidths(
  table: TableBlock,
  total: number,
  measure: MeasureWord,
  padding = 2 * CELL_PADDING_X,
): number[] {
  const count = table.columns.length;
  const weights = table.columns.map((c) => (Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 0));
  const need = (text: string, bold: boolean) => widestWord(text, bold, measure) + padding + WORD_FIT_SLACK;
  const headerNeeds = table.columns.map((c) => need(c.header, true));
  const cellNeeds = headerNeeds.slice();
  for (const row of table.rows) {
    if ("cells" in row) {
      row.cells.slice(0, count).forEach((text, i) => {
        cellNeeds[i] = Math.max(cellNeeds[i] as number, need(text, false));
      });
    } else if (row.label !== undefined && count > 1) {
      // A group row's label stands in the first column; its text spans the others.
      cellNeeds[0] = Math.max(cellNeeds[0] as number, need(row.label, true));
    }
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const minimums =
    sum(cellNeeds) <= total ? cellNeeds : sum(headerNeeds) <= total ? headerNeeds : weights.map(() => 0);
  return distribute(weights, minimums, total);
}

/** Shares `total` by weight, raising every share below its minimum to it at the others' cost. */
function distribute(weights: number[], minimums: number[], total: number): number[] {
  const atMinimum = new Set<number>();
  for (;;) {
    const free = weights.map((_, i) => i).filter((i) => !atMinimum.has(i));
    let remaining = total;
    for (const i of atMinimum) remaining -= minimums[i] as number;
    const freeWeight = free.reduce((s, i) => s + (weights[i] as number), 0);
    const share = (i: number) =>
      freeWeight > 0 ? (remaining * (weights[i] as number)) / freeWeight : remaining / free.length;
    const short = free.filter((i) => share(i) < (minimums[i] as number) - 1e-9);
    if (short.length === 0 || free.length === short.length) {
      return weights.map((_, i) => (atMinimum.has(i) ? (minimums[i] as number) : share(i)));
    }
    for (const i of short) atMinimum.add(i);
  }
}
