// Advance widths straight from a TrueType file's cmap and hmtx tables. The renderer needs text
// widths before layout (the rule under the Tiêu ngữ is as long as its text; the rule under the
// agency name is 1/3 to 1/2 of it), and pdfmake measures only during layout. Reading two tables
// is cheaper than a second font engine in the browser bundle.

export interface FontMetrics {
  /** Width of a string in points at the given size (no kerning: Times-metric fonts barely kern). */
  widthOf(text: string, size: number): number;
}

export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const numTables = view.getUint16(4);
  for (let t = 0; t < numTables; t++) {
    const rec = 12 + t * 16;
    const tag = String.fromCharCode(
      view.getUint8(rec),
      view.getUint8(rec + 1),
      view.getUint8(rec + 2),
      view.getUint8(rec + 3),
    );
    tables.set(tag, view.getUint32(rec + 8));
  }
  const need = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`Phông chữ thiếu bảng ${tag}: không phải tệp TrueType hợp lệ.`);
    return offset;
  };
  const unitsPerEm = view.getUint16(need("head") + 18);
  const numberOfHMetrics = view.getUint16(need("hhea") + 34);
  const hmtx = need("hmtx");
  const advance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));
  const glyphOf = cmapLookup(view, need("cmap"));
  const cache = new Map<number, number>();

  return {
    widthOf(text, size) {
      let units = 0;
      for (const ch of text.normalize("NFC")) {
        const cp = ch.codePointAt(0) as number;
        let w = cache.get(cp);
        if (w === undefined) {
          w = advance(glyphOf(cp));
          cache.set(cp, w);
        }
        units += w;
      }
      return (units / unitsPerEm) * size;
    },
  };
}

function cmapLookup(view: DataView, cmap: number): (codePoint: number) => number {
  const count = view.getUint16(cmap + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const sub = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(sub);
    if (format === 12 && (platform === 3 || platform === 0)) format12 = sub;
    if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0)) format4 = sub;
  }
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = format12 + 16 + mid * 12;
        const start = view.getUint32(g);
        const end = view.getUint32(g + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return view.getUint32(g + 8) + (cp - start);
      }
      return 0;
    };
  }
  if (format4 < 0) throw new Error("Phông chữ không có bảng mã Unicode (cmap).");
  const segX2 = view.getUint16(format4 + 6);
  const ends = format4 + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segX2; s += 2) {
      if (cp > view.getUint16(ends + s)) continue;
      const start = view.getUint16(starts + s);
      if (cp < start) return 0;
      const delta = view.getInt16(deltas + s);
      const ro = view.getUint16(rangeOffsets + s);
      if (ro === 0) return (cp + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + s + ro + 2 * (cp - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
