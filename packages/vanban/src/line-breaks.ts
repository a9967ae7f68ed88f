// Where a line of a văn bản may break, for every renderer. Vietnamese syllables are separated
// by spaces, so a line breaks at a space and nowhere else: never inside "214/KH-UBND",
// "HĐND-UBND" or "2021-2025". And a dash standing between spaces inside a name ("tổ chức chính
// trị - xã hội", "Văn hóa - Xã hội") never starts a line, where it would read as a list item.
//
// The PDF renderer breaks lines itself and follows these rules directly (pdf/text.ts). Word,
// LibreOffice, pdfmake and browsers break lines by their own rules (UAX #14 and variants, which
// allow a break after a hyphen and before a spaced dash), so the text they receive carries the
// rules in characters: a no-break space before a spaced dash, a non-breaking hyphen inside a word.

/** A word that is only a dash: in running text it belongs to the word before it. */
export function isSpacedDash(word: string): boolean {
  return /^[-–—]$/u.test(word);
}

/** The no-break space that ties a spaced dash to the word before it. */
export const NO_BREAK_SPACE = "\u00A0";

/** "chính trị - xã hội" → "chính trị\u00A0- xã hội": the dash can no longer open a line. */
export function tieSpacedDashes(text: string): string {
  return text.replace(/(\S) (?=[-–—](?: |$))/gu, `$1${NO_BREAK_SPACE}`);
}

/**
 * The pieces of a text between its inner hyphens (a hyphen with a non-space character on each
 * side): "Kế hoạch 214/KH-UBND" → ["Kế hoạch 214/KH", "UBND"]. A renderer joins them with a
 * non-breaking hyphen; a text without inner hyphens is one piece.
 */
export function splitAtInnerHyphens(text: string): string[] {
  return text.split(/(?<=\S)-(?=\S)/u);
}
