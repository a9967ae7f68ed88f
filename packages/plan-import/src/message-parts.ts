// An English message of the importer quotes the user's own words as written (a label, an agency
// name, a time), which are Vietnamese most often; the finding says where they are, and a screen
// shown in English marks them so (lang="vi"): an English screen shows no Vietnamese of its own.
// This module is all a review screen needs at first paint (`@kehoach/plan-import/message-parts`),
// so the importer itself can stay behind a dynamic import.

/** Where, in an English message, the user's own words are quoted: UTF-16 offsets, `end` exclusive. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/** A part of a message: the message's own words, or the user's words it quotes. */
export interface MessagePart {
  text: string;
  /** True for the user's own words, as written (Vietnamese, most often): mark them so. */
  quote: boolean;
}

/**
 * An English message cut at its quotes, for a screen that marks the user's words as Vietnamese:
 * `messageParts(finding.messageEn, finding.quotes)`. Spans out of order or out of the text are
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
