// Text reaches us from keyboards, Word, PDFs and web pages. Before it is stored, compared or
// drawn it is put into one canonical shape: NFC (Nghị định 30 requires Unicode per TCVN 6909, and
// pdfmake draws NFD marks beside their letters), without invisible characters that break search
// and copy-paste, and without control or bidirectional-override characters that a hostile file
// may carry.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// Bidirectional embeddings, overrides, isolates and marks: no Vietnamese text needs them, and a
// hostile title such as "\u202Egnp.exe" would show as "exe.png" in an editor, a .docx or a CSV.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// C0 and C1 controls except tab and line feed; carriage returns are folded into line feeds.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const UNUSUAL_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** NFC only: never changes what a reader sees. */
export function toNfc(text: string): string {
  return text.normalize("NFC");
}

/**
 * Multi-line text as it should be stored: NFC, line breaks as "\n", no zero-width or control
 * characters, unusual spaces as plain spaces, trailing spaces trimmed from every line.
 */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(ZERO_WIDTH, "")
    .replace(BIDI, "")
    .replace(CONTROL, "")
    .replace(UNUSUAL_SPACE, " ")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
}

/**
 * Text as a field keeps it while it is being typed: NFC, no zero-width, bidirectional or control
 * characters, carriage returns as line feeds; spaces and line ends stay as typed (a word is being
 * written after them). cleanText finishes the job when the text is stored.
 */
export function cleanTyping(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(ZERO_WIDTH, "")
    .replace(BIDI, "")
    .replace(CONTROL, "");
}

/** A single-line field (a name, a title, a symbol): cleanText plus all runs of white space as one space. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, " ");
}

/** True when the text holds a character cleanText would drop or change. */
export function hasUncleanCharacters(text: string): boolean {
  return (
    text !== text.normalize("NFC") ||
    new RegExp(`${ZERO_WIDTH.source}|${BIDI.source}|${CONTROL.source}`).test(text)
  );
}
