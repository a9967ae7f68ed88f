import { unzlibSync } from "fflate";
import {
  fromLatin1,
  isName,
  PdfDict,
  PdfName,
  type PdfObject,
  PdfRef,
  PdfStream,
  PdfString,
} from "./objects.js";

// Reads an existing PDF far enough to sign it or copy its pages: the cross-reference sections
// (tables and streams, every revision through /Prev), object streams, and objects on demand. It
// never rewrites the file: signing appends to it (incremental update, ISO 32000-1 §7.5.6).

/** A file this package cannot read, with the reason in Vietnamese. */
export class PdfReadError extends Error {
  override name = "PdfReadError";
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

type Token =
  | { kind: "number"; value: number }
  | { kind: "keyword"; value: string }
  | { kind: "name"; value: string }
  | { kind: "string"; value: PdfString }
  | { kind: "punct"; value: "[" | "]" | "<<" | ">>" | "{" | "}" }
  | { kind: "eof" };

export class Lexer {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  skipSpace(): void {
    const b = this.bytes;
    while (this.pos < this.end) {
      const c = b[this.pos]!;
      if (WHITESPACE.has(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < this.end && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  next(): Token {
    this.skipSpace();
    const b = this.bytes;
    if (this.pos >= this.end) return { kind: "eof" };
    const c = b[this.pos]!;
    if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      this.pos++;
      return { kind: "punct", value: String.fromCharCode(c) as "[" | "]" | "{" | "}" };
    }
    if (c === 0x3c) {
      if (b[this.pos + 1] === 0x3c) {
        this.pos += 2;
        return { kind: "punct", value: "<<" };
      }
      return { kind: "string", value: this.hexString() };
    }
    if (c === 0x3e && b[this.pos + 1] === 0x3e) {
      this.pos += 2;
      return { kind: "punct", value: ">>" };
    }
    if (c === 0x28) return { kind: "string", value: this.literalString() };
    if (c === 0x2f) {
      this.pos++;
      let text = "";
      while (this.pos < this.end && !WHITESPACE.has(b[this.pos]!) && !DELIMITERS.has(b[this.pos]!)) {
        const d = b[this.pos]!;
        if (d === 0x23 && this.pos + 2 < this.end) {
          text += String.fromCharCode(Number.parseInt(fromLatin1(b, this.pos + 1, this.pos + 3), 16));
          this.pos += 3;
        } else {
          text += String.fromCharCode(d);
          this.pos++;
        }
      }
      return { kind: "name", value: text };
    }
    const start = this.pos;
    while (this.pos < this.end && !WHITESPACE.has(b[this.pos]!) && !DELIMITERS.has(b[this.pos]!)) this.pos++;
    if (this.pos === start) {
      this.pos++; // a stray delimiter such as ")" or ">": skip it rather than loop
      return this.next();
    }
    const word = fromLatin1(b, start, this.pos);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/u.test(word)) return { kind: "number", value: Number(word) };
    return { kind: "keyword", value: word };
  }

  private hexString(): PdfString {
    const b = this.bytes;
    this.pos++;
    const digits: number[] = [];
    while (this.pos < this.end && b[this.pos] !== 0x3e) {
      const c = b[this.pos++]!;
      const v = hexValue(c);
      if (v >= 0) digits.push(v);
    }
    this.pos++;
    if (digits.length % 2 === 1) digits.push(0);
    const out = new Uint8Array(digits.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = (digits[2 * i]! << 4) | digits[2 * i + 1]!;
    return new PdfString(out, true);
  }

  private literalString(): PdfString {
    const b = this.bytes;
    this.pos++;
    const out: number[] = [];
    let depth = 1;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 0x5c) {
        const d = b[this.pos++]!;
        const simple: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12 };
        if (d in simple) out.push(simple[d]!);
        else if (d >= 0x30 && d <= 0x37) {
          let v = d - 0x30;
          for (let k = 0; k < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; k++) {
            v = v * 8 + (b[this.pos++]! - 0x30);
          }
          out.push(v & 0xff);
        } else if (d === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++;
        } else if (d !== 0x0a) out.push(d);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        depth--;
        if (depth === 0) break;
        out.push(c);
      } else out.push(c);
    }
    return new PdfString(Uint8Array.from(out));
  }
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Parses one object; `n g R` becomes a reference. Content-stream operators come back as keywords. */
export function parseObject(lexer: Lexer, token = lexer.next()): PdfObject | { keyword: string } {
  switch (token.kind) {
    case "number": {
      // "n g R": look ahead two tokens without consuming them unless they form a reference.
      const save = lexer.pos;
      const t2 = lexer.next();
      if (t2.kind === "number" && Number.isInteger(token.value)) {
        const t3 = lexer.next();
        if (t3.kind === "keyword" && t3.value === "R") return new PdfRef(token.value, t2.value);
      }
      lexer.pos = save;
      return token.value;
    }
    case "name":
      return PdfName.of(token.value);
    case "string":
      return token.value;
    case "keyword":
      if (token.value === "true") return true;
      if (token.value === "false") return false;
      if (token.value === "null") return null;
      return { keyword: token.value };
    case "punct":
      if (token.value === "[") {
        const items: PdfObject[] = [];
        for (;;) {
          const t = lexer.next();
          if ((t.kind === "punct" && t.value === "]") || t.kind === "eof") break;
          const o = parseObject(lexer, t);
          if (isKeyword(o)) continue;
          items.push(o);
        }
        return items;
      }
      if (token.value === "<<") {
        const dict = new PdfDict();
        for (;;) {
          const t = lexer.next();
          if ((t.kind === "punct" && t.value === ">>") || t.kind === "eof") break;
          if (t.kind !== "name") continue;
          const value = parseObject(lexer);
          if (!isKeyword(value)) dict.set(t.value, value);
        }
        return dict;
      }
      return { keyword: token.value };
    case "eof":
      return { keyword: "" };
  }
}

export function isKeyword(o: PdfObject | { keyword: string }): o is { keyword: string } {
  return typeof o === "object" && o !== null && "keyword" in o && !(o instanceof PdfDict);
}

interface XrefEntry {
  /** 1: at a byte offset; 2: inside an object stream. */
  type: 1 | 2;
  offset: number;
  gen: number;
  stream?: number;
  index?: number;
}

export interface PdfPage {
  ref: PdfRef;
  dict: PdfDict;
  /** Inherited attributes resolved (ISO 32000-1 §7.7.3.4). */
  mediaBox: [number, number, number, number];
  resources: PdfDict;
  rotate: number;
}

/** A PDF read for signing or copying: every object reachable by number, the pages in order. */
export class PdfFile {
  readonly entries = new Map<number, XrefEntry>();
  trailer = new PdfDict();
  /** Where the newest cross-reference section starts (the /Prev of the next update). */
  lastXref = 0;
  /** The newest section is a cross-reference stream: the next update writes one too. */
  xrefIsStream = false;
  private readonly cache = new Map<number, PdfObject>();
  private readonly objectStreams = new Map<number, { offsets: number[]; data: Uint8Array; first: number }>();

