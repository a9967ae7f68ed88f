import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

// Reads back what a PDF draws, by walking each page's operator list (pdfjs-dist): every text run
// with its position, size, font and colour, every stroked line, every image. Tests measure
// documents with it instead of looking at them. Units are PDF points, y from the bottom.

/** One text-showing operation (a Tj or TJ): a word in some producers, a whole line in others. */
export interface TextRun {
  text: string;
  /** Start of the baseline. */
  x: number;
  y: number;
  /** Advance of the run, spacing and kerning included. */
  width: number;
  size: number;
  /** The font's PostScript name without the subset tag ("Tinos-BoldItalic"). */
  fontName: string;
  bold: boolean;
  italic: boolean;
  /** Fill colour as "#rrggbb". */
  color: string;
}

/** A straight piece of a stroked path, in page coordinates. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width in points. */
  lineWidth: number;
  color: string;
}

export interface ImageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Runs sharing a baseline, left to right. */
export interface TextLine {
  y: number;
  x: number;
  /** Right end of the last run. */
  right: number;
  text: string;
  runs: TextRun[];
}

export interface InspectedPage {
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  /** Text lines top to bottom, as plain strings (runs joined as they stand). */
  lines: string[];
  textLines: TextLine[];
  segments: Segment[];
  images: ImageBox[];
}

export interface InspectedPdf {
  pages: InspectedPage[];
  /** Every page's lines, pages separated by a blank line. */
  text: string;
}

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 applied first, then m2 (PDF's row-vector convention). */
function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
}

interface FontInfo {
  name: string;
  bold: boolean;
  italic: boolean;
}

interface GraphicsState {
  ctm: Matrix;
  fill: string;
  stroke: string;
  lineWidth: number;
  font: FontInfo;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

const STROKING = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const IMAGES = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
]);
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 };

function fontInfo(raw: { name?: string; loadedName?: string } | undefined): FontInfo {
  const name = (raw?.name ?? raw?.loadedName ?? "").replace(/^[A-Z]{6}\+/u, "");
  return {
    name,
    bold: /bold|black|heavy|semibold|demi/iu.test(name),
    italic: /italic|oblique/iu.test(name),
  };
}

function hex(value: unknown): string {
  if (typeof value === "string") return value.toLowerCase();
  return "#000000";
}

function matrixArgs(args: unknown[]): Matrix {
  const first = args[0];
  const values =
    first && typeof first === "object" && "length" in (first as object)
      ? (first as number[])
      : (args as number[]);
  return [values[0], values[1], values[2], values[3], values[4], values[5]].map(Number) as Matrix;
}

