import type { FontSet, FontStyle } from "../fonts/font-set.js";
import type { EmbeddedFont, EmbeddedFontClass, LayoutRun, ParsedFont, PdfKitDocument } from "./pdfkit.js";

// Parsing a 500 KB TrueType file takes 20–30 ms per style, and pdfkit does it for every document.
// The parsed font (fontkit's object, which holds no per-document state) is kept here, keyed by
// the bytes themselves, and each new document gets its own pdfkit EmbeddedFont around it: its
// own glyph subset, width table and PDF objects, so documents stay independent and
// deterministic. The word-shaping cache is shared too: shaping a word gives the same glyphs and
// advances in every document.

export type FaceKey = "regular" | "bold" | "italic" | "boldItalic";

export const FACE_STYLES: Record<FaceKey, FontStyle> = {
  regular: "normal",
  bold: "bold",
  italic: "italics",
  boldItalic: "bolditalics",
};

export function faceKey(bold: boolean, italic: boolean): FaceKey {
  if (bold) return italic ? "boldItalic" : "bold";
  return italic ? "italic" : "regular";
}

interface SharedFace {
  parsed: ParsedFont;
  EmbeddedFont: EmbeddedFontClass;
  layoutCache: Record<string, LayoutRun>;
  /** Upper bound of the entries in layoutCache (words shaped since it was created). */
  entries: number;
}

const sharedFaces = new WeakMap<Uint8Array, SharedFace>();

/** Beyond this many shaped words a face starts a fresh cache, so a long-lived worker stays small. */
export const SHAPE_CACHE_LIMIT = 200_000;

/** How many times a font file was parsed in this process (the cache's own test reads it). */
export const fontParseCount = { value: 0 };

/** pdfkit's font object for these bytes in this document, parsing the file only the first time. */
export function embedFace(
  doc: PdfKitDocument,
  bytes: Uint8Array,
): { font: EmbeddedFont; shared: SharedFace } {
  let shared = sharedFaces.get(bytes);
  if (!shared) {
    doc.font(bytes);
    fontParseCount.value++;
    const font = doc._font;
    shared = {
      parsed: font.font,
      EmbeddedFont: font.constructor as EmbeddedFontClass,
      layoutCache: font.layoutCache ?? Object.create(null),
      entries: 0,
    };
    font.layoutCache = shared.layoutCache;
    sharedFaces.set(bytes, shared);
    return { font, shared };
  }
  if (shared.entries > SHAPE_CACHE_LIMIT) {
    shared.layoutCache = Object.create(null);
    shared.entries = 0;
  }
  const id = `F${++doc._fontCount}`;
  const font = new shared.EmbeddedFont(doc, shared.parsed, id);
  font.layoutCache = shared.layoutCache;
  // pdfkit embeds, at end(), the fonts it finds in this table.
  doc._fontFamilies[id] = font;
  return { font, shared };
}

const fmt = (n: number): string => {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? "0" : String(r);
};

export { fmt as pdfNumber };

/** One style of the family inside one document: measures words and encodes them for TJ. */
export class Face {
  readonly key: FaceKey;
  readonly embedded: EmbeddedFont;
  /** Font-resource name on the page ("F1"). */
  readonly id: string;
  /** Ascender, descender (negative) and line gap as shares of the em. */
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  private readonly shared: SharedFace;
  private readonly advances = new Map<string, number>();
  private readonly fragments = new Map<string, string>();

  constructor(key: FaceKey, doc: PdfKitDocument, bytes: Uint8Array) {
    this.key = key;
    const { font, shared } = embedFace(doc, bytes);
    this.embedded = font;
    this.shared = shared;
    this.id = font.id;
    this.ascent = font.ascender / 1000;
    this.descent = font.descender / 1000;
    this.lineGap = font.lineGap / 1000;
  }

  /** Advance of the text in 1/1000 em, as Word sets it: glyph advances, no kerning. */
  advance(text: string): number {
    let adv = this.advances.get(text);
    if (adv === undefined) {
      this.shared.entries++;
      const glyphs = simpleGlyphs(this.embedded.font, text);
      if (glyphs) {
        adv = 0;
        for (const g of glyphs) adv += g.advanceWidth;
        adv *= this.embedded.scale;
      } else {
        adv = this.embedded.layoutCached(text).advanceWidth;
      }
      this.advances.set(text, adv);
    }
    return adv;
  }