  constructor(readonly bytes: Uint8Array) {
    if (fromLatin1(bytes, 0, Math.min(5, bytes.length)) !== "%PDF-") {
      const head = fromLatin1(bytes, 0, Math.min(1024, bytes.length));
      if (!head.includes("%PDF-")) throw new PdfReadError("Tệp không phải PDF (không có phần đầu %PDF-).");
    }
    this.lastXref = findStartXref(bytes);
    this.readXrefChain(this.lastXref);
    if (!(this.trailer.get("Root") instanceof PdfRef)) {
      throw new PdfReadError("Tệp PDF không có mục lục gốc (/Root): tệp hỏng hoặc bị cắt.");
    }
  }

  /** One past the highest object number in use: the first number an update may take. */
  get size(): number {
    const declared = this.trailer.get("Size");
    let max = typeof declared === "number" ? declared : 0;
    for (const n of this.entries.keys()) max = Math.max(max, n + 1);
    return max;
  }

  private readXrefChain(offset: number): void {
    const seen = new Set<number>();
    let first = true;
    let at: number | undefined = offset;
    while (at !== undefined && !seen.has(at)) {
      seen.add(at);
      const lexer = new Lexer(this.bytes, at);
      const t = lexer.next();
      let trailer: PdfDict;
      if (t.kind === "keyword" && t.value === "xref") {
        trailer = this.readXrefTable(lexer);
        const hybrid = trailer.get("XRefStm");
        if (typeof hybrid === "number") this.readXrefStream(hybrid);
        if (first) this.xrefIsStream = false;
      } else {
        trailer = this.readXrefStream(at);
        if (first) this.xrefIsStream = true;
      }
      if (first) this.trailer = trailer;
      first = false;
      const prev = trailer.get("Prev");
      at = typeof prev === "number" ? prev : undefined;
    }
  }

