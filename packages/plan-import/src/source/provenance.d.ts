import type { LineRange } from "../types.js";
import type { TextLine } from "./lines.js";
export interface ProvenanceCut {
    keep: TextLine[];
    removed: LineRange[];
    metadata: Record<string, string>;
    banner: LineRange | undefined;
    trailer: LineRange | undefined;
}
export declare function cutWebsiteText(lines: TextLine[]): ProvenanceCut;
//# sourceMappingURL=provenance.d.ts.map