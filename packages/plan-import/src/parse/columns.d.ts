export type ColumnKind = "ref" | "task" | "content" | "form" | "product" | "lead" | "advisor" | "support" | "time" | "budget" | "note" | "agencies" | "unknown";
export declare function columnKind(header: string): ColumnKind;
/** A row is a header when at least two cells name known columns and one of them is the work itself or an agency. */
export declare function isHeaderRow(cells: readonly string[]): boolean;
/** A second header row under a merged "Cơ quan thực hiện": "Chủ trì", "Phối hợp". */
export declare function isSubHeaderRow(cells: readonly string[]): boolean;
/** "(1) (2) (3)" or "1 2 3 4 5": the column-number row many Vietnamese tables print under the header. */
export declare function isColumnNumberRow(cells: readonly string[]): boolean;
//# sourceMappingURL=columns.d.ts.map