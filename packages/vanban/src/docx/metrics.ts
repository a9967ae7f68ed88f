import { normalizeText } from "../pdf/text.js";
import { TIMES_ADVANCES, TIMES_CHARACTERS, TIMES_UNITS_PER_EM } from "./times-advances.js";

// Text widths in Times New Roman metrics, without the font files. The .docx names Times New
// Roman and lets Word lay it out, but a few lengths must be known when the file is written: the
// header's column widths (the Quốc hiệu and the date never wrap), the rule under the agency name
// and under the trích yếu (0.4 of their line), the hanging indents of Kính gửi and Nơi nhận.
// Tinos, Liberation Serif and Times New Roman share their advance widths, so a table read from
// Tinos (times-advances.ts, checked against the TTF by its test) measures all three.

export type Face = "regular" | "bold" | "italic" | "boldItalic";

export const FACES: readonly Face[] = ["regular", "bold", "italic", "boldItalic"];

const index = new Map<number, number>();
for (const [i, ch] of Array.from(TIMES_CHARACTERS).entries()) index.set(ch.codePointAt(0) as number, i);

function advance(face: Face, codePoint: number): number {
  const table = TIMES_ADVANCES[face];
  const i = index.get(codePoint);
  if (i !== undefined) return table[i] as number;
  // A letter outside the table: the width of its base letter (diacritics do not widen Times).
  const base = String.fromCodePoint(codePoint).normalize("NFD").codePointAt(0) as number;
  const j = index.get(base);
  return j !== undefined ? (table[j] as number) : TIMES_UNITS_PER_EM / 2;
}

/** Width in points of a text at a size, as Word sets it in Times New Roman (no kerning). */
export function textWidth(text: string, size: number, face: Face = "regular"): number {
  let units = 0;
  for (const ch of text.normalize("NFC")) units += advance(face, ch.codePointAt(0) as number);
  return (units / TIMES_UNITS_PER_EM) * size;
}

/**
 * The width the PDF renderer gives a label: its words and the spaces between them, not a
 * trailing space. Hanging indents use it so that wrapped lines start where the PDF starts them.
 */
export function labelWidth(text: string, size: number, face: Face = "regular"): number {
  return textWidth(normalizeText(text).trim(), size, face);
}

/**
 * The widths of the lines a text breaks into at a width (`restWidth` for the lines after the
 * first, under a hanging indent), breaking at spaces only and filling greedily, as Word does
 * with Vietnamese (syllables are separated by spaces).
 */
export function lineWidths(
  text: string,
  size: number,
  face: Face,
  width: number,
  restWidth = width,
): number[] {
  const words = normalizeText(text).trim().split(" ").filter(Boolean);
  const space = textWidth(" ", size, face);
  const lines: number[] = [];
  let current = -1;
  for (const word of words) {
    const w = textWidth(word, size, face);
    if (current < 0) current = w;
    else if (current + space + w <= (lines.length === 0 ? width : restWidth) + 0.01) current += space + w;
    else {
      lines.push(current);
      current = w;
    }
  }
  if (current >= 0) lines.push(current);
  return lines;
}
