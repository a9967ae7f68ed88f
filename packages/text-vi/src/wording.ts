// A message of the kit's libraries (a problem in a file, an importer's finding) is worded twice,
// side by side: in Vietnamese (what the command line and every existing consumer read) and in
// English (for a screen shown in English). The English is English throughout; only the user's own
// words it quotes (a field name the file invented, an agency's name, a value as written) stay as
// written, and their places are recorded so that a screen can mark them as Vietnamese
// (lang="vi"). The English half can only be made by `en` (or `plainEnglish`), so a message cannot
// be added in Vietnamese alone. plan-model and plan-import both word their messages with it.

/** Where, in an English message, the user's own words are quoted: UTF-16 offsets, `end` exclusive. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/** English text with the places of the user's words it quotes; made only by `en`. */
export interface EnglishText {
  readonly text: string;
  readonly quotes: readonly QuoteSpan[];
  readonly [english]: true;
}
declare const english: unique symbol;

/** One message in both languages. */
export interface Wording {
  readonly vi: string;
  readonly en: EnglishText;
}

/** The user's words quoted without quotation marks (a value as the file writes it: "2", [1]). */
export interface AsWritten {
  readonly asWritten: string;
}

export function asWritten(text: string): AsWritten {
  return { asWritten: text };
}

/**
 * Words of the program itself, not the user's: a format's own values ("paragraph, heading"), a
 * type's name, a field's path, a library's error message. Only for text that is English or code
 * already; it quotes nobody.
 */
export function plainEnglish(text: string): EnglishText {
  return { text, quotes: [] } as unknown as EnglishText;
}

type Piece = string | number | EnglishText | AsWritten | readonly string[];

/**
 * English wording: en`Unsupported fields: ${keys}.` Every string put in is the user's own words
 * and is quoted (“…”); a list of strings is quoted item by item, joined by ", "; numbers and other
 * `en` texts are English already; `asWritten` quotes the user's words without marks.
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
        if (k > 0) text += ", ";
        quote(words, true);
      });
    text += strings[i + 1] ?? "";
  });
  return { text, quotes } as unknown as EnglishText;
}

function isEnglish(piece: object): piece is EnglishText {
  return "text" in piece && "quotes" in piece;
}

function isAsWritten(piece: object): piece is AsWritten {
  return "asWritten" in piece;
}

/** The same English with its first letter in lower case, to follow "Agency “…”: ". */
export function lowerFirst(english: EnglishText): EnglishText {
  const first = english.text.charAt(0);
  const lower = first.toLowerCase();
  if (lower.length !== first.length) return english;
  return { text: lower + english.text.slice(1), quotes: english.quotes } as unknown as EnglishText;
}

/** A message in Vietnamese and in English. */
export function say(vi: string, english: EnglishText): Wording {
  return { vi, en: english };
}

/** A part of an English message: its own words, or the user's words it quotes. */
export interface MessagePart {
  text: string;
  /** True for the user's own words, as written (Vietnamese, most often): mark them so. */
  quote: boolean;
}

/**
 * An English message cut at its quotes, for a screen that marks the user's words as Vietnamese:
 * `messageParts(problem.messageEn, problem.quotes)`. Spans out of order or out of the text are
 * ignored (the text is then shown as it is).
 */
export function messageParts(text: string, quotes: readonly QuoteSpan[] = []): MessagePart[] {
  const parts: MessagePart[] = [];
  let at = 0;
  for (const q of quotes) {
    if (q.start < at || q.end <= q.start || q.end > text.length) continue;
    if (q.start > at) parts.push({ text: text.slice(at, q.start), quote: false });
    parts.push({ text: text.slice(q.start, q.end), quote: true });
    at = q.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), quote: false });
  return parts;
}