  private readXrefTable(lexer: Lexer): PdfDict {
    for (;;) {
      const t = lexer.next();
      if (t.kind === "keyword" && t.value === "trailer") break;
      if (t.kind !== "number") throw new PdfReadError("Bảng tham chiếu chéo (xref) của tệp PDF bị hỏng.");
      const count = lexer.next();
      if (count.kind !== "number") throw new PdfReadError("Bảng tham chiếu chéo (xref) của tệp PDF bị hỏng.");
      for (let i = 0; i < count.value; i++) {
        const off = lexer.next();
        const gen = lexer.next();
        const kind = lexer.next();
        if (off.kind !== "number" || gen.kind !== "number" || kind.kind !== "keyword") {
          throw new PdfReadError("Bảng tham chiếu chéo (xref) của tệp PDF bị hỏng.");
        }
        const num = t.value + i;
        if (!this.entries.has(num) && kind.value === "n") {
          this.entries.set(num, { type: 1, offset: off.value, gen: gen.value });
        } else if (!this.entries.has(num) && kind.value === "f" && num !== 0) {
          this.entries.set(num, { type: 1, offset: -1, gen: gen.value });
        }
      }
    }
    const trailer = parseObject(lexer);
    if (!(trailer instanceof PdfDict)) throw new PdfReadError("Phần trailer của tệp PDF bị hỏng.");
    return trailer;
  }

  private readXrefStream(offset: number): PdfDict {
    const obj = this.parseIndirectAt(offset);
    if (!(obj instanceof PdfStream) || !isName(obj.dict.get("Type"), "XRef")) {
      throw new PdfReadError("Không đọc được bảng tham chiếu chéo của tệp PDF (startxref trỏ sai chỗ).");
    }
    const data = decodeStream(obj, (o) => o);
    const w = (obj.dict.get("W") as number[] | undefined) ?? [];
    const size = obj.dict.get("Size") as number;
    const index = (obj.dict.get("Index") as number[] | undefined) ?? [0, size];
    const rowLength = w.reduce((s, x) => s + x, 0);
    let p = 0;
    const field = (width: number, fallback: number) => {
      if (width === 0) return fallback;
      let v = 0;
      for (let k = 0; k < width; k++) v = v * 256 + data[p++]!;
      return v;
    };
    for (let s = 0; s + 1 < index.length; s += 2) {
      for (let i = 0; i < index[s + 1]!; i++) {
        if (p + rowLength > data.length) break;
        const type = field(w[0]!, 1);
        const a = field(w[1]!, 0);
        const b = field(w[2]!, 0);
        const num = index[s]! + i;
        if (this.entries.has(num)) continue;
        if (type === 1) this.entries.set(num, { type: 1, offset: a, gen: b });
        else if (type === 2) this.entries.set(num, { type: 2, offset: 0, gen: 0, stream: a, index: b });
        else if (num !== 0) this.entries.set(num, { type: 1, offset: -1, gen: b });
      }
    }
    return obj.dict;
  }

  /** Parses "n g obj … endobj" at a byte offset. */
  parseIndirectAt(offset: number): PdfObject {
    const lexer = new Lexer(this.bytes, offset);
    const n = lexer.next();
    const g = lexer.next();
    const kw = lexer.next();
    if (n.kind !== "number" || g.kind !== "number" || kw.kind !== "keyword" || kw.value !== "obj") {
      throw new PdfReadError(`Tệp PDF hỏng: không có đối tượng ở vị trí ${offset}.`);
    }
    const value = parseObject(lexer);
    if (isKeyword(value)) return null;
    if (value instanceof PdfDict) {
      const save = lexer.pos;
      const t = lexer.next();
      if (t.kind === "keyword" && t.value === "stream") {
        let start = lexer.pos;
        if (this.bytes[start] === 0x0d) start++;
        if (this.bytes[start] === 0x0a) start++;
        let length = value.get("Length");
        if (length instanceof PdfRef) length = this.resolveLengthRef(length);
        let end = typeof length === "number" ? start + length : -1;
        if (end < start || end > this.bytes.length || !this.endstreamAt(end)) end = this.findEndstream(start);
        return new PdfStream(value, this.bytes.subarray(start, end));
      }
      lexer.pos = save;
    }
    return value;
  }

