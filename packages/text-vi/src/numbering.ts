// Numbering of Vietnamese administrative text: Roman numerals for mục and phụ lục, and the
// Vietnamese alphabet order of điểm letters (Nghị định 30: a, b, c, d, đ, e, g, …; no f, j, w, z).
const NUMERALS: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 1 → "I", 14 → "XIV": mục and phụ lục numbers. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Số La Mã cần một số nguyên dương, nhận ${n}.`);
  let out = "";
  let rest = n;
  for (const [value, symbol] of NUMERALS) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** "XIV" → 14; undefined when the text is not a well-formed Roman numeral. */
export function fromRoman(text: string): number | undefined {
  if (!/^[MDCLXVI]+$/u.test(text)) return undefined;
  let total = 0;
  let rest = text;
  for (const [value, symbol] of NUMERALS) {
    while (rest.startsWith(symbol)) {
      total += value;
      rest = rest.slice(symbol.length);
    }
  }
  return rest === "" && toRoman(total) === text ? total : undefined;
}

/** Điểm letters in the Vietnamese alphabet order (no f, j, w, z, no letters with marks but đ). */
export const DIEM_LETTERS = [
  "a",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "g",
  "h",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y",
];
