import { isSpacedDash } from "../line-breaks.js";
import type { TextSegment } from "./canvas.js";
import type { DocFonts, Face, FaceKey } from "./fonts.js";
import { pdfNumber } from "./fonts.js";

// Line breaking for Vietnamese. Syllables are separated by spaces, so lines break at spaces and
// nowhere else: never inside "76/NQ-CP", "15/7/2021" or "2021-2030" (UAX #14 would break after
// "/" and "-", and justification would then open gaps inside them), and never with a hyphen.
// Only a single word wider than the whole line is cut, as a last resort. A dash standing between
// spaces inside a name ("chính trị - xã hội") never starts a line: it goes down with the word
// before it (line-breaks.ts holds these rules for every renderer). Lines fill greedily, as Word
// does, and justified lines share the slack between their spaces.

export interface Span {
  text: string;
  face: FaceKey;
  size: number;
}

interface Piece {
  text: string;
  face: Face;
  size: number;
  width: number;
}

export interface Word {
  pieces: Piece[];
  width: number;
  /** The space that followed the word in the source, in that text's style. */
  space: Piece | undefined;
  /** A spaced dash: no line may start with it, so it never breaks from the word before. */
  glued?: boolean;
}

export interface Line {
  words: Word[];
  /** Natural width, without the trailing space. */
  width: number;
}

export type Align = "justify" | "left" | "center" | "right";

// Zero-width and control characters print nothing useful and break search and copy.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/**
 * NFC, without invisible characters, with tabs and line breaks as spaces and runs of spaces as
 * one. No-break spaces and the en spaces of a draft's blanks are kept: they never break a line.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(/[\t\n\r]+/gu, " ")
    .replace(/ {2,}/gu, " ");
}

function piece(text: string, face: Face, size: number): Piece {
  return { text, face, size, width: face.width(text, size) };
}

export function toWords(spans: Span[], fonts: DocFonts): Word[] {
  const words: Word[] = [];
  let current: Word | undefined;
  for (const span of spans) {
    const face = fonts.face(span.face);
    const parts = normalizeText(span.text).split(" ");
    for (let i = 0; i < parts.length; i++) {
      if (i > 0 && current) {
        current.space = piece(" ", face, span.size);
        words.push(current);
        current = undefined;
      }
      const part = parts[i] as string;
      if (part === "") continue;
      if (!current) {
        current = { pieces: [], width: 0, space: undefined };
        if (words.length > 0 && isSpacedDash(part)) current.glued = true;
      }
      const p = piece(part, face, span.size);
      current.pieces.push(p);
      current.width += p.width;
    }
  }
  if (current) words.push(current);
  return words;
}

const EPSILON = 0.01;

/** Cuts a word wider than the line into pieces that fit (a URL, a long code): the last resort. */
function cutWord(word: Word, width: number): Word[] {
  const out: Word[] = [];
  let current: Word = { pieces: [], width: 0, space: undefined };
  for (const p of word.pieces) {
    let text = "";
    for (const ch of p.text) {
      const tooWide = current.width + p.face.width(text + ch, p.size) > width;
      if (tooWide && (text !== "" || current.pieces.length > 0)) {
        if (text !== "") {
          const q = piece(text, p.face, p.size);
          current.pieces.push(q);
          current.width += q.width;
        }
        out.push(current);
        current = { pieces: [], width: 0, space: undefined };
        text = "";
      }
      text += ch;
    }
    if (text !== "") {
      const q = piece(text, p.face, p.size);
      current.pieces.push(q);
      current.width += q.width;
    }
  }
  current.space = word.space;
  out.push(current);
  return out;
}

const charCount = (word: Word) => word.pieces.reduce((sum, p) => sum + [...p.text].length, 0);

function lineWidth(words: Word[]): number {
  let width = 0;
  words.forEach((word, i) => {
    width += word.width;
    if (i < words.length - 1) width += word.space?.width ?? 0;
  });
  return width;
}

