import { cleanLine } from "@kehoach/text-vi";

// Parsers of free text (times, citations, role labels) match against a folded copy of the text:
// lower case, no diacritics, đ as d, dashes as "-". Each UTF-16 unit folds to exactly one unit,
// so an index into the folded copy is the same index into the cleaned original and the author's
// own words ("khi có Kế hoạch của tỉnh") can be cut out unchanged.

const MARKS = /[\u0300-\u036f]/g;
const DASHES = /[‐‑‒–—―−]/;

export interface Folded {
  /** The text as it will be kept: cleaned to one line. */
  original: string;
  /** Same length as `original`: lower case, unaccented. */
  folded: string;
}

export function fold(text: string): Folded {
  const original = cleanLine(text);
  let folded = "";
  for (let i = 0; i < original.length; i++) folded += foldUnit(original[i] as string);
  return { original, folded };
}

function foldUnit(unit: string): string {
  if (unit === "đ" || unit === "Đ") return "d";
  if (DASHES.test(unit)) return "-";
  const base = unit.normalize("NFD").replace(MARKS, "").toLowerCase();
  // "İ" lower-cases to two units; keep one so indexes stay aligned.
  return base.length === 1 ? base : unit;
}

/** A folded copy for comparison only. */
export function foldKey(text: string): string {
  return fold(text).folded;
}
