import { DIEM_LETTERS } from "@kehoach/text-vi";
import { foldKey } from "../../text/fold.js";
import type { Rule } from "../engine.js";
import { quote } from "../helpers.js";
import type { PlanText } from "../texts.js";
import { agencyRefs } from "./agencies.js";

// Plan-domain §2, rules 24 and 26–31: abbreviations, spelling, normalisation, numbering, headings.

const E = { draft: "error", issued: "error" } as const;
const W = { draft: "warning", issued: "warning" } as const;
const I = { draft: "info", issued: "info" } as const;

// Abbreviations that official documents use without defining them.
const CONVENTIONAL = new Set([
  "UBND",
  "HĐND",
  "MTTQ",
  "TP",
  "TX",
  "VT",
  "KH",
  "QĐ",
  "CT",
  "PCT",
  "TW",
  "CP",
  "NQ",
  "TU",
  "BNV",
  "TTG",
  "VN",
  "CHXHCN",
  "XHCN",
  "STT",
  "TT",
  "NĐ",
  "TTLT",
  "CV",
  "BC",
  "TTR",
  "UBTVQH",
  "QH",
  "HU",
  "TU",
]);
const ROMAN = /^[IVXLC]+$/;
const DOC_CODE = /\d+\s*(?:\/\s*\d{4}\s*)?[/-]\s*[A-ZĐ][A-Za-zĐđ]*(?:[-/][A-ZĐ][A-Za-zĐđ]*)*/gu;
const TOKEN = /(?<![\p{L}\d])[A-ZĐ][A-ZĐ_]+(?![\p{L}\d])/gu;

export const abbreviationUndefined: Rule = {
  id: "abbreviation-undefined",
  spec: 24,
  title: "Chữ viết tắt chưa được định nghĩa hoặc dùng trước khi định nghĩa",
  titleEn: "Abbreviation not defined, or used before it is",
  severity: I,
  check(ctx, report) {
    const allowed = new Set([
      ...CONVENTIONAL,
      ...(ctx.directory?.locality.abbreviations ?? []).map((a) => a.short.toUpperCase()),
    ]);
    // Short forms inside agency names ("Phòng VH&TT", "Đài TT-TH") are a matter of naming (rule 22).
    for (const { ref } of agencyRefs(ctx)) for (const m of ref.name.matchAll(TOKEN)) allowed.add(m[0]);
    const declared = new Set(ctx.plan.abbreviations.map((a) => a.short.toUpperCase()));
    const firstUse = new Map<string, PlanText>();
    const definedAt = new Map<string, number>();
    ctx.texts.forEach((t, index) => {
      if (t.kind === "recipient") return;
      const text = t.text.replace(/\bPAR\s*INDEX\b/gi, "PAR_INDEX").replace(DOC_CODE, " ");
      for (const m of text.matchAll(
        /\(\s*(?:sau đây (?:viết|gọi) tắt là\s+|viết tắt là\s+)?([A-ZĐ][A-ZĐ_]+)\s*\)/gu,
      )) {
        const short = m[1] as string;
        if (!definedAt.has(short)) definedAt.set(short, index);
      }
      for (const m of text.matchAll(TOKEN)) {
        const short = m[0];
        if (ROMAN.test(short) || allowed.has(short)) continue;
        if (!firstUse.has(short)) firstUse.set(short, t);
      }
    });
    for (const [short, t] of firstUse) {
      const defined = definedAt.get(short);
      const shown = short.replace("_", " ");
      const useIndex = ctx.texts.indexOf(t);
      if (defined === undefined && !declared.has(short)) {
        report(
          t.path,
          ctx.say(
            `Chữ viết tắt “${shown}” được dùng mà không được định nghĩa (viết đầy đủ và ghi “(${shown})” ở lần dùng đầu tiên).`,
            `The abbreviation “${shown}” is used without being defined (write it in full with “(${shown})” where it first appears).`,
          ),
        );
      } else if (defined !== undefined && defined > useIndex) {
        report(
          t.path,
          ctx.say(
            `Chữ viết tắt “${shown}” được dùng trước khi được định nghĩa.`,
            `The abbreviation “${shown}” is used before it is defined.`,
          ),
        );
      }
    }
  },
};