export async function inspectPdf(bytes: Uint8Array): Promise<InspectedPdf> {
  // pdfjs takes ownership of the buffer it is given: pass a copy so callers keep theirs.
  const task = getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  const pages: InspectedPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const list = await page.getOperatorList();
    const fonts = new Map<string, FontInfo>();
    const fontOf = async (id: string): Promise<FontInfo> => {
      let info = fonts.get(id);
      if (!info) {
        const raw = await new Promise<{ name?: string; loadedName?: string }>((resolve) =>
          page.commonObjs.get(id, resolve as (data: unknown) => void),
        );
        info = fontInfo(raw);
        fonts.set(id, info);
      }
      return info;
    };
    const runs: TextRun[] = [];
    const segments: Segment[] = [];
    const images: ImageBox[] = [];
    let state: GraphicsState = {
      ctm: IDENTITY,
      fill: "#000000",
      stroke: "#000000",
      lineWidth: 1,
      font: fontInfo(undefined),
      fontSize: 0,
      charSpacing: 0,
      wordSpacing: 0,
      hScale: 1,
      leading: 0,
      rise: 0,
    };
    const stack: GraphicsState[] = [];
    let tm: Matrix = IDENTITY;
    let lm: Matrix = IDENTITY;

    for (let i = 0; i < list.fnArray.length; i++) {
      const fn = list.fnArray[i] as number;
      const args = (list.argsArray[i] ?? []) as unknown[];
      switch (fn) {
        case OPS.save:
          stack.push({ ...state });
          break;
        case OPS.restore:
          state = stack.pop() ?? state;
          break;
        case OPS.transform:
          state.ctm = multiply(matrixArgs(args), state.ctm);
          break;
        case OPS.setLineWidth:
          state.lineWidth = Number(args[0]);
          break;
        case OPS.setFillRGBColor:
          state.fill = hex(args[0]);
          break;
        case OPS.setStrokeRGBColor:
          state.stroke = hex(args[0]);
          break;
        case OPS.beginText:
          tm = IDENTITY;
          lm = IDENTITY;
          break;
        case OPS.setFont:
          state.font = await fontOf(String(args[0]));
          state.fontSize = Number(args[1]);
          break;
        case OPS.setCharSpacing:
          state.charSpacing = Number(args[0]);
          break;
        case OPS.setWordSpacing:
          state.wordSpacing = Number(args[0]);
          break;
        case OPS.setHScale:
          state.hScale = Number(args[0]) / 100;
          break;
        case OPS.setLeading:
          state.leading = Number(args[0]);
          break;
        case OPS.setTextRise:
          state.rise = Number(args[0]);
          break;
        case OPS.setTextMatrix:
          tm = matrixArgs(args);
          lm = tm;
          break;
        case OPS.moveText:
          lm = multiply([1, 0, 0, 1, Number(args[0]), Number(args[1])], lm);
          tm = lm;
          break;
        case OPS.setLeadingMoveText:
          state.leading = -Number(args[1]);
          lm = multiply([1, 0, 0, 1, Number(args[0]), Number(args[1])], lm);
          tm = lm;
          break;
        case OPS.nextLine:
          lm = multiply([1, 0, 0, 1, 0, -state.leading], lm);
          tm = lm;
          break;
        case OPS.showText: {
          const glyphs = (args[0] ?? []) as (
            | number
            | { unicode?: string; width?: number; isSpace?: boolean }
            | null
          )[];
          const m = multiply(tm, state.ctm);
          const [x, y] = apply(m, 0, state.rise);
          let text = "";
          let advance = 0;
          for (const g of glyphs) {
            if (typeof g === "number") {
              advance += (-g / 1000) * state.fontSize * state.hScale;
            } else if (g) {
              text += g.unicode ?? "";
              const spacing = state.charSpacing + (g.isSpace ? state.wordSpacing : 0);
              advance += (((g.width ?? 0) * state.fontSize) / 1000 + spacing) * state.hScale;
            }
          }
          tm = multiply([1, 0, 0, 1, advance, 0], tm);
          if (text === "") break;
          runs.push({
            text,
            x,
            y,
            width: advance * Math.hypot(m[0], m[1]),
            size: Math.abs(state.fontSize) * Math.hypot(m[2], m[3]),
            fontName: state.font.name,
            bold: state.font.bold,
            italic: state.font.italic,
            color: state.fill,
          });
          break;
        }
        case OPS.constructPath: {
          const op = Number(args[0]);
          const data = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
          if (!data || !STROKING.has(op)) break;
          const scale = Math.hypot(state.ctm[0], state.ctm[1]);
          let cx = 0;
          let cy = 0;
          let sx = 0;
          let sy = 0;
          const push = (x1: number, y1: number, x2: number, y2: number) => {
            const [ax, ay] = apply(state.ctm, x1, y1);
            const [bx, by] = apply(state.ctm, x2, y2);
            segments.push({
              x1: ax,
              y1: ay,
              x2: bx,
              y2: by,
              lineWidth: state.lineWidth * scale,
              color: state.stroke,
            });
          };
          for (let k = 0; k < data.length; ) {
            const code = data[k] as number;
            if (code === DRAW.moveTo) {
              cx = sx = data[k + 1] as number;
              cy = sy = data[k + 2] as number;
              k += 3;
            } else if (code === DRAW.lineTo) {
              const nx = data[k + 1] as number;
              const ny = data[k + 2] as number;
              push(cx, cy, nx, ny);
              cx = nx;
              cy = ny;
              k += 3;
            } else if (code === DRAW.curveTo) {
              cx = data[k + 5] as number;
              cy = data[k + 6] as number;
              k += 7;
            } else if (code === DRAW.quadraticCurveTo) {
              cx = data[k + 3] as number;
              cy = data[k + 4] as number;
              k += 5;
            } else if (code === DRAW.closePath) {
              if (cx !== sx || cy !== sy) push(cx, cy, sx, sy);
              cx = sx;
              cy = sy;
              k += 1;
            } else {
              break;
            }
          }
          break;
        }
        default:
          if (IMAGES.has(fn)) {
            const corners = [apply(state.ctm, 0, 0), apply(state.ctm, 1, 1)];
            const xs = corners.map((c) => c[0]);
            const ys = corners.map((c) => c[1]);
            images.push({
              x: Math.min(...xs),
              y: Math.min(...ys),
              width: Math.max(...xs) - Math.min(...xs),
              height: Math.max(...ys) - Math.min(...ys),
            });
          }
      }
    }
    const textLines = toLines(runs);
    pages.push({
      number: n,
      width: viewport.width,
      height: viewport.height,
      runs,
      lines: textLines.map((l) => l.text).filter((t) => t !== ""),
      textLines,
      segments,
      images,
    });
    page.cleanup();
  }
  await doc.destroy();
  return { pages, text: pages.map((p) => p.lines.join("\n")).join("\n\n") };
}

function toLines(runs: TextRun[]): TextLine[] {
  const rows: { y: number; runs: TextRun[] }[] = [];
  for (const run of runs) {
    const row = rows.find((r) => Math.abs(r.y - run.y) < 1);
    if (row) row.runs.push(run);
    else rows.push({ y: run.y, runs: [run] });
  }
  rows.sort((p, q) => q.y - p.y);
  return rows.map((row) => {
    const sorted = row.runs.sort((p, q) => p.x - q.x);
    const last = sorted[sorted.length - 1] as TextRun;
    return {
      y: row.y,
      x: (sorted[0] as TextRun).x,
      right: last.x + last.width,
      text: joinRuns(sorted),
      runs: sorted,
    };
  });
}

/** Joins runs of one line; a visible gap between two runs (separate table cells) reads as a space. */
function joinRuns(runs: TextRun[]): string {
  let out = "";
  let end = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    if (out !== "" && run.x - end > run.size * 0.15 && !/\s$/.test(out) && !/^\s/.test(run.text)) out += " ";
    out += run.text;
    end = run.x + run.width;
  }
  return out.replace(/\s+/g, " ").trim();
}

/** Normalised whitespace, for "does the PDF say this sentence" checks across line breaks. */
export function flattenText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
