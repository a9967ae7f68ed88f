import type { Content } from "pdfmake/interfaces.js";
import { type Face, textWidth } from "../docx/metrics.js";
import { isSpacedDash } from "../line-breaks.js";
import { normalizeText } from "../pdf/text.js";

// Running text for pdfmake, broken where the PDF renderer breaks it. pdfmake breaks lines by
// UAX #14, which cuts "214/KH-|UBND" and may open a line with the dash of "chính trị - xã hội";
// here every word is an inline of its own that pdfmake may not break ("noWrap"), so lines break
// at spaces only, and a spaced dash travels inside the inline of the word before it.
//
// The lines computed here use the font's advances (the Times-metric table of docx/metrics.ts),
// as the PDF renderer and Word set them, without kerning. pdfmake kerns by default, which moves a
// line break now and then; where a paragraph is cut between two given lines (keeping a heading
// with the first lines of its text, or the signature with the last ones), the part before the cut
// is set without kerning, so that its lines are exactly these and every one is justified.

/** A run of one style, as the model's inline content gives it. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

interface Piece extends Run {
  width: number;
}

/** What pdfmake receives as one unbreakable inline: a word, or a word and its spaced dash. */
export interface Word {
  pieces: Piece[];
  /** Width of the pieces, without the space after them. */
  width: number;
  /** The space after the word (absent at the end of the text), and its width. */
  space: number;
  spaceRun: Run | undefined;
}

export interface Paragraph {
  runs: Run[];
  size: number;
  align: "justify" | "center" | "left" | "right";
  /** Room for the text (points), and the first line's indent within it. */
  width: number;
  firstIndent: number;
  /** Multiple of single spacing (Word's "Multiple"). */
  spacing: number;
  spaceBefore: number;
  /** Left offset inside the available width (a hanging block, Kính gửi). */
  marginLeft?: number;
}

const face = (run: Run): Face =>
  run.bold ? (run.italic ? "boldItalic" : "bold") : run.italic ? "italic" : "regular";

/** The words of a paragraph, spaced dashes joined to the word before them. */
export function wordsOf(runs: Run[], size: number): Word[] {
  const words: Word[] = [];
  let current: Word | undefined;
  const close = (spaceRun: Run) => {
    if (!current) return;
    current.spaceRun = spaceRun;
    current.space = textWidth(" ", size, face(spaceRun));
    words.push(current);
    current = undefined;
  };
  for (const run of runs) {
    const parts = normalizeText(run.text).split(" ");
    parts.forEach((part, i) => {
      if (i > 0) close(run);
      if (part === "") return;
      const piece: Piece = { ...run, text: part, width: textWidth(part, size, face(run)) };
      if (!current && (isSpacedDash(part) || /^\s+$/u.test(part)) && words.length > 0) {
        // The dash goes on the previous word's line: same inline, its space fixed. So does the
        // blank of a draft ("ngày      tháng"): a word with nothing to draw would stand apart.
        const previous = words.pop() as Word;
        const gap: Piece = { ...(previous.spaceRun ?? run), text: " ", width: previous.space };
        current = {
          ...previous,
          pieces: [...previous.pieces, gap, piece],
          width: previous.width + gap.width + piece.width,
        };
        return;
      }
      current ??= { pieces: [], width: 0, space: 0, spaceRun: undefined };
      current.pieces.push(piece);
      current.width += piece.width;
    });
  }
  if (current) words.push(current);
  return words;
}

