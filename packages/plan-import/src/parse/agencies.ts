import { fold, oneLine } from "../text.js";
import { knownSpans } from "./known-agencies.js";

// A list of agencies as plans write it, into names. Commas separate agencies but also sit inside
// names ("Các phòng, ban, đơn vị thuộc UBND thành phố", "UBND các xã, phường", "Sở Văn hóa, Thể
// thao và Du lịch"), and "và" joins agencies but also sits inside names ("Văn phòng HĐND và UBND",
// "Phòng Văn hóa và Thông tin", "Trung tâm VH-TT và Đài TT-TH"). A fragment after a comma starts a
// new agency only when it opens with a word that names a body (Phòng, Sở, UBND, Trung tâm, các …);
// a bare unit noun ("đơn vị", "phường", "thị trấn") continues the name before it.

// Words that open the name of a body or of a group of bodies.
const HEAD =
  /^(van phong|phong|ban chi huy|ban chi dao|ban quan ly|ban dan van|ban tuyen giao|ban to chuc|ban|so|uy ban mat tran|uy ban mttq|uy ban nhan dan|uy ban|ubmttq|ubnd|ub|hoi dong nhan dan|hoi dong|hdnd|trung tam|dai|bao|thi doan|huyen doan|thanh doan|tinh doan|doan thanh nien|doan|hoi|lien doan|mat tran|mttq|cong an|chi cuc|cuc|bo chi huy|bo phan|bo|kho bac|chi nhanh|bao hiem|benh vien|truong|vien|toa an|ngan hang|quan su|dang uy|huyen uy|thi uy|thanh uy|tinh uy|chi bo|to cong tac|to|doi|hat|co quan|chu tich|pho chu tich|thu truong|nguoi dung dau|lanh dao|cong chuc|can bo|tram|thanh tra|doanh nghiep|hop tac xa|don bien phong|thuong truc|thanh vien|giam doc|truong phong|chanh van phong|vp|bch|bql|ttvh|tt|cac|nhung|toan the|moi|tat ca|nhan dan|ca nhan)\b/;

// Nouns that, bare or followed by lower-case words, continue a plural name before them.
const CONTINUATION =
  /^(don vi|dia phuong|ban|nganh|doan the|to chuc|phuong|xa|thi tran|thon|ban|to dan pho|khu pho|tieu khu|ap|lang|hoi|truong hoc|truong|doanh nghiep|ca nhan|co quan|phong|cap|hoi doan the|doan|tru so|so|nganh|dia ban|hop tac xa|chi hoi|hoi vien|doan vien)\b/;

// Capitalised fragments known to continue a ministry-style name: "Văn hóa, Thể thao và Du lịch".
const KNOWN_TAILS =
  /^(the thao( va du lich)?|thong tin( va (the thao|truyen thong))?|thuong binh( va xa hoi)?|xa hoi|du lich|khoa hoc( va cong nghe)?|gia dinh|dao tao)\b/;

export interface AgencySplit {
  names: string[];
  /** Fragments joined to the name before them although they were written with a capital: two agencies may have been meant. */
  doubtful: string[];
}

// A known name stands in the list as one token while it is split, so nothing cuts inside it.
const TOKEN = /⟦(\d+)⟧/g;

function mask(input: string): { text: string; names: string[] } {
  const spans = knownSpans(input);
  if (spans.length === 0) return { text: input, names: [] };
  const names: string[] = [];
  let text = "";
  let at = 0;
  for (const s of spans) {
    text += `${input.slice(at, s.start)}⟦${names.length}⟧`;
    names.push(oneLine(input.slice(s.start, s.end)));
    at = s.end;
  }
  return { text: text + input.slice(at), names };
}

export function splitAgencies(input: string): AgencySplit {
  const doubtful: string[] = [];
  const names: string[] = [];
  const masked = mask(input);
  const unmask = (text: string) => text.replace(TOKEN, (_m, i: string) => masked.names[Number(i)] ?? "");
  for (const piece of topLevel(masked.text)) {
    for (const part of splitOnAnd(piece)) {
      for (const name of mergeCommaFragments(part, doubtful)) {
        const clean = cleanName(unmask(name));
        // "Không", "-", "x": a cell or label filled in to say there is none.
        if (clean && !/^(không|không có|chưa có|-+|x|…|\.+)$/iu.test(clean)) names.push(clean);
      }
    }
  }
  return { names, doubtful: doubtful.map(unmask) };
}

