export interface TextLine {
    /** 1-based line number in the source. */
    no: number;
    /** Last source line when a web copy's wrapped line was joined back (see web-copy.ts); else `no`. */
    to?: number | undefined;
    /** Length of the last source line as written, marks included: how a hard wrap is recognised. */
    width?: number | undefined;
    /** The source line ended with a markdown hard break (two spaces or a backslash). */
    hardBreak?: boolean | undefined;
    /** Cleaned text; tabs kept; trailing white space trimmed. */
    text: string;
    bold: boolean;
    italic: boolean;
    heading: boolean;
}
export interface CleanedLine {
    text: string;
    invisible: boolean;
}
/** NFC, zero-width and control characters removed, unusual spaces as plain spaces; tabs kept. */
export declare function cleanRaw(raw: string): CleanedLine;
export interface MarkdownStrip {
    text: string;
    bold: boolean;
    italic: boolean;
    heading: boolean;
    /** A stray OCR token such as "*R*" was removed. */
    noise: boolean;
}
/** Removes markdown-ish marks: `#` headings, `**bold**`, `*italic*`, `\` escapes, simple HTML tags. */
export declare function stripMarkdown(input: string): MarkdownStrip;
//# sourceMappingURL=lines.d.ts.map