/** The words of each line, filled greedily as pdfmake (and Word) fill them. */
export function breakIntoLines(words: Word[], width: number, firstIndent: number): Word[][] {
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  for (const word of words) {
    const room = width - (lines.length === 0 ? firstIndent : 0);
    const previous = line[line.length - 1];
    const needed = previous ? used + previous.space + word.width : word.width;
    if (previous && needed > room + 1e-6) {
      lines.push(line);
      line = [word];
      used = word.width;
    } else {
      line.push(word);
      used = needed;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

const lineWidth = (line: Word[]) =>
  line.reduce((sum, w, i) => sum + w.width + (i < line.length - 1 ? w.space : 0), 0);

type Inline = { text: string; noWrap?: true; bold?: boolean; italics?: boolean; characterSpacing?: number };

function styleOf(run: Run): Pick<Inline, "bold" | "italics"> {
  return { ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italics: true } : {}) };
}

/**
 * The inlines of the words: each word one inline pdfmake may not break, each space an inline of
 * its own (so that no drawn word carries a space past the margin of a justified line). The spaces
 * after the words from `stretchFrom` on are `stretch` points wider, so that a last line which is
 * not the paragraph's last still ends at the right margin.
 */
function inlines(words: Word[], stretchFrom = Number.POSITIVE_INFINITY, stretch = 0): Inline[] {
  const out: Inline[] = [];
  words.forEach((word, w) => {
    // Pieces of one style are one inline; a change of style inside a word starts another.
    const groups: { run: Run; text: string }[] = [];
    for (const piece of word.pieces) {
      const group = groups[groups.length - 1];
      if (group && group.run.bold === piece.bold && group.run.italic === piece.italic)
        group.text += piece.text;
      else groups.push({ run: piece, text: piece.text });
    }
    for (const group of groups) out.push({ text: group.text, noWrap: true, ...styleOf(group.run) });
    if (!word.spaceRun || w === words.length - 1) return;
    if (w >= stretchFrom && stretch > 0) {
      // pdfmake counts character spacing between the characters of an inline: two spaces spaced
      // by (stretch − one space) make one space plus the stretch.
      out.push({ text: "  ", characterSpacing: stretch - word.space, ...styleOf(word.spaceRun) });
    } else {
      out.push({ text: " ", ...styleOf(word.spaceRun) });
    }
  });
  return out;
}

/** pdfmake's line height for a multiple of single spacing (it counts ascent + descent only). */
export function lineHeightFactor(spacing: number): number {
  // Word's single line is ascent + descent + line gap (2355/2048 em); pdfmake's is without the gap.
  return (spacing * (1825 + 443 + 87)) / (1825 + 443);
}

/**
 * The paragraph as a pdfmake text node. `lastLineFull`: its last line is justified like the
 * others (the paragraph goes on in another node, after a cut).
 */
export function paragraphNode(p: Paragraph, lastLineFull = false): Content {
  const words = wordsOf(p.runs, p.size);
  let text = inlines(words);
  if (lastLineFull && p.align === "justify") {
    const lines = breakIntoLines(words, p.width, p.firstIndent);
    const last = lines[lines.length - 1] ?? [];
    const before = lines.slice(0, -1).flat();
    const room = p.width - (lines.length === 1 ? p.firstIndent : 0);
    const gaps = last.length - 1;
    // A hair short of the margin, so that rounding never pushes the last word down.
    const stretch = gaps > 0 ? Math.max(0, (room - lineWidth(last) - 0.01) / gaps) : 0;
    text = inlines([...before, ...last], before.length, stretch);
  }
  return {
    text,
    fontSize: p.size,
    alignment: p.align,
    // The widths computed here are the font's advances; pdfmake kerns unless told not to, which
    // it is told only where a line's width must come out exactly (it then measures uncached).
    ...(lastLineFull ? { fontFeatures: { kern: false } as never } : {}),
    ...(p.firstIndent ? { leadingIndent: p.firstIndent } : {}),
    lineHeight: lineHeightFactor(p.spacing),
    margin: [p.marginLeft ?? 0, p.spaceBefore, 0, 0],
  } as Content;
}

/** Height of the paragraph laid out by pdfmake: its lines at its line height, and the space above. */
export function paragraphHeight(p: Paragraph): number {
  const lines = breakIntoLines(wordsOf(p.runs, p.size), p.width, p.firstIndent).length;
  return p.spaceBefore + lines * singleLine(p.size) * p.spacing;
}

/** Word's single line for Times at a size. */
export function singleLine(size: number): number {
  return ((1825 + 443 + 87) / 2048) * size;
}

/**
 * The paragraph cut after `atLine` lines: the first part with its last line justified to the
 * margin, the rest continuing it (no indent, no space above). Undefined when there is no such cut.
 */
export function splitParagraph(p: Paragraph, atLine: number): [Content, Content] | undefined {
  if (p.align !== "justify") return undefined;
  const lines = breakIntoLines(wordsOf(p.runs, p.size), p.width, p.firstIndent);
  if (atLine <= 0 || atLine >= lines.length) return undefined;
  const headWords = lines.slice(0, atLine).flat();
  const tailWords = lines.slice(atLine).flat();
  const headRuns = runsOf(headWords);
  const tailRuns = runsOf(tailWords);
  const head = paragraphNode({ ...p, runs: headRuns }, true);
  const tail = paragraphNode({ ...p, runs: tailRuns, firstIndent: 0, spaceBefore: 0 });
  return [head, tail];
}

/** The words back as runs (their spaces kept), for a part of a paragraph. */
function runsOf(words: Word[]): Run[] {
  const runs: Run[] = [];
  words.forEach((word, i) => {
    for (const piece of word.pieces) runs.push({ text: piece.text, bold: piece.bold, italic: piece.italic });
    if (word.spaceRun && i < words.length - 1) runs.push({ ...word.spaceRun, text: " " });
  });
  return runs;
}