  width(text: string, size: number): number {
    return (this.advance(text) * size) / 1000;
  }

  /** Word's single-spaced line height (Word's "single": ascent + descent + line gap). */
  singleLine(size: number): number {
    return (this.ascent - this.descent + this.lineGap) * size;
  }

  /**
   * The text as elements of a TJ array: glyph ids in hex, with the kerning adjustments the
   * shaper applied. Encoding also adds the glyphs to this document's subset.
   */
  tj(text: string): string {
    let out = this.fragments.get(text);
    if (out === undefined) {
      const glyphs = simpleGlyphs(this.embedded.font, text);
      if (glyphs) {
        out = `<${glyphs.map((g) => includeGlyph(this.embedded, g)).join("")}>`;
        this.fragments.set(text, out);
        return out;
      }
      const [hex, positions] = this.embedded.encode(text);
      const parts: string[] = [];
      let run = "";
      for (let i = 0; i < hex.length; i++) {
        run += hex[i];
        const pos = positions[i];
        const kern = pos ? pos.xAdvance - pos.advanceWidth : 0;
        if (kern !== 0) {
          parts.push(`<${run}>`, fmt(-kern));
          run = "";
        }
      }
      if (run !== "") parts.push(`<${run}>`);
      out = parts.join(" ");
      this.fragments.set(text, out);
    }
    return out;
  }
}

interface SimpleGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/**
 * The glyphs of a text whose every character has its own glyph in the font and needs no shaping
 * (NFC Vietnamese: precomposed letters, no combining marks), or undefined when the shaper must run.
 * Skipping fontkit's GSUB/GPOS machinery is what makes a cold process fast; it also leaves out
 * kerning, as Word does by default, so the PDF's line breaks follow Word's.
 */
function simpleGlyphs(parsed: ParsedFont, text: string): SimpleGlyph[] | undefined {
  const font = parsed as unknown as { glyphForCodePoint(cp: number): SimpleGlyph };
  const glyphs: SimpleGlyph[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x300 && cp <= 0x36f) return undefined;
    const g = font.glyphForCodePoint(cp);
    if (g.id === 0) return undefined;
    glyphs.push(g);
  }
  return glyphs;
}

/** Adds a glyph to the document's subset as pdfkit's encode() does, and returns its hex id. */
function includeGlyph(font: EmbeddedFont, glyph: SimpleGlyph): string {
  const gid = font.subset.includeGlyph(glyph.id);
  font.widths[gid] ??= glyph.advanceWidth * font.scale;
  font.unicode[gid] ??= glyph.codePoints;
  return `0000${gid.toString(16)}`.slice(-4);
}

/**
 * Embedding a subset decodes composite glyphs ("ủ" is "u" plus a hook), and fontkit caches the
 * component glyphs it meets there with no characters. A later document shaping "u" would get
 * that cached glyph and write an empty ToUnicode entry, so its text would copy as "Q yết".
 * Dropping the character-less glyphs after each document lets the shaper rebuild them whole.
 */
function forgetGlyphsWithoutCharacters(parsed: ParsedFont): void {
  const glyphs = (parsed as unknown as { _glyphs?: Record<string, { codePoints?: number[] } | undefined> })
    ._glyphs;
  if (!glyphs) return;
  for (const id of Object.keys(glyphs)) {
    if ((glyphs[id]?.codePoints?.length ?? 0) === 0) delete glyphs[id];
  }
}

/** The four styles of the family, embedded in one document. */
export class DocFonts {
  private readonly faces = new Map<FaceKey, Face>();
  constructor(
    private readonly doc: PdfKitDocument,
    private readonly set: FontSet,
  ) {}

  /** Call once the document is written (its fonts embedded). */
  finish(): void {
    for (const face of this.faces.values()) forgetGlyphsWithoutCharacters(face.embedded.font);
  }

  face(key: FaceKey): Face {
    let face = this.faces.get(key);
    if (!face) {
      face = new Face(key, this.doc, this.set[FACE_STYLES[key]]);
      this.faces.set(key, face);
    }
    return face;
  }
}