// "cải cách" names one of a few reforms; anything else in a title is a slip ("cải cách chính").
const REFORM_OBJECTS =
  /^(hanh chinh|thu tuc hanh chinh|the che|to chuc bo may|che do cong vu|tai chinh cong|tu phap|kinh te|giao duc|chinh sach|cong vu)/;

export const titleTypo: Rule = {
  id: "title-typo",
  spec: 26,
  title: "Lỗi chính tả hoặc sót chữ trong trích yếu",
  titleEn: "Misspelling or missing word in the title",
  severity: E,
  check(ctx, report) {
    const title = ctx.plan.title;
    const folded = foldKey(title);
    for (const m of folded.matchAll(/\bcai cach\s+/g)) {
      const rest = folded.slice((m.index ?? 0) + m[0].length);
      if (!REFORM_OBJECTS.test(rest)) {
        const words = title
          .slice((m.index ?? 0) + m[0].length)
          .split(" ")
          .slice(0, 2)
          .join(" ");
        report(
          ["title"],
          ctx.say(
            `Trích yếu “${title}” có cụm “cải cách ${words}”: có thể sót chữ (ví dụ “cải cách hành chính”).`,
            `The title “${title}” reads “cải cách ${words}”: a word may be missing after “reform”.`,
          ),
        );
      }
    }
    for (const hit of confusables(title)) {
      report(
        ["title"],
        ctx.say(
          `Trích yếu có “${hit.found}”: có thể là lỗi chính tả của “${hit.suggestion}”.`,
          `The title has “${hit.found}”: perhaps a misspelling of “${hit.suggestion}”.`,
        ),
      );
    }
  },
};

// Misspellings seen in real plans and the usual confusions of administrative text. Each pattern
// runs on the folded text (no accents) and is confirmed on the accented original.
const CONFUSABLES: { pattern: RegExp; wrong: RegExp; suggestion: string }[] = [
  { pattern: /\btinh hinh\b/, wrong: /tính hình(?! thức)/iu, suggestion: "tình hình" },
  { pattern: /\bhai long\b/, wrong: /hải lòng/iu, suggestion: "hài lòng" },
  { pattern: /\bnhung nhieu\b/, wrong: /những nhiễu/iu, suggestion: "nhũng nhiễu" },
  {
    pattern: /\bcong( |\/)(thong tin|trang)/,
    wrong: /\bcông( thông tin|\/trang)/iu,
    suggestion: "Cổng thông tin / Cổng/Trang",
  },
  { pattern: /\btinh giam bien che\b/, wrong: /tinh giảm biên chế/iu, suggestion: "tinh giản biên chế" },
  { pattern: /\bday manh\b/, wrong: /đầy mạnh/iu, suggestion: "đẩy mạnh" },
  {
    pattern: /\bchuong trinh tong (?!the|hop|ket|quat)/,
    wrong: /chương trình tổng (?!thể|hợp|kết|quát)/iu,
    suggestion: "Chương trình tổng thể",
  },
  { pattern: /\bhieu qua tac\b/, wrong: /hiệu quả tác\b/iu, suggestion: "hiệu quả công tác" },
  { pattern: /\bphuc luc\b/, wrong: /phục lục/iu, suggestion: "phụ lục" },
  { pattern: /\bsu ly\b/, wrong: /sử lý/iu, suggestion: "xử lý" },
  { pattern: /\bxu dung\b/, wrong: /xử dụng/iu, suggestion: "sử dụng" },
  { pattern: /\bbo xung\b/, wrong: /bổ xung/iu, suggestion: "bổ sung" },
  { pattern: /\bsat nhap\b/, wrong: /sát nhập/iu, suggestion: "sáp nhập" },
  { pattern: /\bxuat xac\b/, wrong: /xuất xắc/iu, suggestion: "xuất sắc" },
  { pattern: /\bchinh sac\b/, wrong: /chính sác/iu, suggestion: "chính xác" },
  { pattern: /\bthu tuc hanh trinh\b/, wrong: /thủ tục hành trình/iu, suggestion: "thủ tục hành chính" },
  { pattern: /\bgianh cho\b/, wrong: /giành cho/iu, suggestion: "dành cho" },
];

