export type LabelStyle = "article" | "part" | "roman" | "upper" | "dec1" | "dec2" | "dec3" | "dec4" | "letter" | "paren" | "dash" | "plus" | "bullet";
export interface Label {
    style: LabelStyle;
    /** "II", "2.1", "a", "" for bullets. */
    label: string;
    /** The text after the label. */
    rest: string;
}
export declare function parseLabel(text: string): Label | null;
/** Styles that always open a top-level division, whatever came before. */
export declare const TOP_RANK: Partial<Record<LabelStyle, number>>;
export declare function isBulletStyle(style: LabelStyle): boolean;
//# sourceMappingURL=labels.d.ts.map