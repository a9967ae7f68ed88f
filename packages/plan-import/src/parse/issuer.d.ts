import type { AdminLevel, Issuer } from "@kehoach/plan-model";
export type IssuerDraft = Issuer & {
    level?: AdminLevel | undefined;
};
export declare function levelOf(name: string): AdminLevel | undefined;
export declare function issuerFromLines(lines: string[]): IssuerDraft | undefined;
/** The issuer named in running text, completed from the title or place when the name is left out. */
export declare function inferIssuer(texts: string[], title: string, place: string, collective: string | undefined): {
    issuer: IssuerDraft;
    from: string;
} | undefined;
//# sourceMappingURL=issuer.d.ts.map