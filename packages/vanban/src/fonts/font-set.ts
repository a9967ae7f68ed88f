/** The four styles of one serif family, as TrueType bytes (Tinos, or a Times New Roman the locality licenses). */
export interface FontSet {
  /** A stable name for this set; the engine registers each set once under it. */
  id: string;
  normal: Uint8Array;
  bold: Uint8Array;
  italics: Uint8Array;
  bolditalics: Uint8Array;
}

export const FONT_STYLES = ["normal", "bold", "italics", "bolditalics"] as const;
export type FontStyle = (typeof FONT_STYLES)[number];
