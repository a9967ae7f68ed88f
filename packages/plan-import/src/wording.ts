// Every message of the importer is written twice, side by side: in Vietnamese (what the command
// line prints, unchanged) and in English (for a review screen shown in English). The English
// wording is English throughout; only the user's own words it quotes (a label, an agency name,
// a time as written) stay as written, and their places are recorded so that a screen can mark
// them as Vietnamese (lang="vi") — an English screen shows no Vietnamese of its own.

import type { QuoteSpan } from "./message-parts.js";

/** English text with the places of the user's words it quotes; made only by `en`. */
export interface EnglishText {
  readonly text: string;
  readonly quotes: readonly QuoteSpan[];
  readonly [english]: true;
}
declare const english: unique symbol;

/** One message in both languages. */
export interface Wording {
  vi: string;
  en: EnglishText;
}

/** The user's words quoted without quotation marks ("Task 1.2", a task's number as written). */
export interface AsWritten {
  readonly asWritten: string;
}

export function asWritten(text: string): AsWritten {
  return { asWritten: text };
}

type Piece = string | number | EnglishText | AsWritten | readonly string[];

/**
 * English wording: en`The label ${label} was read as an advisor.` Every string put in is the
 * user's own words and is quoted (“…”); a list of strings is quoted name by name, joined by "; ";
 * numbers and other `en` texts are English already.
 */
export function en(strings: TemplateStringsArray, ...pieces: Piece[]): EnglishText {
  let text = strings[0] ?? "";
  const quotes: QuoteSpan[] = [];
  const quote = (words: string, marks: boolean) => {
    if (marks) text += "“";
    if (words) quotes.push({ start: text.length, end: text.length + words.length });
    text += words;
    if (marks) text += "”";
  };
  pieces.forEach((piece, i) => {
    if (typeof piece === "number") text += String(piece);
    else if (typeof piece === "string") quote(piece, true);
    else if (isEnglish(piece)) {
      for (const q of piece.quotes) quotes.push({ start: text.length + q.start, end: text.length + q.end });
      text += piece.text;
    } else if (isAsWritten(piece)) quote(piece.asWritten, false);
    else
      (piece as readonly string[]).forEach((words, k) => {
        if (k > 0) text += "; ";
        quote(words, true);
      });
    text += strings[i + 1] ?? "";
  });
  return { text, quotes } as unknown as EnglishText;
}

/** Text that is English already and quotes nobody (a field's path, a library's error message). */
export function plainEnglish(text: string): EnglishText {
  return { text, quotes: [] } as unknown as EnglishText;
}

function isEnglish(piece: object): piece is EnglishText {
  return "text" in piece && "quotes" in piece;
}

function isAsWritten(piece: object): piece is AsWritten {
  return "asWritten" in piece;
}

/** A message in Vietnamese and in English. */
export function say(vi: string, english: EnglishText): Wording {
  return { vi, en: english };
}