  private resolveLengthRef(ref: PdfRef): number | undefined {
    const entry = this.entries.get(ref.num);
    if (entry?.type !== 1 || entry.offset < 0) return undefined;
    const v = this.parseIndirectAt(entry.offset);
    return typeof v === "number" ? v : undefined;
  }

  private endstreamAt(pos: number): boolean {
    const lexer = new Lexer(this.bytes, pos);
    const t = lexer.next();
    return t.kind === "keyword" && t.value === "endstream";
  }

  private findEndstream(start: number): number {
    const b = this.bytes;
    for (let i = start; i + 9 <= b.length; i++) {
      if (b[i] === 0x65 && fromLatin1(b, i, i + 9) === "endstream") {
        let end = i;
        if (b[end - 1] === 0x0a) end--;
        if (b[end - 1] === 0x0d) end--;
        return end;
      }
    }
    throw new PdfReadError("Tệp PDF hỏng: một luồng dữ liệu không có endstream.");
  }

  /** The object with this number, or null for a free or missing one. */
  get(ref: PdfRef | number): PdfObject {
    const num = typeof ref === "number" ? ref : ref.num;
    if (this.cache.has(num)) return this.cache.get(num)!;
    const entry = this.entries.get(num);
    let value: PdfObject = null;
    if (entry?.type === 1 && entry.offset >= 0) value = this.parseIndirectAt(entry.offset);
    else if (entry?.type === 2) value = this.fromObjectStream(entry.stream!, entry.index!);
    this.cache.set(num, value);
    return value;
  }

  resolve(o: PdfObject | undefined): PdfObject | undefined {
    let v = o;
    for (let i = 0; i < 32 && v instanceof PdfRef; i++) v = this.get(v);
    return v;
  }

  dict(o: PdfObject | undefined): PdfDict | undefined {
    const v = this.resolve(o);
    if (v instanceof PdfDict) return v;
    if (v instanceof PdfStream) return v.dict;
    return undefined;
  }

  private fromObjectStream(streamNum: number, index: number): PdfObject {
    let parsed = this.objectStreams.get(streamNum);
    if (!parsed) {
      const stream = this.get(streamNum);
      if (!(stream instanceof PdfStream)) return null;
      const data = decodeStream(stream, (o) => this.resolve(o));
      const n = stream.dict.get("N") as number;
      const first = stream.dict.get("First") as number;
      const lexer = new Lexer(data, 0, first);
      const offsets: number[] = [];
      for (let i = 0; i < n; i++) {
        lexer.next();
        const off = lexer.next();
        offsets.push(off.kind === "number" ? off.value : 0);
      }
      parsed = { offsets, data, first };
      this.objectStreams.set(streamNum, parsed);
    }
    const off = parsed.offsets[index];
    if (off === undefined) return null;
    const value = parseObject(new Lexer(parsed.data, parsed.first + off));
    return isKeyword(value) ? null : value;
  }

  get catalog(): PdfDict {
    const root = this.dict(this.trailer.get("Root"));
    if (!root) throw new PdfReadError("Tệp PDF không có mục lục gốc (/Root).");
    return root;
  }