function confusables(text: string): { found: string; suggestion: string; index: number }[] {
  const folded = foldKey(text);
  const out: { found: string; suggestion: string; index: number }[] = [];
  for (const c of CONFUSABLES) {
    if (!c.pattern.test(folded)) continue;
    const m = c.wrong.exec(text);
    if (m) out.push({ found: m[0], suggestion: c.suggestion, index: m.index });
  }
  return out;
}

export const spelling: Rule = {
  id: "spelling",
  spec: 27,
  title: "Lỗi chính tả thường gặp",
  titleEn: "Common misspellings",
  severity: W,
  check(ctx, report) {
    for (const t of ctx.texts) {
      if (t.kind === "title") continue;
      for (const hit of confusables(t.text)) {
        const words = quote(t.text, hit.index, hit.found.length, 25);
        report(
          t.path,
          ctx.say(
            `“${words}”: “${hit.found}” có thể là lỗi chính tả của “${hit.suggestion}”.`,
            `“${words}”: “${hit.found}” is perhaps a misspelling of “${hit.suggestion}”.`,
          ),
        );
      }
      const repeated = /(?<![\p{L}])(\p{L}+ \p{L}+) \1(?![\p{L}])/iu.exec(t.text);
      if (repeated)
        report(
          t.path,
          ctx.say(
            `Cụm từ “${repeated[1]}” bị lặp lại liền nhau.`,
            `The words “${repeated[1]}” are repeated.`,
          ),
        );
    }
  },
};

// Syllables whose tone mark two conventions place differently (nd30-layout §11.2).
const OLD_STYLE = /(?<![\p{L}])\p{L}*(oà|oá|oả|oã|oạ|oè|oé|oẻ|oẽ|oẹ|uỳ|uý|uỷ|uỹ|uỵ)(?![\p{L}])/giu;
const NEW_STYLE = /(?<![\p{L}])\p{L}*(òa|óa|ỏa|õa|ọa|òe|óe|ỏe|õe|ọe|ùy|úy|ủy|ũy|ụy)(?![\p{L}])/giu;

