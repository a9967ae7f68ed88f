// One physical line of text as the importer sees it: NFC, invisible characters gone, markdown
// emphasis and heading marks removed but remembered. Tabs are kept, because a tab is how a Word
// table survives being copied as text.

export interface TextLine {
  /** 1-based line number in the source. */
  no: number;
  /** Last source line when a web copy's wrapped line was joined back (see web-copy.ts); else `no`. */
  to?: number | undefined;
  /** Length of the last source line as written, marks included: how a hard wrap is recognised. */
  width?: number | undefined;
  /** The source line ended with a markdown hard break (two spaces or a backslash). */
  hardBreak?: boolean | undefined;
  /** Known from its position (a PDF): the line reached the right margin, so its paragraph goes on. */
  full?: boolean | undefined;
  /** Cleaned text; tabs kept; trailing white space trimmed. */
  text: string;
  bold: boolean;
  italic: boolean;
  heading: boolean;
  /** A bold run ("**") opened on this line is still open at its end: the line goes on in bold. */
  boldOpen?: boolean | undefined;
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

export interface CleanedLine {
  text: string;
  invisible: boolean;
}

/** NFC, zero-width and control characters removed, unusual spaces as plain spaces; tabs kept. */
export function cleanRaw(raw: string): CleanedLine {
  const nfc = raw.normalize("NFC");
  const text = nfc.replace(ZERO_WIDTH, "").replace(CONTROL, "").replace(ODD_SPACE, " ");
  return { text: text.replace(/[ ]+$/u, ""), invisible: text.length !== nfc.length || ODD_SPACE.test(nfc) };
}

export interface MarkdownStrip {
  text: string;
  bold: boolean;
  italic: boolean;
  heading: boolean;
  /** A stray OCR token such as "*R*" was removed. */
  noise: boolean;
}

/** Whether a line leaves a bold run open, given whether one was open when it began. */
export function boldAfter(raw: string, openBefore: boolean): boolean {
  const runs = raw.match(/\*\*+/g) ?? [];
  // "****" closes one run and opens the next: no change.
  const toggles = runs.filter((r) => r.length % 4 !== 0).length;
  return toggles % 2 === 1 ? !openBefore : openBefore;
}

/** Removes markdown-ish marks: `#` headings, `**bold**`, `*italic*`, `\` escapes, simple HTML tags. */
export function stripMarkdown(input: string): MarkdownStrip {
  let text = input;
  let heading = false;
  let noise = false;
  // "* *", "** **": an emphasis run with nothing in it, not a bullet.
  if (/^[\s*_]*\*[\s*_]*$/.test(text))
    return { text: "", bold: false, italic: false, heading: false, noise: false };
  const h = /^\s{0,3}(#{1,6})\s+/.exec(text);
  if (h) {
    heading = true;
    text = text.slice(h[0].length).replace(/\s+#+\s*$/, "");
  }
  text = text
    // A web page's pictures (a logo, a stamp) come out as markdown images: no words of the plan.
    .replace(/!\[[^\]]{0,200}\]\([^)]{0,500}\)/gu, "")
    .replace(/<br\s*\/?>/giu, " ")
    .replace(/<\/?(?:b|i|u|strong|em|span|p|sup|sub)(?:\s[^>]*)?>/giu, "");
  // A lone letter between asterisks at the end of a line is scanner noise ("./. *R*").
  const ocr = /\s+\*[A-Za-z]\*\s*$/.exec(text);
  if (ocr) {
    noise = true;
    text = text.slice(0, ocr.index);
  }
  if (!/[*_\\#<]/.test(text))
    return { text: text.replace(/[ ]+$/u, ""), bold: false, italic: false, heading, noise };
  const bold = /\*\*|__(?=\S)|(?<=\S)__/.test(text);
  // "**1.****Công an tỉnh:**": one bold run closed and the next opened. Between two letters that
  // is a run split inside a word; after a number or a colon, the words were apart.
  text = text
    .replace(/(?<=[\p{L}\p{N}])\*{4}(?=\p{L})/gu, (_m, at: number) =>
      /\p{N}/u.test(text.charAt(at - 1)) ? " " : "",
    )
    .replace(/(?<=[.:;,)])\*{4}(?=[\p{L}\p{N}(])/gu, " ")
    .replace(/\*\*+/g, "")
    .replace(/(^|[^\p{L}\p{N}])__+|__+(?=[^\p{L}\p{N}]|$)/gu, "$1");
  // A markdown bullet "* text" becomes the dash bullet plans use.
  text = text.replace(/^(\s*)\*\s+(?=\S)/, "$1- ");
  const italic = /(^|[^\p{L}\p{N}*])\*(?=\S)|(?<=\S)\*(?=$|[^\p{L}\p{N}*])/u.test(text);
  text = text.replace(/\*/g, "");
  // "_Quảng Trị, ngày …_": italic written with underscores (a run of them is a blank to fill).
  text = text.replace(/(^|[\s("“])_(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.,:;)”"])_(?=$|[\s,.;:)])/gu, "$1");
  text = text.replace(/\\([\\`*_{}[\]()#+\-.!|>~"'])/g, "$1");
  return { text: text.replace(/[ ]+$/u, ""), bold, italic, heading, noise };
}
