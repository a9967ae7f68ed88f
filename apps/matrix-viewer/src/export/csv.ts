import type { ExportTable } from "./tables.js";

// CSV that Excel opens right: a UTF-8 byte order mark (without it Excel reads Vietnamese as
// Windows-1252), RFC 4180 quoting, CRLF line ends.

const BOM = "\uFEFF";

export function toCsv(table: ExportTable): string {
  const lines = [table.header, ...table.rows].map((cells) => cells.map(csvCell).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

function csvCell(text: string): string {
  const nfc = text.normalize("NFC");
  return /[",\r\n]/.test(nfc) ? `"${nfc.replace(/"/g, '""')}"` : nfc;
}