export const normalisation: Rule = {
  id: "text-normalisation",
  spec: 28,
  title: "Chuẩn hóa văn bản (dấu thanh, dấu cách, ký tự lạ)",
  titleEn: "Text clean-up (tone marks, spaces, stray characters)",
  severity: I,
  check(ctx, report) {
    let oldStyle: { word: string; path: PlanText["path"] } | undefined;
    let newStyle: { word: string; path: PlanText["path"] } | undefined;
    for (const t of ctx.texts) {
      // In "quý", "quỳ" the u belongs to the consonant "qu": the mark has one place only.
      const old = [...t.text.matchAll(OLD_STYLE)].find((m) => !/^qu/iu.test(m[0]));
      const modern = [...t.text.matchAll(NEW_STYLE)].find((m) => !/^qu/iu.test(m[0]));
      if (old && !oldStyle) oldStyle = { word: old[0], path: t.path };
      if (modern && !newStyle) newStyle = { word: modern[0], path: t.path };
      const space = /\S(\s+)[;,.:)](?=\s|$)/u.exec(t.text);
      if (space) {
        const words = quote(t.text, space.index, 3, 15);
        report(
          t.path,
          ctx.say(
            `Có dấu cách thừa trước dấu câu: “${words}”.`,
            `A space too many before a punctuation mark: “${words}”.`,
          ),
        );
      }
      const stray = /(?:^|\s)(\*[^\s*]{1,3}\*)(?=\s|$)/u.exec(t.text);
      if (stray)
        report(
          t.path,
          ctx.say(
            `Ký tự lạ “${stray[1]}” (có thể do quét ảnh hoặc sao chép): “${quote(t.text, stray.index, stray[0].length, 15)}”.`,
            `A stray “${stray[1]}” (perhaps from a scan or a copy): “${quote(t.text, stray.index, stray[0].length, 15)}”.`,
          ),
        );
    }
    for (const [i, appendix] of ctx.plan.appendices.entries()) {
      const text = appendix.backRef?.text;
      if (text && /\d\s+\/|\/\s+[A-ZĐ]/u.test(text)) {
        report(
          ["appendices", i, "backRef"],
          ctx.say(
            `Số, ký hiệu có dấu cách thừa: “${text}” (viết liền, ví dụ “06/KH-UBND”).`,
            `Spaces inside the number and symbol: “${text}” (write them together, as in “06/KH-UBND”).`,
          ),
        );
      }
    }
    if (oldStyle && newStyle) {
      report(
        oldStyle.path,
        ctx.say(
          `Văn bản dùng hai kiểu đặt dấu thanh (“${oldStyle.word}” và “${newStyle.word}”); nên thống nhất một kiểu.`,
          `The text places tone marks in two ways (“${oldStyle.word}” and “${newStyle.word}”); keep to one.`,
        ),
      );
    }
  },
};

export const pointLettering: Rule = {
  id: "point-lettering",
  spec: 29,
  title: "Đánh thứ tự điểm a), b), c) sai",
  titleEn: "Points a), b), c) lettered wrongly",
  severity: W,
  check(ctx, report) {
    const checkSequence = (letters: { letter: string; path: PlanText["path"] }[]) => {
      letters.forEach((item, i) => {
        if (!DIEM_LETTERS.includes(item.letter)) {
          report(
            item.path,
            ctx.say(
              `Điểm “${item.letter})” không có trong bảng chữ cái tiếng Việt (a, b, c, d, đ, e, g, h…); NĐ 30 đánh thứ tự điểm bằng chữ cái tiếng Việt.`,
              `The point “${item.letter})” is not a letter of the Vietnamese alphabet; Decree 30 letters points with the Vietnamese alphabet.`,
            ),
          );
          return;
        }
        const expected = DIEM_LETTERS[i];
        if (item.letter !== expected && i > 0) {
          report(
            item.path,
            ctx.say(
              `Điểm “${item.letter})” không liền sau điểm trước (cần “${expected})”).`,
              `The point “${item.letter})” does not follow the one before (“${expected})” is expected).`,
            ),
          );
        }
      });
    };
    // Task numbering: the last part of each ref among siblings ("2.2.d" → "d").
    const siblings = new Map<string, { letter: string; path: PlanText["path"] }[]>();
    for (const node of ctx.nodes) {
      const ref = node.task.ref?.trim();
      const m = ref ? /(?:^|\.)([a-zđ])\)?$/u.exec(ref) : null;
      if (!m) continue;
      const parent = node.parent?.task.id ?? "";
      const list = siblings.get(parent) ?? [];
      list.push({ letter: m[1] as string, path: [...node.path, "ref"] });
      siblings.set(parent, list);
    }
    for (const list of siblings.values()) checkSequence(list);
    // Points written at the start of paragraphs inside a section.
    ctx.plan.sections.forEach((section, s) => {
      let run: { letter: string; path: PlanText["path"] }[] = [];
      section.content.forEach((block, b) => {
        const m = block.kind !== "slot" ? /^([a-zđ])\)\s/u.exec(block.text) : null;
        if (m) run.push({ letter: m[1] as string, path: ["sections", s, "content", b, "text"] });
        else if (block.kind === "heading") {
          checkSequence(run);
          run = [];
        }
      });
      checkSequence(run);
    });
  },
};

