import type { AdminLevel, Issuer } from "@kehoach/plan-model";
import { capsToSentence, fold, upperFirst } from "../text.js";

// The issuing body: from the header's capitals ("ỦY BAN NHÂN DÂN / THỊ XÃ PHƯỚC LONG", or "UBND
// TỈNH SƠN LA / SỞ NỘI VỤ" with its parent body above it), or, when the header table was lost, from
// the lead-in sentence ("Ủy ban nhân dân huyện Yên Châu ban hành Kế hoạch …"), the title ("… trên
// địa bàn thị xã Phước Long") and the place of the date line.

const BODY_START =
  /^(uy ban|ubnd|hoi dong|hdnd|so |phong |ban |van phong|trung tam|dang uy|huyen uy|tinh uy|thi uy|thanh uy|mat tran|cong an|chi cuc|cuc |bo |kho bac|bao hiem|doan |hoi |tong cuc)/;

const PROVINCE_CITIES = /^(ha noi|ho chi minh|hai phong|da nang|can tho|hue)$/;

export type IssuerDraft = Issuer & { level?: AdminLevel | undefined };

function expand(caps: string): string {
  return caps
    .replace(/^UBND\b/u, "ỦY BAN NHÂN DÂN")
    .replace(/^HĐND\b/u, "HỘI ĐỒNG NHÂN DÂN")
    .replace(/\bTP\.\s*/u, "THÀNH PHỐ ");
}

export function levelOf(name: string): AdminLevel | undefined {
  const f = fold(name);
  const m = /\b(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\s+(.+)$/.exec(f);
  if (!m) return undefined;
  switch (m[1]) {
    case "tinh":
      return "province";
    case "thanh pho":
      return PROVINCE_CITIES.test((m[2] as string).trim()) ? "province" : "district";
    case "huyen":
    case "quan":
    case "thi xa":
      return "district";
    default:
      return "commune";
  }
}

const HEADS =
  /^(Phòng|Sở|Ban|Trung tâm|Văn phòng|Chi cục|Cục|Đài|Hội|Đoàn|Thanh tra|Kho bạc|Bảo hiểm xã hội|Công an|Tổng cục) (\p{Ll})/u;

/** "Phòng nội vụ" → "Phòng Nội vụ": the name after a body word starts with a capital, as in "Sở Giáo dục và Đào tạo". */
function agencyCase(name: string): string {
  const m = HEADS.exec(name);
  if (!m) return name;
  const head = m[1] as string;
  const rest = name.slice(head.length + 1);
  const cased = rest
    .charAt(0)
    .toLocaleUpperCase("vi")
    .concat(rest.slice(1))
    .replace(
      /( và | - |, )(\p{Ll})/gu,
      (_m, sep: string, ch: string) => `${sep}${ch.toLocaleUpperCase("vi")}`,
    );
  return `${head} ${cased}`;
}

export function issuerFromLines(input: string[]): IssuerDraft | undefined {
  // "ỦY" / "BAN NHÂN DÂN": a copy that cut the body's name after its first word.
  const lines: string[] = [];
  for (const line of input) {
    const prev = lines[lines.length - 1];
    if (prev !== undefined && prev.trim().split(/\s+/).length === 1)
      lines[lines.length - 1] = `${prev.trim()} ${line.trim()}`;
    else lines.push(line);
  }
  const bodies: string[][] = [];
  for (const line of lines) {
    const f = fold(line).trim();
    if (BODY_START.test(f) || bodies.length === 0) bodies.push([line]);
    else (bodies[bodies.length - 1] as string[]).push(line);
  }
  const last = bodies[bodies.length - 1];
  if (!last || last.length === 0) return undefined;
  // A header names its body in one to four lines; more capitals are something else.
  const own = last.slice(0, 4);
  const headerLines = own.map((l, i) => {
    const s = agencyCase(capsToSentence(expand(l)));
    return i === 0 ? s : s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);
  });
  const name = headerLines.join(" ");
  const parent =
    bodies.length > 1
      ? agencyCase(capsToSentence(expand((bodies[bodies.length - 2] as string[]).join(" "))))
      : undefined;
  const level = levelOf(parent ?? name) ?? levelOf(name);
  return { name, headerLines, ...(parent ? { parentBody: parent } : {}), ...(level ? { level } : {}) };
}

const UNIT = "(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)";
const NAME = String.raw`((?:\s+(?:[\p{Lu}\d][\p{L}\p{M}\d]*|[\p{Lu}]\.))+)?`;

/** What an issuer missing from the header was inferred from (worded by the finding that says so). */
export type IssuerClue =
  | "lead-in"
  | "lead-in-and-title"
  | "lead-in-and-place"
  | "signature-and-place"
  | "title-and-place";

/** The issuer named in running text, completed from the title or place when the name is left out. */
export function inferIssuer(
  texts: string[],
  title: string,
  place: string,
  collective: string | undefined,
): { issuer: IssuerDraft; from: IssuerClue } | undefined {
  const re = new RegExp(
    String.raw`(Ủy ban nhân dân|Uỷ ban nhân dân|UBND)(?:\s*\([^)]*\))?\s+${UNIT}${NAME}`,
    "u",
  );
  for (const text of texts) {
    const m = re.exec(text);
    if (!m) continue;
    const unit = (m[2] as string).toLocaleLowerCase("vi");
    let name = (m[3] ?? "").trim();
    let from: IssuerClue = "lead-in";
    if (!name) {
      const inTitle = new RegExp(
        String.raw`${unit}\s+([\p{Lu}][\p{L}\p{M}]*(?:\s+[\p{Lu}][\p{L}\p{M}]*)*)`,
        "u",
      ).exec(title);
      if (inTitle) {
        name = inTitle[1] as string;
        from = "lead-in-and-title";
      } else if (place) {
        name = place.replace(/^(TP|Tp|TX|Tx|tp|tx)\.\s*/u, "").trim();
        from = "lead-in-and-place";
      }
    }
    const full = `Ủy ban nhân dân ${unit}${name ? ` ${name}` : ""}`;
    const level = levelOf(full);
    return {
      issuer: {
        name: full,
        headerLines: ["Ủy ban nhân dân", `${unit}${name ? ` ${name}` : ""}`],
        ...(level ? { level } : {}),
      },
      from,
    };
  }
  if (collective && place) {
    const name = `${upperFirst(collective.toLocaleLowerCase("vi"))} ${place}`;
    return { issuer: { name }, from: "signature-and-place" };
  }
  return undefined;
}
