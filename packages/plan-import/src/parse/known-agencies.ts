import { fold } from "../text.js";

// Names of Vietnamese public bodies that hold a comma, a "và" or a line break, so a list of
// agencies is never cut inside one: the compound offices of local government, two-tier (since
// 1/7/2025: province and commune) and three-tier (province, district, commune, before), the Front
// with its member organisations, and the departments whose names list several fields. A locality
// directory adds its own names. Where names overlap, the longest wins.

const UNIT = String.raw`(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|tx\.?|xa|phuong|thi tran|dac khu)`;
const SP = String.raw`\s+`;
const AND = String.raw`\s*(?:va|&|,)\s*`;

const BUILT_IN: RegExp[] = [
  // Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh (2025 on), Văn phòng HĐND và UBND (huyện, xã before).
  `van phong doan${SP}(?:dai bieu quoc hoi|dbqh)${AND}(?:hoi dong nhan dan|hdnd)${AND}(?:uy ban nhan dan|ubnd)`,
  `van phong${SP}(?:hoi dong nhan dan|hdnd)${AND}(?:uy ban nhan dan|ubnd)`,
  `van phong${SP}(?:dai bieu quoc hoi|dbqh)${AND}(?:hoi dong nhan dan|hdnd)`,
  // Ủy ban MTTQ Việt Nam (xã) và các tổ chức chính trị - xã hội (xã).
  String.raw`(?:uy ban|ub)${SP}?(?:mat tran to quoc|mttq)(?:${SP}viet nam)?(?:${SP}(?!va\b)[^\s,;]+){0,5}?\s*(?:va|,)\s*cac${SP}(?:to chuc|doan the)${SP}chinh tri\s*-\s*xa hoi`,
  String.raw`(?:ubmttq|mttq|mat tran to quoc)(?:${SP}viet nam)?(?:${SP}(?!va\b)[^\s,;]+){0,5}?\s*(?:va|,)\s*cac${SP}(?:to chuc|doan the)${SP}chinh tri\s*-\s*xa hoi`,
  // Departments and offices named by several fields.
  `(?:so|bo|phong|cuc)${SP}van hoa,?${SP}the thao${SP}va${SP}du lich`,
  String.raw`(?:so|bo|phong)${SP}lao dong\s*-\s*thuong binh${SP}va${SP}xa hoi`,
  `(?:so|bo|phong)${SP}(?:giao duc${SP}va${SP}dao tao|khoa hoc${SP}va${SP}cong nghe|tai nguyen${SP}va${SP}moi truong|nong nghiep${SP}va${SP}(?:phat trien nong thon|moi truong)|ke hoach${SP}va${SP}dau tu|thong tin${SP}va${SP}truyen thong|dan toc${SP}va${SP}ton giao|van hoa${SP}va${SP}thong tin|kinh te,?${SP}ha tang${SP}va${SP}do thi|kinh te${SP}va${SP}ha tang|tai chinh${SP}va${SP}ke hoach|van hoa,?${SP}khoa hoc${SP}va${SP}thong tin|y te${SP}va${SP}xa hoi|noi vu${SP}va${SP}lao dong)`,
  `bao${SP}va${SP}phat thanh,?${SP}truyen hinh`,
  `dai${SP}phat thanh${SP}(?:va|-)${SP}truyen hinh`,
  String.raw`dai${SP}truyen thanh\s*(?:-|va)\s*truyen hinh`,
  String.raw`trung tam${SP}(?:van hoa|truyen thong|thong tin)(?:\s*(?:,|-|va)\s*(?:thong tin|the thao|truyen thanh|truyen thong|du lich|van hoa|truyen hinh))+`,
  String.raw`trung tam${SP}(?:phuc vu hanh chinh cong|y te|giao duc nghe nghiep\s*-\s*giao duc thuong xuyen)`,
  String.raw`hoi dong${SP}(?:thi dua|phoi hop)(?:${SP}[^\s,;]+){0,4}?,${SP}khen thuong`,
  // A wrap may fall between any two words of a name.
].map((re) => new RegExp(re.replace(/ /g, String.raw`\s+`), "g"));

// The words that may follow a compound name: its unit and the unit's name ("UBND tỉnh", "… xã Kim Liên").
const UNIT_AFTER = new RegExp(String.raw`^\s+${UNIT}(?![\p{L}\d])`, "u");
const NAME_WORD = /^\s+(\p{Lu}[\p{L}\p{M}\d]*)/u;

function placeAfter(text: string, folded: string, at: number): number {
  const unit = UNIT_AFTER.exec(folded.slice(at));
  if (!unit) return at;
  let end = at + unit[0].length;
  for (let k = 0; k < 3; k++) {
    const word = NAME_WORD.exec(text.slice(end));
    if (!word || fold(word[1] as string) === "va") break;
    end += word[0].length;
  }
  return end;
}

export interface KnownSpan {
  start: number;
  end: number;
}

let directory: RegExp[] = [];

/** Names from the locality directory, for the splits made while `run` runs (parsing is synchronous). */
export function withKnownNames<T>(names: readonly string[], run: () => T): T {
  const before = directory;
  directory = names
    .map((n) => fold(n).trim())
    .filter((n) => n.length >= 6 && /[,;]|\sva\s|\n/.test(n))
    .slice(0, 2000)
    .map((n) => new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"), "g"));
  try {
    return run();
  } finally {
    directory = before;
  }
}

// Lists of agencies repeat through a plan ("Các phòng, ban, đơn vị …" under every task): the spans
// of the last few hundred are kept, per directory.
const cache = new Map<string, KnownSpan[]>();
let cachedFor: RegExp[] | undefined;

/** Known names in a text, longest first, never overlapping. */
export function knownSpans(text: string): KnownSpan[] {
  if (cachedFor !== directory) {
    cache.clear();
    cachedFor = directory;
  }
  const hit = cache.get(text);
  if (hit) return hit;
  const spans = findSpans(text);
  if (cache.size >= 512) cache.delete(cache.keys().next().value as string);
  cache.set(text, spans);
  return spans;
}

function findSpans(text: string): KnownSpan[] {
  const f = fold(text);
  if (!/\s(?:va|&)\s|,|\n/.test(f)) return [];
  const found: KnownSpan[] = [];
  for (const re of [...directory, ...BUILT_IN]) {
    re.lastIndex = 0;
    for (let m = re.exec(f); m; m = re.exec(f)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // A name starts a word.
      if (m.index > 0 && /[\p{L}\d]/u.test(f.charAt(m.index - 1))) continue;
      found.push({ start: m.index, end: placeAfter(text, f, m.index + m[0].length) });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: KnownSpan[] = [];
  for (const s of found) if (!out.some((o) => s.start < o.end && o.start < s.end)) out.push(s);
  return out.sort((a, b) => a.start - b.start);
}
