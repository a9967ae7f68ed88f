interface Level {
    start: number;
    format: string;
    text: string;
}
export type NumberingDefinitions = Map<string, {
    levels: Map<number, Level>;
}>;
export interface StyleInfo {
    numId?: string | undefined;
    ilvl?: number | undefined;
    heading: boolean;
}
export declare function parseNumbering(xml: string): NumberingDefinitions;
export declare function parseStyles(xml: string): Map<string, StyleInfo>;
/** The counters of every list as the document goes on. */
export declare class NumberingState {
    private readonly defs;
    private readonly counters;
    constructor(defs: NumberingDefinitions);
    next(numId: string, ilvl: number): string;
}
export {};
//# sourceMappingURL=numbering.d.ts.map