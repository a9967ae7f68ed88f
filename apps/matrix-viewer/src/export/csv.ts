import { csvText } from "@kehoach/plan-model";
import type { ExportTable } from "./tables.js";

// CSV that Excel opens right: a UTF-8 byte order mark (without it Excel reads Vietnamese as
// Windows-1252); quoting, CRLF line ends and formula defusing are plan-model's csvText.

const BOM = "\uFEFF";

export function toCsv(table: ExportTable): string {
  return `${BOM}${csvText([table.header, ...table.rows.map((row) => row.map(String))])}`;
}
