export type FieldKind = "lead" | "advisor" | "support" | "monitor" | "agencies" | "time" | "product" | "content" | "form" | "budget" | "note";
export interface LabelledPart {
    kind: FieldKind;
    /** The label as written: "Cơ quan tham mưu". */
    label: string;
    value: string;
}
export interface LabelScan {
    /** Text before the first label (the task's own words when the labels trail it). */
    before: string;
    parts: LabelledPart[];
}
/**
 * Labels in a line of text. At the start of the line every label counts; further in, only labels
 * after a separator (";", "(", ".", ",", " - ") count, so "chủ trì, phối hợp với …" in a sentence
 * is not read as a label.
 */
export declare function scanLabels(text: string, { anywhere }?: {
    anywhere?: boolean;
}): LabelScan;
/** Whether a line is only a label with nothing after it ("- Thời gian thực hiện:"), so sub-bullets carry the value. */
export declare function isBareLabel(part: LabelledPart): boolean;
//# sourceMappingURL=fields.d.ts.map