import type { Face } from "./fonts.js";
import { pdfNumber as n } from "./fonts.js";
import type { PdfKitImage } from "./pdfkit.js";

// One page's drawing, as PDF content-stream operators. Callers measure from the top-left corner
// of the page (y grows downwards, like the layout); the PDF's own y grows upwards, so every y
// is turned here, in one place.

export interface TextSegment {
  face: Face;
  size: number;
  /** Elements of a TJ array (glyph strings and adjustments). */
  tj: string;
}

/** "#d0021b" → "0.816 0.008 0.106". */
function rgb(hex: string): string {
  const v = Number.parseInt(hex.replace("#", ""), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255].map((c) => n(c / 255)).join(" ");
}

export class PageCanvas {
  readonly ops: string[] = [];
  readonly faces = new Set<Face>();
  readonly images = new Set<PdfKitImage>();

  constructor(
    readonly width: number,
    readonly height: number,
  ) {}

  /** One line of text starting at x on the given baseline (y from the top). */
  text(x: number, baseline: number, segments: TextSegment[], color?: string): void {
    if (segments.length === 0) return;
    let out = color ? `q ${rgb(color)} rg BT` : "BT";
    let face: Face | undefined;
    let size = 0;
    out += ` 1 0 0 1 ${n(x)} ${n(this.height - baseline)} Tm`;
    for (const seg of segments) {
      if (seg.face !== face || seg.size !== size) {
        face = seg.face;
        size = seg.size;
        this.faces.add(face);
        out += ` /${face.id} ${n(size)} Tf`;
      }
      out += ` [${seg.tj}] TJ`;
    }
    out += color ? " ET Q" : " ET";
    this.ops.push(out);
  }

  /** A straight rule (y from the top). */
  line(x1: number, y1: number, x2: number, y2: number, width: number, color?: string): void {
    const stroke = color ? ` ${rgb(color)} RG` : "";
    this.ops.push(
      `q${stroke} ${n(width)} w 0 J ${n(x1)} ${n(this.height - y1)} m ${n(x2)} ${n(this.height - y2)} l S Q`,
    );
  }

  /** An unfilled rectangle; (x, y) is its top-left corner. */
  rect(x: number, y: number, w: number, h: number, lineWidth: number, color?: string): void {
    const stroke = color ? ` ${rgb(color)} RG` : "";
    this.ops.push(`q${stroke} ${n(lineWidth)} w ${n(x)} ${n(this.height - y - h)} ${n(w)} ${n(h)} re S Q`);
  }

  /** An image placed with its top-left corner at (x, y). */
  image(image: PdfKitImage, x: number, y: number, w: number, h: number): void {
    this.images.add(image);
    this.ops.push(`q ${n(w)} 0 0 ${n(h)} ${n(x)} ${n(this.height - y - h)} cm /${image.label} Do Q`);
  }
}
