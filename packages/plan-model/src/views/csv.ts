// CSV as spreadsheets read it (RFC 4180 quoting, CRLF line ends, NFC text), and safe to open:
// a cell that begins with =, +, -, @, a tab or a carriage return is run as a formula by Excel
// and LibreOffice, so a task titled "=HYPERLINK(…)" in an imported plan could act on the
// reader's machine. Following OWASP's CSV-injection advice such a cell gets a leading
// apostrophe, which the spreadsheet shows as text.

const FORMULA_START = /^[=+\-@\t\r]/u;

/** One cell, quoted when it must be and defused when it would be a formula. */
export function csvCell(text: string): string {
  const nfc = text.normalize("NFC");
  const safe = FORMULA_START.test(nfc) ? `'${nfc}` : nfc;
  return /[",\r\n']/u.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text, CRLF after every row. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => `${cells.map(csvCell).join(",")}\r\n`).join("");
}
