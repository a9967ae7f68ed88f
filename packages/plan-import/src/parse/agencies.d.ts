export interface AgencySplit {
    names: string[];
    /** Fragments joined to the name before them although they were written with a capital: two agencies may have been meant. */
    doubtful: string[];
}
export declare function splitAgencies(input: string): AgencySplit;
//# sourceMappingURL=agencies.d.ts.map