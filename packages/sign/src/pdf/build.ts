import {
  concatBytes,
  isName,
  latin1,
  name,
  PdfDict,
  type PdfObject,
  PdfRef,
  PdfStream,
  PdfString,
} from "./objects.js";
import type { PdfFile, PdfPage } from "./parse.js";
import { indirectBytes, serialize } from "./write.js";

// A new PDF made of objects of our own and objects imported from another file (the pages of the
// original a copy reproduces): each imported object is copied once and renumbered; links back up
// the page tree (/Parent, an annotation's /P) are not followed, so a page brings only what it draws.

export class PdfBuilder {
  private readonly objects = new Map<number, PdfObject>();
  private next = 1;

  allocate(): PdfRef {
    return new PdfRef(this.next++);
  }

  set(ref: PdfRef, value: PdfObject): PdfRef {
    this.objects.set(ref.num, value);
    return ref;
  }

  add(value: PdfObject): PdfRef {
    return this.set(this.allocate(), value);
  }

  /** Copies `value` from `file`, with every object it refers to, into this document. */
  importer(file: PdfFile): (value: PdfObject | undefined) => PdfObject {
    const map = new Map<number, PdfRef>();
    const copy = (value: PdfObject | undefined, depth: number): PdfObject => {
      if (depth > 200) throw new Error("Cấu trúc PDF lồng nhau quá sâu.");
      if (value === undefined) return null;
      if (value instanceof PdfRef) {
        const known = map.get(value.num);
        if (known) return known;
        const ref = this.allocate();
        map.set(value.num, ref);
        this.set(ref, copy(file.get(value), depth + 1));
        return ref;
      }
      if (Array.isArray(value)) return value.map((v) => copy(v, depth + 1));
      if (value instanceof PdfStream) return new PdfStream(copyDict(value.dict, depth), value.data);
      if (value instanceof PdfDict) return copyDict(value, depth);
      return value;
    };
    const copyDict = (dict: PdfDict, depth: number): PdfDict => {
      const out = new PdfDict();
      for (const [k, v] of dict.map) {
        if (k === "Parent" || k === "P") continue;
        out.set(k, copy(v, depth + 1));
      }
      return out;
    };
    return (value) => copy(value, 0);
  }

  /** The file: header, objects, cross-reference table, trailer. */
  async toBytes(root: PdfRef, info: PdfRef): Promise<Uint8Array> {
    const parts: Uint8Array[] = [latin1("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")];
    let offset = parts[0]!.length;
    const offsets: number[] = [];
    for (let num = 1; num < this.next; num++) {
      const value = this.objects.get(num) ?? null;
      const bytes = indirectBytes(num, 0, value);
      offsets[num] = offset;
      parts.push(bytes);
      offset += bytes.length;
    }
    const body = concatBytes(parts);
    const hash = new Uint8Array(
      await crypto.subtle.digest("SHA-256", body as Uint8Array<ArrayBuffer>),
    ).subarray(0, 16);
    const id = new PdfString(hash, true);
    let xref = `xref\n0 ${this.next}\n0000000000 65535 f\r\n`;
    for (let num = 1; num < this.next; num++) xref += `${String(offsets[num]).padStart(10, "0")} 00000 n\r\n`;
    const trailer = new PdfDict({ Size: this.next, Root: root, Info: info, ID: [id, id] });
    return concatBytes([
      body,
      latin1(`${xref}trailer\n${serialize(trailer)}\nstartxref\n${offset}\n%%EOF\n`),
    ]);
  }
}

/** 6-number matrices, PDF order [a b c d e f]. */
type Matrix = [number, number, number, number, number, number];

