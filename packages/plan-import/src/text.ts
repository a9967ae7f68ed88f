import { cleanLine } from "@kehoach/text-vi";

// Patterns run on a folded copy of the text (lower case, no diacritics, đ as d, every dash as
// "-"), because the same words come with and without accents, in capitals, and with either tone
// placement. Each UTF-16 unit folds to exactly one unit, so an index found in the folded copy cuts
// the author's own words out of the original.

const MARKS = /[\u0300-\u036f]/g;
const DASHES = /[‐‑‒–—―−]/;
const cache = new Map<string, string>();

function foldUnit(unit: string): string {
  const hit = cache.get(unit);
  if (hit !== undefined) return hit;
  let out: string;
  if (unit === "đ" || unit === "Đ") out = "d";
  else if (DASHES.test(unit)) out = "-";
  else {
    const base = unit.normalize("NFD").replace(MARKS, "").toLowerCase();
    out = base.length === 1 ? base : unit;
  }
  if (cache.size < 4096) cache.set(unit, out);
  return out;
}

// Long paragraphs are folded by several parsers in turn; the last few results are kept.
const recent = new Map<string, string>();

// Every UTF-16 unit below U+2220 (Latin, Vietnamese letters, dashes, the minus sign) folded once.
const TABLE_SIZE = 0x2220;
let table: Uint16Array | undefined;

function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) {
    const folded =
      code >= 0xd800 && code < 0xe000 ? String.fromCharCode(code) : foldUnit(String.fromCharCode(code));
    table[code] = folded.length === 1 ? folded.charCodeAt(0) : code;
  }
  return table;
}

/** Same length as the input: lower case, unaccented. */
export function fold(text: string): string {
  if (text.length > 64) {
    const hit = recent.get(text);
    if (hit !== undefined) return hit;
  }
  const t = foldTable();
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code < TABLE_SIZE ? (t[code] as number) : foldUnit(text[i] as string).charCodeAt(0);
  }
  let out = "";
  // fromCharCode takes its arguments on the stack: convert in slices.
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  if (text.length > 64) {
    if (recent.size >= 32) recent.delete(recent.keys().next().value as string);
    recent.set(text, out);
  }
  return out;
}

/** One line, single spaces, trimmed; NFC and invisible characters removed (text-vi). */
export function oneLine(text: string): string {
  return cleanLine(text);
}

/** Removes list marks and closing punctuation a value carries in prose: "- Phòng Nội vụ." → "Phòng Nội vụ". */
export function trimValue(text: string): string {
  return oneLine(text)
    .replace(/^[\s\-–—+•·▪◦*:;,.]+/u, "")
    .replace(/[\s;,:]+$/u, "")
    .replace(/(?<!\b(?:TP|Tp|tp|TX|Tx|tx|TT|v\.v))\.+$/u, "")
    .trim();
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** A line written all in capitals (at least two letters, no lower-case letter). */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (LOWER.test(ch)) return false;
    if (UPPER.test(ch)) letters++;
  }
  return letters >= 2;
}

export function startsLower(text: string): boolean {
  const first = text.trimStart().charAt(0);
  return first !== "" && LOWER.test(first);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

const UNIT_WORDS =
  /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|thôn|bản|ấp|tiểu khu|khu phố|tổ dân phố)$/u;
// Words that end a place name in a title: "… tỉnh Lâm Đồng dịp cuối năm 2025", "… xã An Phú năm 2026".
const PLACE_ENDS =
  /^(năm|về|và|của|trên|giai|đoạn|dịp|trong|đến|từ|nhằm|theo|tại|cho|với|để|khi|sau|trước|giữa|gắn|thời|kỳ|\d)/u;
const NOT_UNIT_BEFORE = /^(nông|văn|cơ|căn|xuất|phiên|tái|kịch|nguyên|hợp)$/u;
const NOT_UNIT_AFTER = /^(hội|sắc|đồ|lĩnh|chất|thân|án|quyền|ủy|uỷ|viên|đội|lẻ)(?!\p{L})/u;
const KEEP_UPPER =
  /^(UBND|HĐND|MTTQ|CCHC|TTHC|CNTT|PCI|PAPI|SIPAS|PAR|INDEX|PARINDEX|TP|TX|VH|TT|KH|QĐ|NQ|CP|TTG|BNV)$/u;

/**
 * Capitals to sentence case, as a title or an agency name is stored: "TUYÊN TRUYỀN CẢI CÁCH HÀNH
 * CHÍNH NĂM 2024 TRÊN ĐỊA BÀN THỊ XÃ PHƯỚC LONG" → "Tuyên truyền … trên địa bàn thị xã Phước Long".
 * Words after a unit word (xã, huyện, tỉnh …) are a place name and keep their capitals; known
 * acronyms stay in capitals.
 */
export function capsToSentence(text: string): string {
  const words = text.split(/(\s+)/);
  const out: string[] = [];
  let placeName = false;
  let first = true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (/^\s+$/.test(w) || w === "") {
      out.push(w);
      continue;
    }
    const lower = w.toLocaleLowerCase("vi");
    const two = `${lower} ${(words[i + 2] ?? "").toLocaleLowerCase("vi")}`;
    // "1899/QĐ-TTG", "57-NQ/TW": a document's number and symbol stay as written.
    if (KEEP_UPPER.test(w.replace(/[^\p{L}]/gu, "")) || /\d.*[/-]\p{Lu}|\p{Lu}[/-].*\d/u.test(w)) out.push(w);
    else if (placeName && !PLACE_ENDS.test(lower)) out.push(upperFirst(lower));
    else out.push(first ? upperFirst(lower) : lower);
    first = false;
    const prevWord = (words[i - 2] ?? "").toLocaleLowerCase("vi");
    const nextWord = (words[i + 2] ?? "").toLocaleLowerCase("vi");
    // "nông thôn", "văn bản", "xã hội", "tỉnh ủy", "thôn, bản": the unit word of a common noun or
    // of a list, with no place name after it.
    const common =
      !UNIT_WORDS.test(two) &&
      (NOT_UNIT_BEFORE.test(prevWord) || NOT_UNIT_AFTER.test(nextWord) || /[,;.:]$/u.test(w));
    if (common) {
      if (PLACE_ENDS.test(lower)) placeName = false;
    } else if (UNIT_WORDS.test(lower) || UNIT_WORDS.test(two)) {
      // "thành phố" and "thị xã" are two words: the name starts after the second.
      placeName = !UNIT_WORDS.test(two) || i + 2 >= words.length ? true : placeName;
      if (UNIT_WORDS.test(two)) {
        out.push(words[i + 1] as string, (words[i + 2] as string).toLocaleLowerCase("vi"));
        i += 2;
        placeName = true;
      }
    } else if (PLACE_ENDS.test(lower)) placeName = false;
  }
  return out.join("");
}

/**
 * The columns of a line: a tab from Word, or a run of three or more spaces from a PDF copied as
 * text. Runs that are blanks left to fill in ("Số:      /KH-UBND", "ngày      tháng      năm
 * 2025") do not separate columns.
 */
export function splitColumns(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split("\t")) {
    let start = 0;
    const re = / {3,}/g;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const before = fold(part.slice(Math.max(0, m.index - 6), m.index));
      const after = fold(part.slice(m.index + m[0].length, m.index + m[0].length + 6));
      if (/(so\s*:?|ngay|thang|nam)$/.test(before) || /^(\/|thang|nam\b|ngay\b)/.test(after)) continue;
      out.push(part.slice(start, m.index));
      start = m.index + m[0].length;
    }
    out.push(part.slice(start));
  }
  return out;
}
