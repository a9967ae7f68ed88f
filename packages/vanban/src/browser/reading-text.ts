// The text of a PDF page as a person reads it, for the preview's text layer (what a screen reader
// reads, what Ctrl+F finds, what is copied). pdf.js gives a page's text as items, one per line
// of a table cell or a paragraph, and marks the item that ends a line (hasEOL); its text layer
// puts a <br> there, which the page's text does not count as a space, so the words on either
// side of every wrap ran together ("Tổchức hộinghị"). A line break is a space between words,
// except after a hyphen that ends a word ("214/KH-" / "UBND"): the hyphen stays and the word
// goes on. The words are then those of `pdftotext -raw` on the same PDF.

/** A pdf.js text item (`str`, `hasEOL`), or a marked-content item, which has no `str`. */
export type TextItemLike = { str: string; hasEOL?: boolean } | { str?: undefined; type?: string };

/** The part of a text layer's span this needs (an HTMLElement). */
export interface TextSpan {
  readonly textContent: string | null;
  append(text: string): void;
}

/** A hyphen or dash right after a letter or digit, ending the text: the word goes on after the break. */
const WORD_GOES_ON = /[\p{L}\p{N}][-\u2010\u2011\u2013\u2014]$/u;

/** Whether a line that ends with this text is followed by a space: no space or word-hyphen ends it. */
export function breakIsSpace(lineEnd: string): boolean {
  return lineEnd !== "" && !/\s$/u.test(lineEnd) && !WORD_GOES_ON.test(lineEnd);
}

/** A page's text in reading order, with a space at each line break. */
export function readingText(items: readonly TextItemLike[]): string {
  let text = "";
  for (const item of items) {
    if (item.str === undefined) continue;
    text += item.str;
    if (item.hasEOL && breakIsSpace(text)) text += " ";
  }
  return text;
}

/**
 * Adds the spaces of readingText to a text layer pdf.js has drawn: `spans` are its text divs,
 * one per item with a `str`, in order (TextLayer.textDivs). The space goes at the end of the
 * line's last span, where it changes neither the position nor the size of the text drawn over
 * the page.
 */
export function spaceLineBreaks(spans: readonly TextSpan[], items: readonly TextItemLike[]): void {
  let last: TextSpan | undefined;
  let index = 0;
  for (const item of items) {
    if (item.str === undefined) continue;
    const span = spans[index++];
    if (!span) return;
    if (item.str !== "") last = span;
    if (item.hasEOL && last && breakIsSpace(last.textContent ?? "")) last.append(" ");
  }
}
