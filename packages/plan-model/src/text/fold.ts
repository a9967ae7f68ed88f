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
  // Plain ASCII needs no folding beyond lower case: most of a plan's punctuation and digits.
  if (/^[\x20-\x7e]*$/.test(original)) return { original, folded: original.toLowerCase() };
  let folded = "";
  for (let i = 0; i < original.length; i++) {
    const unit = original[i] as string;
    let f = UNIT_CACHE.get(unit);
    if (f === undefined) {
      f = foldUnit(unit);
      UNIT_CACHE.set(unit, f);
    }
    folded += f;
  }
  return { original, folded };
}

// Folding a unit normalises it, which is slow; a plan uses a few hundred distinct characters.
const UNIT_CACHE = new Map<string, string>();

function foldUnit(unit: string): string {
  if (unit === "đ" || unit === "Đ") return "d";
  if (DASHES.test(unit)) return "-";
  const base = unit.normalize("NFD").replace(MARKS, "").toLowerCase();
  // "İ" lower-cases to two units; keep one so indexes stay aligned.
  return base.length === 1 ? base : unit;
}

/** A folded copy for comparison only. Rules fold the same texts many times, so results are kept. */
export function foldKey(text: string): string {
  let key = KEY_CACHE.get(text);
  if (key === undefined) {
    key = fold(text).folded;
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    KEY_CACHE.set(text, key);
  }
  return key;
}

const KEY_CACHE_LIMIT = 20_000;
const KEY_CACHE = new Map<string, string>();