/** Greedy line filling; `widthOf(i)` is the room on line i (the first line may be indented). */
export function breakLines(words: Word[], widthOf: (index: number) => number): Line[] {
  const lines: Line[] = [];
  const queue = words.slice();
  let current: Word[] = [];
  let width = 0;
  let i = 0;
  while (i < queue.length) {
    const room = widthOf(lines.length);
    if (current.length === 0) {
      const word = queue[i] as Word;
      if (word.width > room + EPSILON && charCount(word) > 1) queue.splice(i, 1, ...cutWord(word, room));
      const first = queue[i] as Word;
      current = [first];
      width = first.width;
      i++;
      continue;
    }
    const word = queue[i] as Word;
    const previous = current[current.length - 1] as Word;
    const next = width + (previous.space?.width ?? 0) + word.width;
    if (previous.space && next <= room + EPSILON) {
      current.push(word);
      width = next;
      i++;
    } else if (word.glued && current.length > 1) {
      // The dash may not open the next line: the word before it goes down with it.
      current.pop();
      lines.push({ words: current, width: lineWidth(current) });
      current = [];
      width = 0;
      i--;
    } else {
      lines.push({ words: current, width });
      current = [];
      width = 0;
    }
  }
  if (current.length > 0) lines.push({ words: current, width });
  return lines;
}

/** The TJ segments of a line, with `extra` points added to each space between words. */
export function lineSegments(line: Line, extra = 0): TextSegment[] {
  const segments: TextSegment[] = [];
  let current: TextSegment | undefined;
  const add = (face: Face, size: number, tj: string) => {
    if (current && current.face === face && current.size === size) current.tj += ` ${tj}`;
    else {
      current = { face, size, tj };
      segments.push(current);
    }
  };
  const last = line.words.length - 1;
  line.words.forEach((word, i) => {
    for (const p of word.pieces) add(p.face, p.size, p.face.tj(p.text));
    if (i < last && word.space) {
      const space = word.space;
      add(space.face, space.size, space.face.tj(" "));
      if (extra > 0.0005) add(space.face, space.size, pdfNumber((-extra * 1000) / space.size));
    }
  });
  return segments;
}

export interface LaidLine {
  /** Offset of the line's start from the block's left edge. */
  x: number;
  /** Drawn width (the full room for a justified line). */
  width: number;
  segments: TextSegment[];
}

export interface ParagraphSpec {
  spans: Span[];
  width: number;
  align: Align;
  /** Indent of the first line, and of the following ones (a hanging list label). */
  firstIndent?: number;
  indent?: number;
}

export function lineText(line: Line): string {
  return line.words.map((w) => w.pieces.map((p) => p.text).join("")).join(" ");
}

/** Breaks and aligns a paragraph into lines ready to draw. */
export function layoutParagraph(fonts: DocFonts, spec: ParagraphSpec): LaidLine[] {
  const first = spec.firstIndent ?? 0;
  const rest = spec.indent ?? 0;
  const words = toWords(spec.spans, fonts);
  const lines = breakLines(words, (i) => spec.width - (i === 0 ? first : rest));
  return lines.map((line, i) => {
    const indent = i === 0 ? first : rest;
    const room = spec.width - indent;
    const isLast = i === lines.length - 1;
    let x = indent;
    let extra = 0;
    if (spec.align === "center") x += (room - line.width) / 2;
    else if (spec.align === "right") x += room - line.width;
    else if (spec.align === "justify" && !isLast) {
      const gaps = line.words.length - 1;
      if (gaps > 0) extra = Math.max(0, (room - line.width) / gaps);
    }
    return {
      x,
      width: extra > 0 ? room : line.width,
      segments: lineSegments(line, extra),
    };
  });
}

/** Width of a single line of text (no breaking). */
export function textWidth(fonts: DocFonts, spans: Span[]): number {
  return lineWidth(toWords(spans, fonts));
}
