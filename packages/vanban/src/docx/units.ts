// OOXML measures: twentieths of a point (twips) for spacing, indents and widths; half-points for
// font sizes; eighths of a point for border widths; EMU for drawings.

export const PT_PER_MM = 72 / 25.4;

export const twip = (pt: number): number => Math.round(pt * 20);
export const twipMm = (mm: number): number => Math.round(mm * PT_PER_MM * 20);
export const halfPoints = (pt: number): number => Math.round(pt * 2);
export const ptMm = (mm: number): number => mm * PT_PER_MM;
/** Border width in eighths of a point; Word draws nothing under 2. */
export const borderEighths = (pt: number): number => Math.max(2, Math.round(pt * 8));
/** Word's "Multiple" line spacing: 240 is single. */
export const lineMultiple = (k: number): number => Math.round(240 * k);
/** Drawing sizes are given to the docx library in pixels at 96 dpi. */
export const pxPt = (pt: number): number => (pt * 96) / 72;
export const emuPt = (pt: number): number => Math.round(pt * 12700);
