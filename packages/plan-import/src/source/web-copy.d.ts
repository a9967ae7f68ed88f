export interface RestoredLine {
    text: string;
    /** First and last source line (1-based) this line was made from. */
    from: number;
    to: number;
    /** Length of the last source line as written (marks included). */
    width: number;
    hardBreak: boolean;
}
/** A line holding only "|": the edge of a table cell in a web copy. */
export declare function isBarLine(text: string): boolean;
export declare function restoreLines(cleaned: readonly string[], raw: readonly string[]): RestoredLine[];
/**
 * The width a web copy was hard-wrapped at, or undefined for text whose lines are paragraphs.
 * Wrapped text has most of its long lines just under one width and almost none above it;
 * paragraphs one per line vary widely in length.
 */
export declare function wrapWidth(lines: readonly {
    text: string;
    width?: number | undefined;
}[]): number | undefined;
//# sourceMappingURL=web-copy.d.ts.map