// A line of a list of agencies that ends on a word that joins it to the next line.
const DANGLING = /(?:^|\s)(thuộc|trực thuộc|của|và|các|trên|tại|với|cho|địa bàn|liên quan đến)$/iu;

/**
 * The lines of a cell that lists agencies, as one line: a line break inside a known name or before
 * a word that does not open a name is a wrap (a space); before a new name it separates ("; ").
 */
export function joinAgencyLines(text: string): string {
  if (!text.includes("\n")) return text;
  const spans = knownSpans(text);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch !== "\n") {
      out += ch;
      continue;
    }
    const inside = spans.some((s) => i > s.start && i < s.end);
    const before = out.trimEnd();
    const next = text.slice(i + 1).replace(/^[-–+•*]\s*/u, "");
    // "… đơn vị thuộc" / "UBND thành phố": a line that ends on a joining word goes on.
    const dangling = DANGLING.test(before);
    const separate =
      !inside &&
      !dangling &&
      (/[;.]$/.test(before) || isStarter(next) || /^[-–+•*]\s/u.test(text.slice(i + 1)));
    out = separate ? `${before.replace(/[;,]$/, "")}; ` : `${before} `;
  }
  return out;
}

/** Splits at ";", at line breaks that start a new body, and at ". " before a new sentence. */
function topLevel(input: string): string[] {
  const lines = input.split(/\n+/);
  const joined: string[] = [];
  for (const raw of lines) {
    // "- Phòng Nội vụ;" on its own line in a cell: the bullet is not part of the name.
    const line = raw.trim().replace(/^[-–—+•*]\s*/u, "");
    if (!line) continue;
    const prev = joined[joined.length - 1];
    if (prev !== undefined && ((!isStarter(line) && !/[;.]$/.test(prev)) || DANGLING.test(prev)))
      joined[joined.length - 1] = `${prev} ${line}`;
    else joined.push(line);
  }
  const out: string[] = [];
  for (const line of joined) out.push(...splitOutside(oneLine(line), (text, i) => separatorAt(text, i)));
  return out;
}

function separatorAt(text: string, i: number): number {
  const ch = text[i];
  if (ch === ";") return 1;
  if (ch === "." && text[i + 1] === " ") {
    // "TP. Hưng Yên", "tx. Phước Long": an abbreviation, not the end of a sentence.
    const before = /(\S+)$/.exec(text.slice(0, i))?.[1] ?? "";
    if (/^(tp|tx|tt|p|q|h|x|t|v\.v|ths|ts|ks|bs|ông|bà)$/iu.test(before)) return 0;
    if (/^\p{Lu}/u.test(text.slice(i + 2)) && isStarter(text.slice(i + 2))) return 2;
  }
  return 0;
}

