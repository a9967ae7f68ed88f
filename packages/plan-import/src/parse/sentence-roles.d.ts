/** "phối hợp với X, Y tổ chức …" → X, Y; the work after them stays. */
export declare function partnersIn(text: string): {
    partners: string;
    start: number;
    end: number;
} | undefined;
/** A time at the end of a task sentence, and the sentence without it. */
export declare function trailingTime(text: string): {
    time: string;
    rest: string;
} | undefined;
//# sourceMappingURL=sentence-roles.d.ts.map