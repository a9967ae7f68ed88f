import { toneKey } from "./keys.js";

// Search as people type: some words with their accents, some without ("Hội nong dan", "Hội Phụ
// nu"). Each typed letter is read with the marks it was typed with: a letter typed plain meets any
// mark ("nong" meets "nông"), a vowel quality typed (ă, â, ê, ô, ơ, ư, đ) must be there (văn is not
// vân), and the tone never matters (hoà = hòa). The typed words may come in any order, each the
// start of a word of the name. Nearness for suggestions ("Hội nong dna") is an edit distance over
// the tone-free form.

const MARKS = /[\u0300-\u036f]/g;
/** Longest text compared letter by letter: names are far shorter; hostile input stays cheap. */
const MAX_LETTERS = 512;

function bare(letter: string): string {
  return letter.normalize("NFD").replace(MARKS, "").replace("đ", "d");
}

/**
 * Keys of the names searched again and again (a directory, on every keystroke) are kept; the
 * cache is emptied whole when it grows past this many texts.
 */
const CACHE_LIMIT = 20_000;
function cached<T>(cache: Map<string, T>, text: string, make: (text: string) => T): T {
  let value = cache.get(text);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = make(text);
    cache.set(text, value);
  }
  return value;
}
const wordsCache = new Map<string, string[][]>();
const plainCache = new Map<string, string[]>();

function words(text: string): string[][] {
  return cached(wordsCache, text, (t) =>
    toneKey(t.slice(0, MAX_LETTERS * 4))
      .split(" ")
      .filter((w) => w !== "")
      .map((w) => [...w]),
  );
}

/** A typed letter against a written one: plain meets any mark, a typed mark must be written. */
function sameLetter(typed: string, written: string): boolean {
  return typed === written || (typed === bare(typed) && bare(written) === typed);
}

function startsWithTyped(word: readonly string[], typed: readonly string[]): boolean {
  if (typed.length > word.length) return false;
  return typed.every((letter, i) => sameLetter(letter, word[i] as string));
}

/**
 * Whether `text` holds what was typed: every typed word is the start of a word of the text (in any
 * order), each letter read with the marks it was typed with and tones ignored. Nothing typed
 * matches everything.
 */
export function matchesTyped(query: string, text: string): boolean {
  const typed = words(query);
  if (typed.length === 0) return true;
  const written = words(text);
  return typed.every((word) => written.some((w) => startsWithTyped(w, word)));
}

/**
 * How many edits (a letter added, dropped, changed, or two neighbours swapped) turn what was typed
 * into the closest stretch of `name`, both without accents: 0 when the name holds it. For offering
 * the nearest names of a directory when nothing matches.
 */
export function typedDistance(query: string, name: string): number {
  const a = plain(query);
  const b = plain(name);
  if (a.length === 0) return 0;
  // Rows of the optimal-string-alignment table, where the stretch of `b` may start anywhere (row
  // 0 is all zeros) and end anywhere (the answer is the last row's minimum).
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] as number) + 1);
      }
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(...previous);
}

/** The tone-free, accent-free letters of a text, at most MAX_LETTERS of them. */
function plain(text: string): string[] {
  return cached(plainCache, text, (t) =>
    [
      ...toneKey(t.slice(0, MAX_LETTERS * 4))
        .normalize("NFD")
        .replace(MARKS, "")
        .replace(/đ/g, "d")
        .normalize("NFC"),
    ].slice(0, MAX_LETTERS),
  );
}
