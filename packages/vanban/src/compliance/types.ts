import type { Margins, SizeSet } from "../profile.js";

// What the checker reads: a PDF as measured by a reader such as @kehoach/pdf-inspect (text runs
// with position, size, font and colour; stroked line segments). Any reader producing this shape
// will do, so the checker carries no PDF library of its own. Units are PDF points, y from the
// bottom of the page.

export interface MeasuredRun {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  size: number;
  fontName: string;
  bold: boolean;
  italic: boolean;
  /** "#rrggbb". */
  color: string;
}

export interface MeasuredSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth: number;
  color: string;
}

/** A drawn image: its box in points, (x, y) its lower-left corner. */
export interface MeasuredImage {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MeasuredPage {
  number: number;
  width: number;
  height: number;
  runs: MeasuredRun[];
  segments: MeasuredSegment[];
  /** Images drawn on the page (the signature and the seal); unmeasured when absent. */
  images?: MeasuredImage[];
}

export interface MeasuredPdf {
  pages: MeasuredPage[];
}

export interface ComplianceOptions {
  /** The size set the document should follow; read from its Tiêu ngữ when absent. */
  sizeSet?: SizeSet;
  /** The exact margins expected (the profile's); without them only the decree's ranges apply. */
  marginsMm?: Margins;
  /** A báo cáo sent to a superior body, which must carry "Kính gửi". */
  sentUpward?: boolean;
  /**
   * The locality's configured abbreviations of bodies and units ("UBND", "VHXH"); every group of
   * a ký hiệu other than the document type must be one of them. Unchecked when absent.
   */
  abbreviations?: string[];
  /**
   * An electronic copy, or a phụ lục or document issued as a separate file: the first page must
   * carry the organisation's signature text (ô 14). Measured wherever it is found in any case.
   */
  organisationSignature?: boolean;
}

/** One item of nd30-layout §14.2, measured on one element. */
export interface ComplianceCheck {
  /**
   * Number of the rule in §14.2 (1–16); 17 for the layout of electronic signing (Phụ lục I: the
   * signature and seal images, ô 7c and 8, and the organisation's signature text, ô 14).
   */
  rule: number;
  /** The element measured, in Vietnamese ("Quốc hiệu", "Lề trái"). */
  element: string;
  ok: boolean;
  measured: string;
  expected: string;
  /** 1-based page of the PDF where the element stands. */
  page?: number | undefined;
}

export interface ComplianceReport {
  ok: boolean;
  checks: ComplianceCheck[];
  failures: ComplianceCheck[];
  /** What the checker recognised, for reading a failure. */
  sections: { kind: "document" | "appendix"; documentKind?: string; firstPage: number; pageCount: number }[];
  sizeSet: SizeSet | undefined;
}
