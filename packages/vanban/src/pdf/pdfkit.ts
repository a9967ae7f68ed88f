// The part of pdfkit 0.19 this renderer uses. pdfkit writes the file (objects, streams,
// compression, font subsetting and embedding, images); layout and the page content streams are
// ours. A few members are internal to pdfkit (_font, _fontFamilies, _fontCount, EmbeddedFont's
// constructor and layoutCache): the version is pinned and the font-cache tests cover them.
//
// "#pdfkit" (package.json "imports") is pdfkit's Node build in Node and its self-contained
// standalone build in a browser or worker bundle, which carries its own Buffer, zlib and fontkit.

export interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

export interface LayoutRun {
  /** Sum of the glyph advances in 1/1000 em, kerning included. */
  advanceWidth: number;
}

/** A parsed font (fontkit), shared by every document that embeds the same bytes. */
export interface ParsedFont {
  postscriptName: string;
}

/** pdfkit's per-document font: its glyph subset, width table and PDF objects. */
export interface EmbeddedFont {
  id: string;
  name: string;
  font: ParsedFont;
  /** In 1/1000 em. */
  ascender: number;
  descender: number;
  lineGap: number;
  /** 1000 / units per em. */
  scale: number;
  /** The glyphs this document embeds, by original id, and their widths and characters by subset id. */
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  layoutCache?: Record<string, LayoutRun>;
  layoutCached(text: string): LayoutRun;
  encode(text: string): [string[], GlyphPosition[]];
  ref(): unknown;
}

export type EmbeddedFontClass = new (document: PdfKitDocument, font: ParsedFont, id: string) => EmbeddedFont;

export interface PdfKitImage {
  label: string;
  width: number;
  height: number;
  obj: unknown;
  embed(document: PdfKitDocument): void;
}

export interface PdfKitPage {
  width: number;
  height: number;
  fonts: Record<string, unknown>;
  xobjects: Record<string, unknown>;
}

export interface PdfKitDocument {
  page: PdfKitPage;
  _font: EmbeddedFont;
  _fontFamilies: Record<string, EmbeddedFont>;
  _fontCount: number;
  font(src: Uint8Array): PdfKitDocument;
  addPage(options: { size: [number, number]; margin: number }): PdfKitDocument;
  addContent(data: string): PdfKitDocument;
  openImage(src: ArrayBuffer): PdfKitImage;
  on(event: "data", listener: (chunk: Uint8Array) => void): PdfKitDocument;
  on(event: "end", listener: () => void): PdfKitDocument;
  on(event: "error", listener: (error: unknown) => void): PdfKitDocument;
  end(): void;
}

export interface PdfKitOptions {
  size: [number, number];
  margin: number;
  autoFirstPage: boolean;
  compress: boolean;
  pdfVersion: string;
  info: Record<string, string | Date>;
  lang?: string;
  displayTitle?: boolean;
  /** null: pdfkit opens no default Helvetica (it would read an AFM file we never use). */
  font: null;
}

export type PdfKitConstructor = new (options: PdfKitOptions) => PdfKitDocument;

let engine: Promise<PdfKitConstructor> | undefined;

/** pdfkit, loaded on first use: with the fonts it is the heavy part of any app that exports PDF. */
export function loadPdfKit(): Promise<PdfKitConstructor> {
  engine ??= import("#pdfkit").then(
    (mod: { default?: unknown }) => (mod.default ?? mod) as PdfKitConstructor,
  );
  return engine;
}
