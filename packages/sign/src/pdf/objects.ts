// The PDF object model this package reads and writes (ISO 32000-1 §7.3). Small on purpose: enough
// to read a file's cross-reference data, its catalog, pages and fonts, and to append objects to it.

export class PdfName {
  private static readonly cache = new Map<string, PdfName>();
  private constructor(readonly name: string) {}
  static of(name: string): PdfName {
    let n = PdfName.cache.get(name);
    if (!n) {
      n = new PdfName(name);
      PdfName.cache.set(name, n);
    }
    return n;
  }
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen = 0,
  ) {}
  get key(): string {
    return `${this.num} ${this.gen}`;
  }
}

/** A string as its bytes; `hex` only says how it is written back. */
export class PdfString {
  constructor(
    readonly bytes: Uint8Array,
    readonly hex = false,
  ) {}
}

export class PdfDict {
  readonly map = new Map<string, PdfObject>();
  constructor(entries?: Record<string, PdfObject | undefined>) {
    if (entries) for (const [k, v] of Object.entries(entries)) if (v !== undefined) this.map.set(k, v);
  }
  get(key: string): PdfObject | undefined {
    return this.map.get(key);
  }
  set(key: string, value: PdfObject): this {
    this.map.set(key, value);
    return this;
  }
  clone(): PdfDict {
    const d = new PdfDict();
    for (const [k, v] of this.map) d.map.set(k, v);
    return d;
  }
}

export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    /** The bytes as stored in the file (still encoded by its /Filter). */
    readonly data: Uint8Array,
  ) {}
}

/** Raw bytes written as they are: the signature's /Contents and /ByteRange placeholders. */
export class PdfRaw {
  constructor(readonly text: string) {}
}

export type PdfObject =
  | null
  | boolean
  | number
  | PdfName
  | PdfString
  | PdfRef
  | PdfDict
  | PdfObject[]
  | PdfStream
  | PdfRaw;

export const name = (n: string): PdfName => PdfName.of(n);

/** A text string: PDFDocEncoding when it fits (ASCII), UTF-16BE with a byte order mark otherwise. */
export function textString(text: string): PdfString {
  const nfc = text.normalize("NFC");
  if (/^[\x20-\x7e]*$/u.test(nfc)) return new PdfString(latin1(nfc));
  const bytes = new Uint8Array(2 + nfc.length * 2);
  bytes[0] = 0xfe;
  bytes[1] = 0xff;
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    bytes[2 + i * 2] = c >> 8;
    bytes[3 + i * 2] = c & 0xff;
  }
  return new PdfString(bytes, true);
}

/** Reads a text string back (UTF-16BE with a byte order mark, or PDFDocEncoding's ASCII part). */
export function decodeTextString(s: PdfString): string {
  const b = s.bytes;
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
    let out = "";
    for (let i = 2; i + 1 < b.length; i += 2) out += String.fromCharCode((b[i]! << 8) | b[i + 1]!);
    return out;
  }
  return fromLatin1(b);
}

export function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export function fromLatin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = "";
  for (let i = start; i < end; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 8192)));
  }
  return out;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function isName(o: PdfObject | undefined, n?: string): o is PdfName {
  return o instanceof PdfName && (n === undefined || o.name === n);
}
