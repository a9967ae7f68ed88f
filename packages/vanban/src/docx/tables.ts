import { BorderStyle, type ITableBordersOptions } from "docx";

// Borders shared by the layout tables (header, signature: none) and the content tables.

const NONE = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;

export const NO_BORDERS: ITableBordersOptions = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

export const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

/** Splits `total` twips into columns in proportion to `weights`, summing exactly to `total`. */
export function splitTwips(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out: number[] = [];
  let used = 0;
  let acc = 0;
  for (const w of weights) {
    acc += w;
    const edge = Math.round((total * acc) / sum);
    out.push(edge - used);
    used = edge;
  }
  return out;
}
