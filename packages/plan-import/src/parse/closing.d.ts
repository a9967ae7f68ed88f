import { type Archive } from "@kehoach/plan-model";
import { type Block } from "../source/blocks.js";
import type { LineRange } from "../types.js";
import type { Located } from "./header.js";
export interface SignerDraft {
    /** "TM." / "KT." / … as printed first, for the summary. */
    authority: string | null;
    collective: string | undefined;
    delegation: "KT" | "Q" | "TL" | "TUQ" | undefined;
    headTitle: string | undefined;
    /** As printed: "PHÓ CHỦ TỊCH". */
    titleAsWritten: string;
    name: string | undefined;
    lines: LineRange;
}
export interface ClosingDraft {
    recipients: Located<{
        text: string;
    }[]> | undefined;
    archive: Located<Archive> | undefined;
    signer: SignerDraft | undefined;
}
export declare function isNoiNhan(text: string): boolean;
export declare function isSignerAnchor(text: string): boolean;
/** A line that is only a signer's title in capitals ("CHỦ TỊCH", "PHÓ GIÁM ĐỐC"): a foot without "Nơi nhận". */
export declare function isSignerTitleLine(text: string): boolean;
export declare function parseClosing(blocks: readonly Block[]): ClosingDraft;
/** "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", as the plan model stores a title. */
export declare function titleToSentence(text: string): string;
//# sourceMappingURL=closing.d.ts.map