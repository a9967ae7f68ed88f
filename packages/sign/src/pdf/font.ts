import { latin1, name, PdfDict, type PdfObject, type PdfRef, PdfString, textString } from "./objects.js";
import { flateStream } from "./write.js";

// A TrueType font (Tinos from @kehoach/vanban, or a licensed Times New Roman) embedded whole as a
// CID font with Identity-H, so any Vietnamese text can be drawn in an appearance stream or a copy's
// page, and copied back as text (a ToUnicode map is written for the glyphs used).

export class FontError extends Error {
  override name = "FontError";
}

export class TrueTypeFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly bbox: [number, number, number, number];
  readonly postScriptName: string;
  private readonly view: DataView;
  private readonly glyphOf: (cp: number) => number;
  private readonly hmtx: number;
  private readonly numberOfHMetrics: number;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const tables = new Map<string, number>();
    try {
      const count = this.view.getUint16(4);
      for (let t = 0; t < count; t++) {
        const rec = 12 + t * 16;
        tables.set(String.fromCharCode(...bytes.subarray(rec, rec + 4)), this.view.getUint32(rec + 8));
      }
    } catch {
      throw new FontError("Tệp phông chữ không phải TrueType.");
    }
    const need = (tag: string) => {
      const at = tables.get(tag);
      if (at === undefined)
        throw new FontError(`Phông chữ thiếu bảng ${tag}: không phải tệp TrueType dùng được.`);
      return at;
    };
    const head = need("head");
    this.unitsPerEm = this.view.getUint16(head + 18);
    this.bbox = [0, 2, 4, 6].map((k) =>
      this.scale(this.view.getInt16(head + 36 + k)),
    ) as TrueTypeFont["bbox"];
    const hhea = need("hhea");
    this.ascent = this.scale(this.view.getInt16(hhea + 4));
    this.descent = this.scale(this.view.getInt16(hhea + 6));
    this.numberOfHMetrics = this.view.getUint16(hhea + 34);
    this.hmtx = need("hmtx");
    this.glyphOf = this.readCmap(need("cmap"));
    this.postScriptName = this.readPostScriptName(tables.get("name")) ?? "Tinos";
  }

  /** Font units to a 1000-unit em (PDF glyph space). */
  private scale(v: number): number {
    return Math.round((v * 1000) / this.unitsPerEm);
  }

  glyph(codePoint: number): number {
    return this.glyphOf(codePoint);
  }

  /** Advance of a glyph in 1000-unit em. */
  advance(glyph: number): number {
    return this.scale(this.view.getUint16(this.hmtx + 4 * Math.min(glyph, this.numberOfHMetrics - 1)));
  }

  widthOf(text: string, size: number): number {
    let w = 0;
    for (const ch of text.normalize("NFC")) w += this.advance(this.glyph(ch.codePointAt(0)!));
    return (w * size) / 1000;
  }

  /** The characters of `text` this font has no glyph for. */
  missing(text: string): string[] {
    return [
      ...new Set(
        [...text.normalize("NFC")].filter((ch) => ch.trim() !== "" && this.glyph(ch.codePointAt(0)!) === 0),
      ),
    ];
  }

  private readCmap(cmap: number): (cp: number) => number {
    const v = this.view;
    const count = v.getUint16(cmap + 2);
    let f4 = -1;
    let f12 = -1;
    for (let i = 0; i < count; i++) {
      const platform = v.getUint16(cmap + 4 + i * 8);
      const encoding = v.getUint16(cmap + 6 + i * 8);
      const offset = cmap + v.getUint32(cmap + 8 + i * 8);
      const format = v.getUint16(offset);
      if (format === 12 && (platform === 3 || platform === 0)) f12 = offset;
      if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0)) f4 = offset;
    }
    if (f12 >= 0) {
      const groups = v.getUint32(f12 + 12);
      return (cp) => {
        let lo = 0;
        let hi = groups - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const g = f12 + 16 + mid * 12;
          const start = v.getUint32(g);
          const end = v.getUint32(g + 4);
          if (cp < start) hi = mid - 1;
          else if (cp > end) lo = mid + 1;
          else return v.getUint32(g + 8) + (cp - start);
        }
        return 0;
      };
    }
    if (f4 < 0) throw new FontError("Phông chữ không có bảng mã Unicode (cmap).");
    const segX2 = v.getUint16(f4 + 6);
    const ends = f4 + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let s = 0; s < segX2; s += 2) {
        if (cp > v.getUint16(ends + s)) continue;
        const start = v.getUint16(starts + s);
        if (cp < start) return 0;
        const delta = v.getInt16(deltas + s);
        const range = v.getUint16(ranges + s);
        if (range === 0) return (cp + delta) & 0xffff;
        const g = v.getUint16(ranges + s + range + 2 * (cp - start));
        return g === 0 ? 0 : (g + delta) & 0xffff;
      }
      return 0;
    };
  }

  private readPostScriptName(table: number | undefined): string | undefined {
    if (table === undefined) return undefined;
    const v = this.view;
    const count = v.getUint16(table + 2);
    const strings = table + v.getUint16(table + 4);
    for (let i = 0; i < count; i++) {
      const rec = table + 6 + i * 12;
      if (v.getUint16(rec + 6) !== 6) continue;
      const platform = v.getUint16(rec);
      const length = v.getUint16(rec + 8);
      const at = strings + v.getUint16(rec + 10);
      let s = "";
      if (platform === 3 || platform === 0) {
        for (let k = 0; k + 1 < length; k += 2) s += String.fromCharCode(v.getUint16(at + k));
      } else {
        for (let k = 0; k < length; k++) s += String.fromCharCode(v.getUint8(at + k));
      }
      const clean = s.replace(/[^A-Za-z0-9-]/gu, "");
      if (clean) return clean;
    }
    return undefined;
  }
}

