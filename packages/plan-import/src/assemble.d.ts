import { type Plan } from "@kehoach/plan-model";
import { type SignerDraft } from "./parse/closing.js";
import type { ParsedDocument } from "./parse/document.js";
import { type SourceDocument } from "./source/blocks.js";
import type { FieldTrace, ImportFinding, ImportOptions, TaskTrace } from "./types.js";
export interface Assembled {
    plan: Plan;
    findings: ImportFinding[];
    fields: FieldTrace[];
    tasks: TaskTrace[];
    docType: "KH" | "QĐ";
    summaryExtras: {
        issuer: string | null;
        number: string | null;
        symbol: string | null;
        signer: SignerDraft | undefined;
    };
}
export declare function assemble(doc: ParsedDocument, source: SourceDocument, options: ImportOptions): Assembled;
//# sourceMappingURL=assemble.d.ts.map