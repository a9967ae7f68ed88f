// Decimal comma and thousands dot ("1.250.000 đồng", "95,5%"; nd30-layout §11.7). Years, document
// numbers and codes are never grouped, so callers format only real quantities with these.
const integer = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

export function formatQuantity(value: number): string {
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

export function formatPercent(value: number): string {
  return `${decimal.format(value)}%`;
}

/** A document number as Nghị định 30 writes it: below 10 with a leading zero ("05"), otherwise as is. */
export function formatDocumentNumber(value: number | string): string {
  const n = typeof value === "number" ? value : Number.parseInt(value, 10);
  if (!Number.isFinite(n)) return String(value);
  return n < 10 ? `0${n}` : String(n);
}
