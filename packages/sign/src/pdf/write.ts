import { zlibSync } from "fflate";
import {
  concatBytes,
  latin1,
  name,
  PdfDict,
  PdfName,
  type PdfObject,
  PdfRaw,
  PdfRef,
  PdfStream,
  PdfString,
} from "./objects.js";
import type { PdfFile } from "./parse.js";

// Serialises objects and appends them to a file as one incremental update: the original bytes are
// kept exactly, so a signature made before stays valid (ISO 32000-1 §7.5.6, §12.8.1).

function escapeName(n: string): string {
  let out = "/";
  for (const ch of n) {
    const c = ch.charCodeAt(0);
    if (c < 0x21 || c > 0x7e || "()<>[]{}/%#".includes(ch)) out += `#${c.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out;
}

function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const s = n.toFixed(4).replace(/0+$/u, "").replace(/\.$/u, "");
  return s === "-0" ? "0" : s;
}

function stringBytes(s: PdfString): string {
  if (s.hex) {
    let out = "<";
    for (const b of s.bytes) out += b.toString(16).padStart(2, "0");
    return `${out}>`;
  }
  let out = "(";
  for (const b of s.bytes) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b < 0x20 || b > 0x7e) out += `\\${b.toString(8).padStart(3, "0")}`;
    else out += String.fromCharCode(b);
  }
  return `${out})`;
}

/** An object as PDF syntax (latin-1 text; stream data is written separately). */
export function serialize(o: PdfObject): string {
  if (o === null) return "null";
  if (typeof o === "boolean") return o ? "true" : "false";
  if (typeof o === "number") return formatNumber(o);
  if (o instanceof PdfName) return escapeName(o.name);
  if (o instanceof PdfString) return stringBytes(o);
  if (o instanceof PdfRef) return `${o.num} ${o.gen} R`;
  if (o instanceof PdfRaw) return o.text;
  if (Array.isArray(o)) return `[${o.map(serialize).join(" ")}]`;
  if (o instanceof PdfDict) {
    const parts: string[] = [];
    for (const [k, v] of o.map) parts.push(`${escapeName(k)} ${serialize(v)}`);
    return `<<${parts.join(" ")}>>`;
  }
  if (o instanceof PdfStream) return serialize(o.dict);
  return "null";
}

/** A stream whose data is compressed with FlateDecode. */
export function flateStream(dict: PdfDict, data: Uint8Array): PdfStream {
  const d = dict.clone();
  d.set("Filter", name("FlateDecode"));
  return new PdfStream(d, zlibSync(data, { level: 6 }));
}

/** "n 0 obj … endobj" with a stream's /Length set from its data. */
export function indirectBytes(num: number, gen: number, o: PdfObject): Uint8Array {
  if (o instanceof PdfStream) {
    const dict = o.dict.clone().set("Length", o.data.length);
    return concatBytes([
      latin1(`${num} ${gen} obj\n${serialize(dict)}\nstream\n`),
      o.data,
      latin1("\nendstream\nendobj\n"),
    ]);
  }
  return latin1(`${num} ${gen} obj\n${serialize(o)}\nendobj\n`);
}

export interface UpdateObject {
  ref: PdfRef;
  value: PdfObject;
}

/**
 * Appends `objects` (new ones, or new versions of existing ones) as one incremental update with
 * its own cross-reference section, in the form the file's newest section uses.
 */
export function appendUpdate(file: PdfFile, objects: readonly UpdateObject[], size: number): Uint8Array {
  const base = file.bytes;
  const needsNewline = base[base.length - 1] !== 0x0a && base[base.length - 1] !== 0x0d;
  const parts: Uint8Array[] = [base];
  let offset = base.length;
  if (needsNewline) {
    parts.push(latin1("\n"));
    offset += 1;
  }
  const offsets = new Map<number, { offset: number; gen: number }>();
  for (const { ref, value } of objects) {
    const bytes = indirectBytes(ref.num, ref.gen, value);
    offsets.set(ref.num, { offset, gen: ref.gen });
    parts.push(bytes);
    offset += bytes.length;
  }
  const trailer = new PdfDict({
    Size: size,
    Root: file.trailer.get("Root"),
    Info: file.trailer.get("Info"),
    ID: file.trailer.get("ID"),
    Prev: file.lastXref,
  });
  const xrefOffset = offset;
  if (file.xrefIsStream) {
    const xrefNum = size;
    offsets.set(xrefNum, { offset: xrefOffset, gen: 0 });
    const nums = [...offsets.keys()].sort((a, b) => a - b);
    const index: number[] = [];
    const rows: number[] = [];
    for (const n of nums) {
      const last = index.length - 2;
      if (last >= 0 && index[last]! + index[last + 1]! === n) index[last + 1]!++;
      else index.push(n, 1);
      const e = offsets.get(n)!;
      rows.push(1, e.offset, e.gen);
    }
    const data = new Uint8Array((rows.length / 3) * 7);
    for (let i = 0; i < rows.length / 3; i++) {
      const o = rows[i * 3 + 1]!;
      data[i * 7] = 1;
      data[i * 7 + 1] = (o >>> 24) & 0xff;
      data[i * 7 + 2] = (o >>> 16) & 0xff;
      data[i * 7 + 3] = (o >>> 8) & 0xff;
      data[i * 7 + 4] = o & 0xff;
      data[i * 7 + 5] = (rows[i * 3 + 2]! >> 8) & 0xff;
      data[i * 7 + 6] = rows[i * 3 + 2]! & 0xff;
    }
    const dict = trailer.clone();
    dict.set("Size", size + 1);
    dict.set("Type", name("XRef"));
    dict.set("W", [1, 4, 2]);
    dict.set("Index", index);
    parts.push(indirectBytes(xrefNum, 0, new PdfStream(dict, data)));
  } else {
    const nums = [...offsets.keys()].sort((a, b) => a - b);
    let table = "xref\n0 1\n0000000000 65535 f\r\n";
    let i = 0;
    while (i < nums.length) {
      let j = i;
      while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
      table += `${nums[i]} ${j - i + 1}\n`;
      for (let k = i; k <= j; k++) {
        const e = offsets.get(nums[k]!)!;
        table += `${String(e.offset).padStart(10, "0")} ${String(e.gen).padStart(5, "0")} n\r\n`;
      }
      i = j + 1;
    }
    parts.push(latin1(`${table}trailer\n${serialize(trailer)}\n`));
  }
  parts.push(latin1(`startxref\n${xrefOffset}\n%%EOF\n`));
  return concatBytes(parts);
}