function transformBox(box: number[], m: Matrix): [number, number, number, number] {
  const [x0, y0, x1, y1] = box as [number, number, number, number];
  const pts = [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ].map(([x, y]) => [m[0] * x! + m[2] * y! + m[4], m[1] * x! + m[3] * y! + m[5]] as const);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export interface ImportedPage {
  /** The page dictionary (Resources a fresh dictionary, so more can be added to this page alone). */
  dict: PdfDict;
  resources: PdfDict;
  mediaBox: [number, number, number, number];
  /** Content drawn after the page's own, inside the same page: annotation appearances, the copy block. */
  extra: string[];
}

/**
 * A page of `file` as a page of this document, its annotations that print (a signature's image, a
 * seal) drawn into its content as they appear (ISO 32000-1 §12.5.5), since a copy carries no
 * signature field of the original.
 */
export function importPage(
  file: PdfFile,
  page: PdfPage,
  copy: (v: PdfObject | undefined) => PdfObject,
): ImportedPage {
  const resources = (copy(page.resources) as PdfDict).clone();
  const xobjects = file.dict(page.resources.get("XObject"));
  resources.set("XObject", xobjects ? (copy(xobjects) as PdfDict).clone() : new PdfDict());
  const contents = file.resolve(page.dict.get("Contents"));
  const contentRefs = (Array.isArray(contents) ? contents : contents ? [page.dict.get("Contents")!] : []).map(
    (c) => copy(c),
  );
  const extra: string[] = [];
  const annots = file.resolve(page.dict.get("Annots"));
  let n = 0;
  for (const a of Array.isArray(annots) ? annots : []) {
    const annot = file.dict(a);
    if (!annot) continue;
    const flags = Number(file.resolve(annot.get("F")) ?? 0);
    if (!(flags & 4) || flags & 2) continue; // prints, and is not hidden
    const ap = file.dict(annot.get("AP"));
    let normalRaw = ap?.get("N");
    let normal = file.resolve(normalRaw);
    if (normal instanceof PdfDict) {
      // A dictionary of appearance states (a check box): the one /AS names.
      const state = annot.get("AS");
      if (!isName(state)) continue;
      normalRaw = normal.get(state.name);
      normal = file.resolve(normalRaw);
    }
    if (!(normal instanceof PdfStream)) continue;
    const rect = (file.resolve(annot.get("Rect")) as PdfObject[] | undefined)?.map((v) =>
      Number(file.resolve(v)),
    );
    const bbox = (file.resolve(normal.dict.get("BBox")) as PdfObject[] | undefined)?.map((v) =>
      Number(file.resolve(v)),
    );
    if (rect?.length !== 4 || bbox?.length !== 4) continue;
    const matrix = ((file.resolve(normal.dict.get("Matrix")) as PdfObject[] | undefined)?.map((v) =>
      Number(file.resolve(v)),
    ) ?? [1, 0, 0, 1, 0, 0]) as Matrix;
    const t = transformBox(bbox, matrix);
    const tw = t[2] - t[0];
    const th = t[3] - t[1];
    if (tw <= 0 || th <= 0) continue;
    const [rx0, ry0, rx1, ry1] = [
      Math.min(rect[0]!, rect[2]!),
      Math.min(rect[1]!, rect[3]!),
      Math.max(rect[0]!, rect[2]!),
      Math.max(rect[1]!, rect[3]!),
    ];
    const sx = (rx1 - rx0) / tw;
    const sy = (ry1 - ry0) / th;
    const label = `KhAp${++n}`;
    (resources.get("XObject") as PdfDict).set(label, copy(normalRaw));
    extra.push(
      `q ${fmt(sx)} 0 0 ${fmt(sy)} ${fmt(rx0 - t[0] * sx)} ${fmt(ry0 - t[1] * sy)} cm /${label} Do Q`,
    );
  }
  const dict = new PdfDict({
    Type: name("Page"),
    MediaBox: [...page.mediaBox],
    CropBox: page.dict.get("CropBox") ? copy(page.dict.get("CropBox")) : undefined,
    Rotate: page.rotate || undefined,
    Resources: resources,
    Contents: contentRefs,
  });
  return { dict, resources, mediaBox: page.mediaBox, extra };
}

export function fmt(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
