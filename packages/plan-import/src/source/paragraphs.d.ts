import type { Paragraph, SourceNote } from "./blocks.js";
import type { TextLine } from "./lines.js";
export declare function linesToParagraphs(lines: TextLine[], notes: SourceNote[], wrap?: number): Paragraph[];
//# sourceMappingURL=paragraphs.d.ts.map