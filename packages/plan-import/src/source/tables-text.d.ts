import type { Table } from "./blocks.js";
import type { TextLine } from "./lines.js";
export type Segment = {
    kind: "lines";
    lines: TextLine[];
} | {
    kind: "table";
    table: Table;
};
export declare function findTextTables(lines: TextLine[]): Segment[];
/**
 * The lines of one cell, wrapped by the copy, back into the lines the cell had: "Số:" /
 * "7360/KH-UBND" is one line, "CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM" too, and "…, ngày 10
 * tháng 12" / "năm 2025"; a separator line and a new capitalised line stay apart.
 */
export declare function joinCellLines(parts: readonly string[]): string;
//# sourceMappingURL=tables-text.d.ts.map