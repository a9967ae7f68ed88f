import { messageParts, type QuoteSpan } from "@kehoach/text-vi";

// What the review screen's English test asks of a message of the importer, for the tests here.

/** Vietnamese letters: đ, and any letter with a tone, a breve, a circumflex or a horn (decomposed). */
export const VIETNAMESE_LETTER = /[đĐ]|\p{L}[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/u;

/**
 * What is wrong with an English message: too short to say anything, quotes out of place, or a
 * Vietnamese letter outside the user's words it quotes.
 */
export function englishProblems(text: string, quotes: readonly QuoteSpan[] = []): string[] {
  const problems: string[] = [];
  if (text.trim().length < 10) problems.push(`too short: "${text}"`);
  let at = 0;
  for (const q of quotes) {
    if (q.start < at || q.end <= q.start || q.end > text.length)
      problems.push(`quote ${q.start}–${q.end} out of place in "${text}"`);
    at = q.end;
  }
  const own = messageParts(text, quotes)
    .filter((part) => !part.quote)
    .map((part) => part.text)
    .join("");
  if (VIETNAMESE_LETTER.test(own.normalize("NFD"))) problems.push(`Vietnamese outside quotes: "${text}"`);
  return problems;
}
