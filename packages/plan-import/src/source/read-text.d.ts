import type { SourceDocument } from "./blocks.js";
/** Plain or markdown-ish text into lines and blocks. */
export declare function readText(input: string): SourceDocument;
//# sourceMappingURL=read-text.d.ts.map