import type { Inline } from "../../model.js";
import type { LayoutProfile } from "../../profile.js";
import type { PageCanvas } from "../canvas.js";
import type { FlowItem, PageGeometry } from "../flow.js";
import type { DocFonts, FaceKey } from "../fonts.js";
import { faceKey } from "../fonts.js";
import type { ImageStore } from "../images.js";
import { type Align, type LaidLine, layoutParagraph, type Span } from "../text.js";

export interface LayoutContext {
  profile: LayoutProfile;
  fonts: DocFonts;
  images: ImageStore;
  geometry: PageGeometry;
  /** Width of the text block on this section's pages. */
  textWidth: number;
  /** Told where a signing space is drawn: the page's canvas and the box, y from the top. */
  onSigningSpace?:
    | ((canvas: PageCanvas, box: { x: number; top: number; width: number; height: number }) => void)
    | undefined;
}

export interface LineMetrics {
  /** Baseline below the top of the line box. */
  ascent: number;
  /** Depth of the descenders below the baseline (positive). */
  descent: number;
  /** Word's single line spacing for the size. */
  single: number;
}

export function metricsOf(ctx: Pick<LayoutContext, "fonts">, size: number): LineMetrics {
  const face = ctx.fonts.face("regular");
  return { ascent: face.ascent * size, descent: -face.descent * size, single: face.singleLine(size) };
}

/** Gap between a text line's baseline and the rule drawn under it: below the line box, plus 2 pt. */
export function ruleOffset(ctx: Pick<LayoutContext, "fonts">, size: number): number {
  const face = ctx.fonts.face("regular");
  return (face.lineGap - face.descent) * size + 2;
}

export function span(text: string, size: number, bold = false, italic = false): Span {
  return { text, size, face: faceKey(bold, italic) };
}

/** Inline runs of the model as spans, over a base style. */
export function inlineSpans(
  content: string | Inline[],
  size: number,
  base: { bold?: boolean | undefined; italic?: boolean | undefined } = {},
): Span[] {
  const parts = typeof content === "string" ? [content] : content;
  return parts.map((part) =>
    typeof part === "string"
      ? span(part, size, base.bold ?? false, base.italic ?? false)
      : span(part.text, size, part.bold ?? base.bold ?? false, part.italic ?? base.italic ?? false),
  );
}

export interface ParagraphOptions {
  spans: Span[];
  size: number;
  align: Align;
  /** Multiple of single spacing. */
  spacing: number;
  spaceBefore: number;
  firstIndent?: number;
  indent?: number;
  /** Left offset and width of the paragraph inside the text block (a column). */
  x?: number;
  width?: number;
  /** Every line keeps with what follows (headings). */
  keepWithNext?: boolean;
  color?: string;
}

/** A paragraph as one flow item per line, with the first and last two lines kept together. */
export function paragraphItems(ctx: LayoutContext, options: ParagraphOptions): FlowItem[] {
  const x0 = options.x ?? 0;
  const lines = layoutParagraph(ctx.fonts, {
    spans: options.spans,
    width: options.width ?? ctx.textWidth,
    align: options.align,
    firstIndent: options.firstIndent ?? 0,
    indent: options.indent ?? 0,
  });
  const m = metricsOf(ctx, options.size);
  const height = m.single * options.spacing;
  const items: FlowItem[] = lines.map((line, i) => ({
    height,
    spaceBefore: i === 0 ? options.spaceBefore : 0,
    keepWithNext: options.keepWithNext ?? false,
    draw: (canvas: PageCanvas, x: number, top: number) =>
      canvas.text(x + x0 + line.x, top + m.ascent, line.segments, options.color),
  }));
  // Orphan and widow control: never one line of a paragraph alone at the foot or head of a page.
  if (items.length >= 2) {
    (items[0] as FlowItem).keepWithNext = true;
    (items[items.length - 2] as FlowItem).keepWithNext = true;
  }
  return items;
}

/** Lines of a fixed block (header cells, signer column): laid out, not paginated. */
export interface BlockLine {
  line: LaidLine;
  baseline: number;
  size: number;
}

/** Stacks single-spaced lines of one style in a column, from `top`; returns them and the bottom. */
export function stackLines(
  ctx: LayoutContext,
  spans: Span[],
  size: number,
  width: number,
  align: Align,
  top: number,
  indent = 0,
): { lines: BlockLine[]; bottom: number } {
  const m = metricsOf(ctx, size);
  const laid = layoutParagraph(ctx.fonts, { spans, width, align, firstIndent: 0, indent });
  const lines = laid.map((line, i) => ({ line, baseline: top + i * m.single + m.ascent, size }));
  return { lines, bottom: top + laid.length * m.single };
}

export function drawLines(
  canvas: PageCanvas,
  lines: BlockLine[],
  x: number,
  dy: number,
  color?: string,
): void {
  for (const l of lines) canvas.text(x + l.line.x, dy + l.baseline, l.line.segments, color);
}

export type { FaceKey };
