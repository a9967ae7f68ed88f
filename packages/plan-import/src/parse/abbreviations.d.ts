import type { Abbreviation } from "@kehoach/plan-model";
export declare function detectAbbreviations(texts: readonly string[]): Abbreviation[];
//# sourceMappingURL=abbreviations.d.ts.map