import { fromLatin1, isName, type PdfDict, type PdfObject, PdfStream, PdfString } from "./objects.js";
import { decodeStream, isKeyword, Lexer, type PdfFile, type PdfPage, parseObject } from "./parse.js";

// Where text lies on a page: enough of the content-stream text operators (ISO 32000-1 §9.4) to
// find the signer's name, the "Số:" line and the foot of the last line, so a signature or a copy's
// block goes where Nghị định 30 puts it. Lines come back in page space (points, origin bottom-left).

export interface TextLine {
  text: string;
  /** Left and right ends, and the baseline, in points from the page's bottom-left corner. */
  x0: number;
  x1: number;
  y: number;
  size: number;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

interface FontInfo {
  twoByte: boolean;
  toUnicode: Map<number, string>;
  width(code: number): number;
}

function readFont(file: PdfFile, fontDict: PdfDict | undefined): FontInfo {
  const subtype = fontDict?.get("Subtype");
  const twoByte = isName(subtype, "Type0");
  const toUnicode = new Map<number, string>();
  const cmap = file.resolve(fontDict?.get("ToUnicode"));
  if (cmap instanceof PdfStream)
    parseToUnicode(fromLatin1(decodeStream(cmap, (o) => file.resolve(o))), toUnicode);
  const widths = new Map<number, number>();
  let fallback = 500;
  if (twoByte) {
    const descendants = file.resolve(fontDict?.get("DescendantFonts"));
    const cid = Array.isArray(descendants) ? file.dict(descendants[0]) : undefined;
    const dw = file.resolve(cid?.get("DW"));
    fallback = typeof dw === "number" ? dw : 1000;
    const w = file.resolve(cid?.get("W"));
    if (Array.isArray(w)) {
      for (let i = 0; i < w.length; ) {
        const first = file.resolve(w[i]);
        const second = file.resolve(w[i + 1]);
        if (typeof first !== "number") break;
        if (Array.isArray(second)) {
          second.forEach((v, k) => {
            widths.set(first + k, Number(file.resolve(v)));
          });
          i += 2;
        } else {
          const value = Number(file.resolve(w[i + 2]));
          for (let c = first; c <= Number(second); c++) widths.set(c, value);
          i += 3;
        }
      }
    }
  } else {
    const first = file.resolve(fontDict?.get("FirstChar"));
    const list = file.resolve(fontDict?.get("Widths"));
    if (typeof first === "number" && Array.isArray(list)) {
      list.forEach((v, k) => {
        widths.set(first + k, Number(file.resolve(v)));
      });
    }
  }
  return { twoByte, toUnicode, width: (code) => widths.get(code) ?? fallback };
}

function parseToUnicode(text: string, out: Map<number, string>): void {
  const hex = (h: string) => Number.parseInt(h, 16);
  const utf16 = (h: string) => {
    let s = "";
    for (let i = 0; i + 3 < h.length; i += 4) s += String.fromCharCode(hex(h.slice(i, i + 4)));
    return s;
  };
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/gu)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/gu))
      out.set(hex(m[1]!), utf16(m[2]!));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/gu)) {
    for (const m of block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/gu,
    )) {
      const lo = hex(m[1]!);
      const hi = hex(m[2]!);
      if (m[3]!.startsWith("[")) {
        const items = [...m[3]!.matchAll(/<([0-9a-fA-F]*)>/gu)].map((x) => utf16(x[1]!));
        items.forEach((s, k) => {
          out.set(lo + k, s);
        });
      } else {
        const base = m[3]!.slice(1, -1);
        const start = hex(base.slice(-4));
        const prefix = utf16(base.slice(0, -4));
        for (let c = lo; c <= hi && c - lo < 65536; c++)
          out.set(c, prefix + String.fromCharCode(start + c - lo));
      }
    }
  }
}

