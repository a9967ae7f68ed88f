import { concatBytes } from "../pdf/objects.js";

// The few DER constructions a CMS SignedData needs (ITU-T X.690), and a reader for certificates
// and returned signatures. A CMS for PAdES is one fixed structure; this keeps the browser entry
// free of a general ASN.1 library.

export interface Der {
  tag: number;
  /** Bytes of the whole element (tag, length, content). */
  raw: Uint8Array;
  /** Bytes of the content. */
  content: Uint8Array;
}

export class DerError extends Error {
  override name = "DerError";
}

function lengthBytes(n: number): Uint8Array {
  if (n < 0x80) return Uint8Array.of(n);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

export function tlv(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = concatBytes(content);
  return concatBytes([Uint8Array.of(tag), lengthBytes(body.length), body]);
}

export const sequence = (...items: Uint8Array[]) => tlv(0x30, ...items);
export const set = (...items: Uint8Array[]) => tlv(0x31, ...sortedForSet(items));
export const octetString = (bytes: Uint8Array) => tlv(0x04, bytes);
export const nullValue = () => Uint8Array.of(0x05, 0x00);
export const integer = (n: number) => {
  const bytes: number[] = [];
  let v = n;
  do {
    bytes.unshift(v & 0xff);
    v = Math.floor(v / 256);
  } while (v > 0);
  if (bytes[0]! & 0x80) bytes.unshift(0);
  return tlv(0x02, Uint8Array.from(bytes));
};
export const explicit = (n: number, ...content: Uint8Array[]) => tlv(0xa0 + n, ...content);

/** DER requires the elements of a SET OF in ascending order of their encodings. */
function sortedForSet(items: Uint8Array[]): Uint8Array[] {
  return [...items].sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return a.length - b.length;
  });
}

export function oid(dotted: string): Uint8Array {
  const parts = dotted.split(".").map(Number);
  const bytes: number[] = [parts[0]! * 40 + parts[1]!];
  for (const part of parts.slice(2)) {
    const chunk: number[] = [];
    let v = part;
    do {
      chunk.unshift(v & 0x7f);
      v = Math.floor(v / 128);
    } while (v > 0);
    for (let i = 0; i < chunk.length - 1; i++) chunk[i]! |= 0x80;
    bytes.push(...chunk);
  }
  return tlv(0x06, Uint8Array.from(bytes));
}

export function readOid(content: Uint8Array): string {
  const out: number[] = [Math.floor(content[0]! / 40), content[0]! % 40];
  let v = 0;
  for (let i = 1; i < content.length; i++) {
    v = v * 128 + (content[i]! & 0x7f);
    if (!(content[i]! & 0x80)) {
      out.push(v);
      v = 0;
    }
  }
  return out.join(".");
}

/** Reads the element at `at`; refuses lengths that run past the end. */
export function readDer(bytes: Uint8Array, at = 0): Der {
  if (at + 2 > bytes.length) throw new DerError("DER bị cắt");
  const tag = bytes[at]!;
  let len = bytes[at + 1]!;
  let head = 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || at + 2 + n > bytes.length) throw new DerError("độ dài DER không hợp lệ");
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + bytes[at + 2 + i]!;
    head += n;
  }
  if (at + head + len > bytes.length) throw new DerError("DER bị cắt");
  return {
    tag,
    raw: bytes.subarray(at, at + head + len),
    content: bytes.subarray(at + head, at + head + len),
  };
}

export function children(der: Der): Der[] {
  const out: Der[] = [];
  let at = 0;
  while (at < der.content.length) {
    const child = readDer(der.content, at);
    out.push(child);
    at += child.raw.length;
  }
  return out;
}

/** A string-valued DER element (UTF8String, PrintableString, IA5String, BMPString, T61String). */
export function readDerString(der: Der): string {
  if (der.tag === 0x1e) {
    let s = "";
    for (let i = 0; i + 1 < der.content.length; i += 2)
      s += String.fromCharCode((der.content[i]! << 8) | der.content[i + 1]!);
    return s;
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(der.content);
}