/** Collects the glyphs a document draws with one font, then writes the font's objects. */
export class FontUse {
  private readonly used = new Map<number, string>();
  constructor(readonly font: TrueTypeFont) {}

  /** The hex string of glyph ids for a Tj operator; refuses characters the font lacks. */
  encode(text: string): string {
    const nfc = text.normalize("NFC");
    const missing = this.font.missing(nfc);
    if (missing.length > 0) {
      throw new FontError(`Phông chữ không có ký tự ${missing.map((c) => `"${c}"`).join(", ")}.`);
    }
    let hex = "";
    for (const ch of nfc) {
      const gid = this.font.glyph(ch.codePointAt(0)!);
      if (!this.used.has(gid)) this.used.set(gid, ch);
      hex += gid.toString(16).padStart(4, "0");
    }
    return `<${hex}>`;
  }

  /** The Type0 font dictionary and the objects it refers to, numbered from `allocate`. */
  objects(allocate: () => PdfRef): { font: PdfRef; objects: { ref: PdfRef; value: PdfObject }[] } {
    const f = this.font;
    const fileRef = allocate();
    const descriptorRef = allocate();
    const cidRef = allocate();
    const toUnicodeRef = allocate();
    const fontRef = allocate();
    const baseName = `KHKS+${f.postScriptName}`;
    const gids = [...this.used.keys()].sort((a, b) => a - b);
    const widths: PdfObject[] = [];
    for (const gid of gids) widths.push(gid, [f.advance(gid)]);
    return {
      font: fontRef,
      objects: [
        { ref: fileRef, value: flateStream(new PdfDict({ Length1: f.bytes.length }), f.bytes) },
        {
          ref: descriptorRef,
          value: new PdfDict({
            Type: name("FontDescriptor"),
            FontName: name(baseName),
            Flags: 32,
            FontBBox: [...f.bbox],
            ItalicAngle: 0,
            Ascent: f.ascent,
            Descent: f.descent,
            CapHeight: Math.round(f.ascent * 0.75),
            StemV: 80,
            FontFile2: fileRef,
          }),
        },
        {
          ref: cidRef,
          value: new PdfDict({
            Type: name("Font"),
            Subtype: name("CIDFontType2"),
            BaseFont: name(baseName),
            CIDSystemInfo: new PdfDict({
              Registry: new PdfString(latin1("Adobe")),
              Ordering: new PdfString(latin1("Identity")),
              Supplement: 0,
            }),
            FontDescriptor: descriptorRef,
            W: widths,
            CIDToGIDMap: name("Identity"),
          }),
        },
        { ref: toUnicodeRef, value: flateStream(new PdfDict(), latin1(this.toUnicode(gids))) },
        {
          ref: fontRef,
          value: new PdfDict({
            Type: name("Font"),
            Subtype: name("Type0"),
            BaseFont: name(baseName),
            Encoding: name("Identity-H"),
            DescendantFonts: [cidRef],
            ToUnicode: toUnicodeRef,
          }),
        },
      ],
    };
  }

  private toUnicode(gids: number[]): string {
    const lines: string[] = [];
    for (let i = 0; i < gids.length; i += 100) {
      const chunk = gids.slice(i, i + 100);
      lines.push(`${chunk.length} beginbfchar`);
      for (const gid of chunk) {
        let utf16 = "";
        const ch = this.used.get(gid)!;
        for (let k = 0; k < ch.length; k++) utf16 += ch.charCodeAt(k).toString(16).padStart(4, "0");
        lines.push(`<${gid.toString(16).padStart(4, "0")}> <${utf16}>`);
      }
      lines.push("endbfchar");
    }
    return [
      "/CIDInit /ProcSet findresource begin",
      "12 dict begin",
      "begincmap",
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
      "/CMapName /Adobe-Identity-UCS def",
      "/CMapType 2 def",
      "1 begincodespacerange",
      "<0000> <ffff>",
      "endcodespacerange",
      ...lines,
      "endcmap",
      "CMapName currentdict /CMap defineresource pop",
      "end",
      "end",
    ].join("\n");
  }
}

export { textString };
