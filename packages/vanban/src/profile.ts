// The Nghị định 30/2020 layout as data (nd30-layout §14.1). Sizes move together within one
// document ("set 13" or "set 14"); a few stay fixed whatever the set (Số 13, "Nơi nhận:" 12,
// its items 11).

export type SizeSet = 13 | 14;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface LayoutProfile {
  sizeSet: SizeSet;
  /** Page margins in millimetres. */
  marginsMm: Margins;
  /** Distance from the top edge to the page number's line, millimetres. */
  headerDistanceMm: number;
  sizes: {
    quocHieu: number;
    tieuNgu: number;
    parentBody: number;
    issuingBody: number;
    soKyHieu: number;
    placeDate: number;
    typeName: number;
    subject: number;
    body: number;
    signer: number;
    noiNhanLabel: number;
    noiNhanItem: number;
    pageNumber: number;
    table: number;
  };
  body: {
    firstLineIndentCm: number;
    spaceBeforePt: number;
    /** Multiple of single spacing (Word "Multiple"); the decree allows 1 to 1.5. */
    lineSpacing: number;
  };
  header: {
    leftColumnMm: number;
    rightColumnMm: number;
    /** How far the header table reaches into the left margin, as the official samples do. */
    extendLeftMm: number;
  };
  rules: {
    strokePt: number;
    /** Agency and subject rules as a share of their text line (the decree allows 1/3 to 1/2). */
    shortRuleRatio: number;
  };
  signature: {
    /** Space left for the wet signature and seal between the title and the name. */
    gapMm: number;
    /** Share of the text width given to the signer column (the rest holds "Nơi nhận"). */
    columnRatio: number;
  };
}

export const MARGIN_PRESETS = {
  /** The largest text block the decree allows (165 × 257 mm). */
  default: { top: 20, bottom: 20, left: 30, right: 15 },
  /** As in the official Phụ lục files. */
  conservative: { top: 25, bottom: 20, left: 35, right: 20 },
} as const satisfies Record<string, Margins>;

export function nd30Profile(
  sizeSet: SizeSet = 14,
  margins: keyof typeof MARGIN_PRESETS = "default",
): LayoutProfile {
  const big = sizeSet;
  const small = sizeSet - 1;
  return {
    sizeSet,
    marginsMm: { ...MARGIN_PRESETS[margins] },
    headerDistanceMm: 10,
    sizes: {
      quocHieu: small,
      tieuNgu: big,
      parentBody: 13,
      issuingBody: 13,
      soKyHieu: 13,
      placeDate: big,
      typeName: big,
      subject: big,
      body: big,
      signer: big,
      noiNhanLabel: 12,
      noiNhanItem: 11,
      pageNumber: big,
      table: 12,
    },
    body: { firstLineIndentCm: 1, spaceBeforePt: 6, lineSpacing: 1.15 },
    header: { leftColumnMm: 68, rightColumnMm: 102, extendLeftMm: 5 },
    rules: { strokePt: 0.6, shortRuleRatio: 0.4 },
    signature: { gapMm: 28, columnRatio: 0.6 },
  };
}

export const MM_TO_PT = 72 / 25.4;
export const mm = (value: number) => value * MM_TO_PT;
export const cm = (value: number) => value * 10 * MM_TO_PT;
