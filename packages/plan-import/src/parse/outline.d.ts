import type { Block, Paragraph } from "../source/blocks.js";
import type { LineRange } from "../types.js";
import { type LabelStyle } from "./labels.js";
export interface OutlineNode {
    style: LabelStyle | "root";
    label: string;
    /** The heading text after the label. */
    text: string;
    para: Paragraph | undefined;
    lines: LineRange;
    children: OutlineNode[];
    /** Paragraphs and tables directly under this item, in order. */
    body: Block[];
    /** Body and children in document order. */
    seq: ({
        kind: "node";
        node: OutlineNode;
    } | {
        kind: "block";
        block: Block;
    })[];
    parent: OutlineNode | undefined;
}
export declare function labelOf(para: Paragraph): import("./labels.js").Label | null;
export declare function buildOutline(blocks: readonly Block[]): OutlineNode;
/** Every node under `n` (not `n` itself), depth first in document order. */
export declare function descendants(n: OutlineNode): OutlineNode[];
/** The item's own heading plus everything under it, as plain text lines (for prose fields). */
export declare function flatText(n: OutlineNode): string[];
//# sourceMappingURL=outline.d.ts.map