const TOPICS: [RegExp, string, string][] = [
  [/^noi dung\b/, "nội dung", "content"],
  [/^hinh thuc\b/, "hình thức", "forms"],
  [/^doi tuong\b/, "đối tượng", "audiences"],
  [/^thoi gian\b/, "thời gian", "timing"],
  [/^muc dich\b/, "mục đích", "purposes"],
  [/^muc tieu\b/, "mục tiêu", "objectives"],
  [/^yeu cau\b/, "yêu cầu", "requirements"],
  [/^kinh phi\b/, "kinh phí", "budget"],
];

export const headingMismatch: Rule = {
  id: "heading-content-mismatch",
  spec: 30,
  title: "Tiêu đề mục không khớp nội dung",
  titleEn: "Section heading not matching its content",
  severity: W,
  check(ctx, report) {
    ctx.plan.sections.forEach((section, s) => {
      const heading = foldKey(section.heading);
      const listed = TOPICS.filter(([re]) => heading.split(/,| va /).some((part) => re.test(part.trim())));
      if (listed.length === 0) return;
      section.content.forEach((block, b) => {
        if (block.kind !== "heading") return;
        const topic = TOPICS.find(([re]) => re.test(foldKey(block.text)));
        if (topic && !listed.includes(topic)) {
          report(
            ["sections", s, "content", b],
            ctx.say(
              `Mục “${section.heading}” có phần “${block.text}”, nhưng tiêu đề mục không nhắc đến ${topic[1]}.`,
              `The section “${section.heading}” has a part “${block.text}”, but its heading does not mention ${topic[2]}.`,
            ),
          );
        }
      });
    });
  },
};

export const outlineNumbering: Rule = {
  id: "outline-numbering",
  spec: 30,
  title: "Đánh số đề mục kiểu 1.1 không theo NĐ 30",
  titleEn: "Headings numbered 1.1, not as Decree 30 requires",
  severity: W,
  check(ctx, report) {
    const decimal = ctx.nodes.filter((n) => /^\d+\.\d+/.test(n.task.ref ?? ""));
    if (decimal.length > 0) {
      const first = decimal[0] as (typeof decimal)[number];
      const refs = decimal
        .map((n) => n.task.ref)
        .slice(0, 3)
        .join(", ");
      report(
        [...first.path, "ref"],
        ctx.say(
          `Nhiệm vụ được đánh số kiểu “${refs}”; NĐ 30 dùng các cấp I. → 1. → a) → - → +.`,
          `Tasks are numbered “${refs}”; Decree 30 uses the levels I. → 1. → a) → - → +.`,
        ),
      );
    }
  },
};

export const indexNames: Rule = {
  id: "index-name",
  spec: 31,
  title: "Tên chỉ số viết không thống nhất",
  titleEn: "Index names written inconsistently",
  severity: I,
  check(ctx, report) {
    for (const t of ctx.texts) {
      const m = /\b(PARINDEX|Par ?Index|PAR-INDEX|Par-Index|PAR Index|Chỉ số PAR)\b/u.exec(t.text);
      if (m && m[0] !== "PAR INDEX")
        report(
          t.path,
          ctx.say(
            `“${m[0]}” nên viết thống nhất là “PAR INDEX” (Chỉ số cải cách hành chính).`,
            `Write “${m[0]}” as “PAR INDEX” (the public administration reform index) throughout.`,
          ),
        );
    }
    ctx.plan.indices.forEach((index, i) => {
      const key = index.replace(/[\s_-]+/g, "").toUpperCase();
      const canonical = { PARINDEX: "PAR_INDEX", SIPAS: "SIPAS", PAPI: "PAPI", PCI: "PCI" }[key];
      if (canonical && canonical !== index) {
        report(
          ["indices", i],
          ctx.say(
            `Chỉ số “${index}” nên ghi là “${canonical}” để các báo cáo gộp được với nhau.`,
            `Record the index “${index}” as “${canonical}” so that reports can be combined.`,
          ),
        );
      }
    });
  },
};