  /** The pages in order, with their inherited attributes. */
  pages(): PdfPage[] {
    const out: PdfPage[] = [];
    const visit = (ref: PdfObject | undefined, inherited: Partial<PdfPage>, depth: number) => {
      if (depth > 64 || !(ref instanceof PdfRef)) return;
      const node = this.dict(ref);
      if (!node) return;
      const resources = this.dict(node.get("Resources")) ?? inherited.resources;
      const box = this.resolve(node.get("MediaBox"));
      const mediaBox = Array.isArray(box)
        ? (box.map((x) => Number(this.resolve(x))) as PdfPage["mediaBox"])
        : inherited.mediaBox;
      const rotate = this.resolve(node.get("Rotate"));
      const next = { resources, mediaBox, rotate: typeof rotate === "number" ? rotate : inherited.rotate };
      if (isName(node.get("Type"), "Pages") || node.get("Kids")) {
        const kids = this.resolve(node.get("Kids"));
        if (Array.isArray(kids)) for (const kid of kids) visit(kid, next, depth + 1);
      } else {
        out.push({
          ref,
          dict: node,
          mediaBox: next.mediaBox ?? [0, 0, 595.28, 841.89],
          resources: next.resources ?? new PdfDict(),
          rotate: next.rotate ?? 0,
        });
      }
    };
    visit(this.catalog.get("Pages"), {}, 0);
    if (out.length === 0) throw new PdfReadError("Tệp PDF không có trang nào.");
    return out;
  }
}

function findStartXref(bytes: Uint8Array): number {
  const tail = fromLatin1(bytes, Math.max(0, bytes.length - 2048));
  const at = tail.lastIndexOf("startxref");
  if (at < 0) throw new PdfReadError("Tệp PDF không có startxref ở cuối: tệp bị cắt hoặc không phải PDF.");
  const m = /startxref\s+(\d+)/u.exec(tail.slice(at));
  const offset = m ? Number(m[1]) : Number.NaN;
  if (!Number.isFinite(offset) || offset <= 0 || offset >= bytes.length) {
    throw new PdfReadError("Vị trí bảng tham chiếu chéo (startxref) của tệp PDF không hợp lệ.");
  }
  return offset;
}

/** A stream's bytes with its filters undone (FlateDecode and its PNG predictors). */
export function decodeStream(
  stream: PdfStream,
  resolve: (o: PdfObject | undefined) => PdfObject | undefined,
): Uint8Array {
  const filter = resolve(stream.dict.get("Filter"));
  const filters = (Array.isArray(filter) ? filter : filter ? [filter] : []).map((f) => resolve(f));
  const parmsRaw = resolve(stream.dict.get("DecodeParms"));
  const parmsList = Array.isArray(parmsRaw) ? parmsRaw.map((p) => resolve(p)) : [parmsRaw];
  let data = stream.data;
  filters.forEach((f, i) => {
    if (!(f instanceof PdfName)) return;
    if (f.name !== "FlateDecode" && f.name !== "Fl") {
      throw new PdfReadError(`Tệp PDF dùng bộ lọc ${f.name} mà chương trình chưa đọc được.`);
    }
    try {
      data = unzlibSync(data);
    } catch {
      throw new PdfReadError("Một luồng nén trong tệp PDF bị hỏng.");
    }
    const parms = parmsList[i];
    if (parms instanceof PdfDict) data = undoPredictor(data, parms);
  });
  return data;
}

function undoPredictor(data: Uint8Array, parms: PdfDict): Uint8Array {
  const predictor = (parms.get("Predictor") as number | undefined) ?? 1;
  if (predictor < 10) return data;
  const colors = (parms.get("Colors") as number | undefined) ?? 1;
  const bpc = (parms.get("BitsPerComponent") as number | undefined) ?? 8;
  const columns = (parms.get("Columns") as number | undefined) ?? 1;
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
  const rowLength = Math.ceil((colors * bpc * columns) / 8);
  return unfilterRows(data, rowLength, bpp);
}

/** PNG row filters undone (each row starts with its filter type byte). */
export function unfilterRows(data: Uint8Array, rowLength: number, bpp: number): Uint8Array {
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)]!;
    const src = r * (rowLength + 1) + 1;
    const dst = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + i]!;
      const left = i >= bpp ? out[dst + i - bpp]! : 0;
      const up = r > 0 ? out[dst - rowLength + i]! : 0;
      const upLeft = r > 0 && i >= bpp ? out[dst - rowLength + i - bpp]! : 0;
      let v: number;
      switch (type) {
        case 1:
          v = raw + left;
          break;
        case 2:
          v = raw + up;
          break;
        case 3:
          v = raw + ((left + up) >> 1);
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
          break;
        }
        default:
          v = raw;
      }
      out[dst + i] = v & 0xff;
    }
  }
  return out;
}
