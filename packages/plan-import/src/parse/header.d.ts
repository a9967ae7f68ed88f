import { type DocRef } from "@kehoach/plan-model";
import type { PartialDate } from "@kehoach/text-vi";
import { type Block } from "../source/blocks.js";
import type { LineRange } from "../types.js";
export interface Located<T> {
    value: T;
    lines: LineRange;
}
export interface BasisDraft {
    kind: "can_cu" | "thuc_hien" | "de_nghi";
    text: string;
    refs: DocRef[];
    lines: LineRange;
}
export interface HeaderDraft {
    docType: Located<"KH" | "QĐ"> | undefined;
    issuerLines: Located<string>[];
    number: Located<{
        number: string | undefined;
        symbol: string | undefined;
    }> | undefined;
    placeDate: Located<{
        place: string;
        date: PartialDate | undefined;
        blank: boolean;
    }> | undefined;
    title: Located<{
        text: string;
        caps: boolean;
    }> | undefined;
    backRef: Located<{
        text: string;
        ref: DocRef | undefined;
    }> | undefined;
    /** QĐ: "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …" above the bases. */
    authority: Located<string> | undefined;
    bases: BasisDraft[];
    intro: Located<string> | undefined;
    /** Index of the first block of the body. */
    bodyStart: number;
}
export declare function docTypeOf(text: string): "KH" | "QĐ" | null;
export declare function parsePlaceDate(text: string): {
    place: string;
    date: PartialDate | undefined;
    blank: boolean;
} | null;
export declare function parseNumberLine(text: string): {
    number: string | undefined;
    symbol: string | undefined;
} | null;
export declare function parseHeader(blocks: readonly Block[]): HeaderDraft;
//# sourceMappingURL=header.d.ts.map