interface Run {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** The text lines of a page, top to bottom. */
export function pageTextLines(file: PdfFile, page: PdfPage): TextLine[] {
  const runs: Run[] = [];
  const contents = file.resolve(page.dict.get("Contents"));
  const streams = (Array.isArray(contents) ? contents.map((c) => file.resolve(c)) : [contents]).filter(
    (s): s is PdfStream => s instanceof PdfStream,
  );
  const parts = streams.map((s) => decodeStream(s, (o) => file.resolve(o)));
  const data = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let at = 0;
  for (const p of parts) {
    data.set(p, at);
    data[at + p.length] = 0x0a;
    at += p.length + 1;
  }
  const fontsDict = file.dict(page.resources.get("Font"));
  const fonts = new Map<string, FontInfo>();
  const fontOf = (n: string) => {
    let f = fonts.get(n);
    if (!f) {
      f = readFont(file, file.dict(fontsDict?.get(n)));
      fonts.set(n, f);
    }
    return f;
  };

  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let font: FontInfo | undefined;
  let fontSize = 0;
  let leading = 0;
  let charSpacing = 0;
  let wordSpacing = 0;
  let scaling = 1;
  const operands: PdfObject[] = [];
  const lexer = new Lexer(data);

  const show = (s: PdfString) => {
    if (!font) return;
    const codes: number[] = [];
    if (font.twoByte)
      for (let i = 0; i + 1 < s.bytes.length; i += 2) codes.push((s.bytes[i]! << 8) | s.bytes[i + 1]!);
    else codes.push(...s.bytes);
    const start = multiply(tm, ctm);
    let text = "";
    let advance = 0;
    for (const code of codes) {
      text += font.toUnicode.get(code) ?? (font.twoByte ? "" : String.fromCharCode(code));
      const w =
        (font.width(code) / 1000) * fontSize + charSpacing + (!font.twoByte && code === 32 ? wordSpacing : 0);
      advance += w * scaling;
    }
    tm = multiply([1, 0, 0, 1, advance, 0], tm);
    const end = multiply(tm, ctm);
    const scale = Math.hypot(start[2], start[3]);
    runs.push({ text, x0: start[4], x1: end[4], y: start[5], size: fontSize * scale });
  };

  for (let guard = 0; guard < 5_000_000; guard++) {
    const token = lexer.next();
    if (token.kind === "eof") break;
    const value = parseObject(lexer, token);
    if (!isKeyword(value)) {
      operands.push(value);
      continue;
    }
    const op = value.keyword;
    const n = (i: number) => Number(operands[i] ?? 0);
    switch (op) {
      case "q":
        stack.push(ctm);
        break;
      case "Q":
        ctm = stack.pop() ?? IDENTITY;
        break;
      case "cm":
        ctm = multiply([n(0), n(1), n(2), n(3), n(4), n(5)], ctm);
        break;
      case "BT":
        tm = IDENTITY;
        tlm = IDENTITY;
        break;
      case "Tf": {
        const f = operands[0];
        font = isName(f) ? fontOf(f.name) : undefined;
        fontSize = n(1);
        break;
      }
      case "TL":
        leading = n(0);
        break;
      case "Tc":
        charSpacing = n(0);
        break;
      case "Tw":
        wordSpacing = n(0);
        break;
      case "Tz":
        scaling = n(0) / 100;
        break;
      case "Td":
      case "TD":
        if (op === "TD") leading = -n(1);
        tlm = multiply([1, 0, 0, 1, n(0), n(1)], tlm);
        tm = tlm;
        break;
      case "Tm":
        tlm = [n(0), n(1), n(2), n(3), n(4), n(5)];
        tm = tlm;
        break;
      case "T*":
        tlm = multiply([1, 0, 0, 1, 0, -leading], tlm);
        tm = tlm;
        break;
      case "Tj":
        if (operands[0] instanceof PdfString) show(operands[0]);
        break;
      case "'":
      case '"':
        tlm = multiply([1, 0, 0, 1, 0, -leading], tlm);
        tm = tlm;
        if (op === '"') {
          wordSpacing = n(0);
          charSpacing = n(1);
        }
        if (operands.at(-1) instanceof PdfString) show(operands.at(-1) as PdfString);
        break;
      case "TJ": {
        const items = operands[0];
        if (Array.isArray(items)) {
          for (const item of items) {
            if (item instanceof PdfString) show(item);
            else if (typeof item === "number")
              tm = multiply([1, 0, 0, 1, (-item / 1000) * fontSize * scaling, 0], tm);
          }
        }
        break;
      }
      case "BI": {
        // Inline image: skip to EI.
        const rest = fromLatin1(data, lexer.pos);
        const end = rest.search(/\sEI[\s]/u);
        lexer.pos = end < 0 ? data.length : lexer.pos + end + 4;
        break;
      }
    }
    operands.length = 0;
  }
  return groupLines(runs);
}

function groupLines(runs: Run[]): TextLine[] {
  const sorted = runs.filter((r) => r.text.trim() !== "").sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const lines: TextLine[] = [];
  for (const run of sorted) {
    const line = lines.find(
      (l) =>
        Math.abs(l.y - run.y) < Math.max(1, run.size * 0.2) &&
        run.x0 - l.x1 < run.size * 3 &&
        run.x0 >= l.x0 - 1,
    );
    if (line) {
      const gap = run.x0 - line.x1;
      line.text += (gap > run.size * 0.15 && !line.text.endsWith(" ") ? " " : "") + run.text;
      line.x1 = Math.max(line.x1, run.x1);
      line.size = Math.max(line.size, run.size);
    } else lines.push({ ...run });
  }
  for (const l of lines) l.text = l.text.replace(/\s+/gu, " ").trim().normalize("NFC");
  return lines.sort((a, b) => b.y - a.y || a.x0 - b.x0);
}