function splitOutside(text: string, sep: (text: string, i: number) => number): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    else if (ch === "“") quote = true;
    else if (ch === "”") quote = false;
    if (depth > 0 || quote) continue;
    const n = sep(text, i);
    if (n > 0) {
      out.push(text.slice(start, i));
      start = i + n;
      i += n - 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

function splitOnAnd(piece: string): string[] {
  const out: string[] = [];
  let rest = piece;
  for (let guard = 0; guard < 20; guard++) {
    const f = fold(rest);
    const re = /\s(?:va|cung)\s+/g;
    let cut = -1;
    let after = 0;
    for (let m = re.exec(f); m; m = re.exec(f)) {
      if (insideBrackets(rest, m.index)) continue;
      const left = rest.slice(0, m.index);
      const right = rest.slice(m.index + m[0].length);
      if (splitsAt(left, right)) {
        cut = m.index;
        after = m.index + m[0].length;
        break;
      }
    }
    if (cut < 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(after);
  }
  out.push(rest);
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

function insideBrackets(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && depth > 0) depth--;
  }
  return depth > 0;
}

function splitsAt(left: string, right: string): boolean {
  const r = fold(right).trim();
  const l = fold(left).trim();
  // "… và các cơ quan, đơn vị liên quan", "… và toàn thể …": a group joins the list.
  if (/^(cac|nhung|toan the|moi|tat ca)\s/.test(r)) return true;
  if (!isStarter(right) || !isStarter(left)) return false;
  if (r.startsWith("⟦")) return true;
  // Names that hold "và" themselves.
  if (/(hdnd|hoi dong nhan dan)$/.test(l) && /^(ubnd|uy ban nhan dan)\b/.test(r)) return false;
  if (/^trung tam\b/.test(lastName(l)) && /^dai\b/.test(r)) return false;
  if (/^(ban|ban chi dao|hoi dong)\b/.test(lastName(l)) && /^(to|doi)\b/.test(r)) return true;
  // A lower-case fragment right after a capitalised one ("Văn hóa và thông tin") continues it.
  return /^\p{Lu}/u.test(right.trim()) || /^(phong|so|ubnd|uy ban|trung tam|van phong)\b/.test(r);
}

function lastName(foldedLeft: string): string {
  const parts = foldedLeft.split(/[,;]\s*/);
  return (parts[parts.length - 1] ?? "").trim();
}

function isStarter(fragment: string): boolean {
  const f = fold(fragment).trim();
  return f.startsWith("⟦") || HEAD.test(f);
}

function mergeCommaFragments(part: string, doubtful: string[]): string[] {
  const fragments = splitOutside(part, (text, i) => (text[i] === "," ? 1 : 0));
  const out: string[][] = [];
  // Whether the name being built names several bodies ("các …"), kept as it grows so a long
  // list stays linear.
  let plural = false;
  for (const fragment of fragments) {
    const prev = out[out.length - 1];
    if (prev === undefined) {
      out.push([fragment]);
      plural = isPlural(fragment);
      continue;
    }
    const kind = classify(fragment, plural);
    if (kind === "start") {
      out.push([fragment]);
      plural = isPlural(fragment);
    } else {
      if (kind === "doubtful") doubtful.push(fragment);
      prev.push(fragment);
      plural ||= isPlural(fragment);
    }
  }
  return out.map((parts) => parts.join(", "));
}

function isPlural(fragment: string): boolean {
  return /\b(cac|nhung)\b/.test(fold(fragment));
}

function classify(fragment: string, plural: boolean): "start" | "continue" | "doubtful" {
  const text = fragment.trim();
  const f = fold(text);
  // The word after the unit noun decides: "đơn vị liên quan" continues a name, "Phòng Số 2" does not.
  const noun = CONTINUATION.exec(f);
  const nextWord = noun ? text.slice(noun[0].length).trim().split(/\s+/)[0] : undefined;
  const bareNoun = noun !== null && (!nextWord || !/^\p{Lu}/u.test(nextWord) || isContinuedNoun(f));
  if (/^\p{Ll}/u.test(text)) {
    if (bareNoun) return "continue";
    if (isStarter(text)) return "start";
    return "continue";
  }
  // "Xã Kim Liên": a capitalised unit word with a proper name is an agency of its own.
  if (/^(xa|phuong|thi tran)\s+\p{L}/u.test(f) && /^\S+\s+\p{Lu}/u.test(text)) return "start";
  if (bareNoun && plural && !/^(cac|nhung)\b/.test(f)) return "continue";
  if (isStarter(text)) return "start";
  if (KNOWN_TAILS.test(f)) return "continue";
  if (bareNoun) return "continue";
  return "doubtful";
}

function isContinuedNoun(f: string): boolean {
  // "đơn vị liên quan", "địa phương có liên quan", "thị trấn trên địa bàn huyện".
  return /^(don vi|dia phuong|xa|phuong|thi tran|ban|nganh|co quan|to chuc|doan the)\b/.test(f);
}

// "… trong phạm vi chức năng, nhiệm vụ của mình", "… theo chức năng, nhiệm vụ được giao": the
// extent of a body's part, not its name.
const SCOPE_AFTER_NAME =
  /\s+(?:trong phạm vi|theo|căn cứ)\s+(?:chức năng|lĩnh vực|thẩm quyền|phạm vi|nhiệm vụ)\b.*$/iu;

function cleanName(name: string): string {
  let out = oneLine(name)
    .replace(SCOPE_AFTER_NAME, "")
    .replace(/^(?:[-–—+•*]\s*|và\s+|cùng\s+|với\s+)+/iu, "")
    .replace(/[\s,;:]+$/u, "")
    .replace(/(?<!\b(?:TP|Tp|tp|TX|Tx|tx|TT|v\.v))\.+$/u, "")
    .trim();
  // A bracket left open or closed by a cut elsewhere: "Phòng Nội vụ (" of "Phòng Nội vụ (phối hợp với …)".
  const open = (out.match(/\(/g) ?? []).length;
  const close = (out.match(/\)/g) ?? []).length;
  if (open > close)
    out = out.startsWith("(") ? out.slice(1).trim() : out.replace(/\s*\((?!.*\)).*$/u, "").trim();
  else if (close > open) out = out.replace(/^\(|\)$/gu, "").trim();
  return out.replace(/[\s,;:]+$/u, "");
}
