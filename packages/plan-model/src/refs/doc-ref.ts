import { formatShortDate, isValidPartialDate, type PartialDate } from "@kehoach/text-vi";
import type { DocRef } from "../schema/doc-ref.js";
import { fold } from "../text/fold.js";

// Citations as plans write them: "Kế hoạch số 96/KH-UBND ngày 19/03/2024 của UBND tỉnh về …",
// "Quyết định số 14/2019/QĐ-TTg ngày 13/3/2019", "Chỉ thị số 28-CT/TU ngày 10/8/2022 của Ban
// Thường vụ Tỉnh ủy". Stray spaces around "số", "/" and "-" are tolerated ("06 /KH-UBND").

const TYPES: [string, string][] = [
  ["ke hoach", "Kế hoạch"],
  ["quyet dinh", "Quyết định"],
  ["nghi quyet", "Nghị quyết"],
  ["nghi dinh", "Nghị định"],
  ["chi thi", "Chỉ thị"],
  ["thong tu", "Thông tư"],
  ["cong van", "Công văn"],
  ["van ban", "Văn bản"],
  ["thong bao", "Thông báo"],
  ["huong dan", "Hướng dẫn"],
  ["bao cao", "Báo cáo"],
  ["to trinh", "Tờ trình"],
  ["chuong trinh", "Chương trình"],
  ["ket luan", "Kết luận"],
  ["quy dinh", "Quy định"],
  ["de an", "Đề án"],
  ["luat", "Luật"],
];

const TYPE_ALTERNATION = TYPES.map(([key]) => key).join("|");
// type, "số", number, optional "/year", separator, symbol.
const CITATION = new RegExp(
  `(${TYPE_ALTERNATION})\\s+so\\s*:?\\s*(\\d{1,6})\\s*(?:/\\s*(\\d{4})\\s*)?([/-])\\s*([a-z][a-z0-9]*(?:\\s*[-/]\\s*[a-z][a-z0-9]*)*)`,
  "g",
);
const DATE_AFTER =
  /^\s*,?\s*ngay\s+(\d{1,2})\s*(?:\/|-|\.|\s+thang\s+)\s*(\d{1,2})\s*(?:\/|-|\.|\s+nam\s+)\s*(\d{4})/;
const ISSUER_AFTER = /^\s*,?\s*cua\s+/;
// Where an issuer's name stops: the subject ("về", "ban hành", "phê duyệt"), or punctuation.
const ISSUER_END =
  /\s+(?:ve|ban hanh|phe duyet|quy dinh|huong dan|trien khai|thuc hien)\s|[;,()]|(?<!\b(?:tp|tx))\.|$/;
const SUMMARY_AFTER = /^\s*,?\s*(?:ve viec|ve|ban hanh|phe duyet)\s+/;

/** Every citation found in a line of text, in order. */
export function parseDocRefs(text: string): DocRef[] {
  const { original, folded } = fold(text);
  const found: { start: number; end: number; ref: DocRef }[] = [];
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(folded); m; m = CITATION.exec(folded)) {
    const typeKey = m[1] as string;
    const symbolStart = m.index + m[0].length - (m[5] as string).length;
    const ref: DocRef = {
      type: TYPES.find(([key]) => key === typeKey)?.[1],
      number: m[2],
      symbol: original.slice(symbolStart, m.index + m[0].length).replace(/\s+/g, ""),
    };
    if (m[3]) ref.year = Number(m[3]);
    // A Party document writes "28-CT/TU"; the separator is not kept, the symbol's own "/" tells it.
    found.push({ start: m.index, end: m.index + m[0].length, ref });
  }
  for (let i = 0; i < found.length; i++) {
    const item = found[i] as (typeof found)[number];
    const limit = found[i + 1]?.start ?? folded.length;
    let cursor = item.end;
    const date = DATE_AFTER.exec(folded.slice(cursor, limit));
    if (date) {
      const parsed: PartialDate = { year: Number(date[3]), month: Number(date[2]), day: Number(date[1]) };
      if (isValidPartialDate(parsed)) item.ref.date = parsed;
      cursor += date[0].length;
    }
    const issuer = ISSUER_AFTER.exec(folded.slice(cursor, limit));
    if (issuer) {
      const from = cursor + issuer[0].length;
      const rest = folded.slice(from, limit);
      const stop = ISSUER_END.exec(rest);
      const length = stop ? stop.index : rest.length;
      item.ref.issuer = trimJoiner(original.slice(from, from + length));
      cursor = from + length;
    }
    const summary = SUMMARY_AFTER.exec(folded.slice(cursor, limit));
    if (summary) {
      const from = cursor + summary[0].length;
      const rest = original.slice(from, limit);
      const stop = rest.search(/[;]|\.(\s|$)/);
      const text = trimJoiner(stop >= 0 ? rest.slice(0, stop) : rest);
      if (text) item.ref.summary = text;
      cursor = from + (stop >= 0 ? stop : rest.length);
    }
    item.ref.text = trimJoiner(original.slice(item.start, Math.max(cursor, item.end)));
    // The citation keeps the author's capital on the type word.
    item.ref.text = original.slice(item.start, item.start + 1) + item.ref.text.slice(1);
  }
  return found.map((f) => f.ref);
}

/** The first citation of a text, or a reference holding only the text when none is found. */
export function parseDocRef(text: string): DocRef {
  return parseDocRefs(text)[0] ?? { text: text.trim() };
}

/** "96/KH-UBND", "14/2019/QĐ-TTg", "28-CT/TU". */
export function formatDocCode(ref: DocRef): string | undefined {
  if (!ref.number || !ref.symbol) return undefined;
  const year = ref.year ? `/${ref.year}` : "";
  const separator = ref.symbol.includes("/") ? "-" : "/";
  return `${ref.number}${year}${separator}${ref.symbol}`;
}

/** "Kế hoạch số 96/KH-UBND ngày 19/3/2024 của UBND tỉnh": the citation from its parts. */
export function formatDocRef(ref: DocRef): string {
  const code = formatDocCode(ref);
  if (!code && !ref.type) return ref.text ?? "";
  const parts = [ref.type ?? "Văn bản"];
  if (code) parts.push(`số ${code}`);
  if (ref.date) parts.push(`ngày ${formatShortDate(ref.date)}`);
  if (ref.issuer) parts.push(`của ${ref.issuer}`);
  if (ref.summary) parts.push(`về ${ref.summary}`);
  return parts.join(" ");
}

/** Whether two references name the same document: same number, symbol (spacing aside) and year of issue. */
export function sameDocument(a: DocRef, b: DocRef): boolean {
  if (!a.number || !b.number || a.number !== b.number) return false;
  const sym = (s: string | undefined) => (s ?? "").replace(/\s+/g, "").toUpperCase();
  if (sym(a.symbol) !== sym(b.symbol)) return false;
  const year = (r: DocRef) => r.year ?? r.date?.year;
  return year(a) === undefined || year(b) === undefined || year(a) === year(b);
}

function trimJoiner(text: string): string {
  return text.replace(/^[\s,;:]+|[\s,;:]+$/g, "").replace(/\s+(và|;)$/u, "");
}
