import { parseLabel } from "../parse/labels.js";
import { fold, isAllCaps, startsLower } from "../text.js";
import type { Paragraph, SourceNote } from "./blocks.js";
import type { TextLine } from "./lines.js";

// Lines into paragraphs. A page break in the copied text splits a sentence in two ("góp phần
// nâng" / "cao dân trí"), often with blank lines between; such halves are joined back when the
// first does not end a sentence and the second does not start a new item. A web copy wrapped at a
// fixed width (see `wrapWidth`) has every long paragraph cut into lines: a line that filled the
// width goes on in the next one unless that one opens an item.

const ENDS_SENTENCE = /[.:;!?…)"”»\]]$/u;
const FUNCTION_WORD_END =
  /(,|\s(?:và|của|các|với|về|trong|cho|tại|theo|đến|là|được|những|từ|để|nhằm|như|hoặc|số|ngày|tháng|năm|quý|giai đoạn))$/iu;
// The first words of a name that goes on after " - ": "Sở Lao động" / "- Thương binh và Xã hội".
const NAME_BEFORE_DASH =
  /(lao động|tài chính|văn hóa|văn hoá|kinh tế|truyền thanh|truyền thông|giáo dục|y tế)$/iu;
const NAME_AFTER_DASH =
  /^[-–]\s+(thương binh|xã hội|kế hoạch|thông tin|thể thao|du lịch|truyền hình|đào tạo|hạ tầng)\b/iu;
const ITEM_START =
  /^(?:[-+•·▪◦–—*§Øü\uF000-\uF0FF]\s|o\t|[a-zđ][).]\s|[A-ZĐ][.)]\s|\d{1,3}(?:\.\d{1,2})*[.)]?\s|[IVXLC]{1,6}[.)]\s|điều\s+\d|phần\s+[ivx\d])/iu;
// Lines that open a part of the văn bản whatever precedes them.
const OWN_LINE =
  /^(noi nhan|tm\.|kt\.|tl\.|tuq\.|q\.\s|ke hoach$|quyet dinh:?$|cong hoa xa hoi|doc lap|phu luc\b|can cu\b|thuc hien\b|tren day|so\s*:|[^,]{2,40}, ngay\b)/;
// The line naming who decides, under a QĐ's title: "ỦY BAN NHÂN DÂN TỈNH …", "CHỦ TỊCH ỦY BAN …".
const AUTHORITY =
  /^((pho )?chu tich |giam doc |bo truong )?(uy ban nhan dan|hoi dong nhan dan)\s+(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b/;
// Columns set apart by runs of spaces (a PDF copied as text): a layout line, never a wrapped one.
const LAYOUT = /\S {3,}\S|^ {4,}/;

interface Open {
  para: Paragraph;
  /** Length of its last source line as written, and whether that line ended in a hard break. */
  width: number;
  hardBreak: boolean;
  /** Known from the line's position (a PDF): it reached the right margin. */
  full: boolean | undefined;
  /** Its last line left a bold run open. */
  boldOpen?: boolean;
}

/** "1. …", "2.3. …", "II. …": a numbered heading (the bold ones wrap inside their run). */
function isNumberedHeading(text: string): boolean {
  const label = parseLabel(text);
  return (
    label !== null &&
    ["roman", "dec1", "dec2", "dec3", "upper", "part"].includes(label.style) &&
    text.length < 300
  );
}

export function linesToParagraphs(lines: TextLine[], notes: SourceNote[], wrap?: number): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Open | undefined;
  let gap = false;
  for (const line of lines) {
    const layout = LAYOUT.test(line.text);
    const text = line.text.replace(/\t+/g, "\t").trim();
    if (text === "") {
      gap = true;
      continue;
    }
    const last = line.to ?? line.no;
    const prev = open?.para;
    const wrapped =
      open !== undefined &&
      !gap &&
      !open.hardBreak &&
      (open.full ?? (wrap !== undefined && open.width >= wrap * 0.75)) &&
      !layout &&
      continuesWrapped(open.para.text, text);
    // "**1. Phổ biến, giáo dục Luật" / "Việc làm và các văn bản …**": a numbered heading whose
    // bold run goes on over the wrap is one heading.
    const boldHeading =
      open !== undefined && !gap && open.boldOpen && isNumberedHeading(open.para.text) && !parseLabel(text);
    if (prev && !prev.heading && !line.heading && (wrapped || boldHeading || shouldJoin(prev.text, text))) {
      const hyphen = /^[-–]\s+\p{Ll}/u.test(text);
      prev.text = hyphen ? `${prev.text} - ${text.replace(/^[-–]\s+/u, "")}` : `${prev.text} ${text}`;
      if (gap || line.no > prev.lines.to + 1)
        notes.push({ code: "paragraph-joined", lines: { from: prev.lines.to, to: last } });
      prev.lines = { from: prev.lines.from, to: last };
      prev.bold = prev.bold && line.bold;
      prev.italic = prev.italic && line.italic;
    } else {
      const para: Paragraph = {
        kind: "para",
        text,
        lines: { from: line.no, to: last },
        bold: line.bold,
        italic: line.italic,
        heading: line.heading,
      };
      out.push(para);
      open = { para, width: 0, hardBreak: false, full: undefined };
    }
    if (open) {
      open.width = line.width ?? line.text.length;
      open.hardBreak = line.hardBreak === true;
      open.full = line.full;
      open.boldOpen = line.boldOpen === true;
    }
    gap = false;
  }
  return out;
}

/** After a line cut at the wrap width: the next line is the same paragraph unless it opens an item or a part. */
function continuesWrapped(prev: string, next: string): boolean {
  if (prev.includes("\t") || next.includes("\t") || LAYOUT.test(prev) || LAYOUT.test(next)) return false;
  if (/[.;!?]$/u.test(prev) && !/^\p{Ll}/u.test(next)) return false;
  // A heading in capitals does not go on in sentence case, nor a sentence in a line of capitals.
  if (isAllCaps(prev) && !isAllCaps(next)) return false;
  if (!isAllCaps(prev) && isAllCaps(next) && next.length > 15) return false;
  if (/:$/.test(prev) && !startsLower(next)) return false;
  // "ỦY BAN NHÂN DÂN TỈNH …" under a QĐ's title in capitals is its authority line, not more title.
  if (isAllCaps(next) && AUTHORITY.test(fold(next)) && !FUNCTION_WORD_END.test(prev)) return false;
  if (parseLabel(next) !== null) return /^[-–]\s+\p{Ll}/u.test(next) && /\p{L}$/u.test(prev);
  // "KẾ HOẠCH" / "QUYẾT ĐỊNH" on their own line are the type; "Kế hoạch" after a wrap is a word.
  if (/^(ke hoach|quyet dinh):?$/.test(fold(next).trim())) return !isAllCaps(next);
  return !OWN_LINE.test(fold(next));
}

const MOTTO = ["cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc"];

function shouldJoin(prev: string, next: string): boolean {
  if (prev.includes("\t") || next.includes("\t")) return false;
  // "CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM": the motto cut by a narrow cell.
  const fp = fold(prev).replace(/\s+/g, " ").trim();
  const joined = `${fp} ${fold(next).replace(/\s+/g, " ").trim()}`;
  if (MOTTO.some((m) => m !== fp && m.startsWith(fp) && (m.startsWith(joined) || joined.startsWith(m))))
    return true;
  // "**1.**" / "**Công an tỉnh:**", "Điều 1." / "Ban hành …": a number alone on its line, its words on the next.
  if (
    /^(?:(?:điều|phần)\s+\d{1,3}[.:]?|[IVXL]{1,5}[.)]|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđA-ZĐ][.)])$/iu.test(
      prev.trim(),
    )
  )
    return true;
  // "-" / "Tuyên truyền …": a bullet's dash left alone by a wrap; never before a part of the
  // document that stands on its own ("KẾ HOẠCH", a heading in capitals).
  if (/^[-+•–]$/u.test(prev.trim()) && !isAllCaps(next) && !OWN_LINE.test(fold(next))) return true;
  // "**II. NỘI" / "DUNG THỰC HIỆN**": a heading in capitals wrapped before its end.
  if (
    /^(?:[IVXL]{1,5}|[A-ZĐ]|phần\s+[ivx\d]+)[.):]\s*\S/iu.test(prev) &&
    isAllCaps(prev) &&
    isAllCaps(next)
  ) {
    const f = fold(next);
    if (
      !parseLabel(next) &&
      !OWN_LINE.test(f) &&
      !/^(pho )?(chu tich|giam doc|truong ban)\b/.test(f) &&
      prev.length + next.length < 200
    )
      return true;
  }
  // "Sở Lao động" / "- Thương binh và Xã hội": a name wrapped before its dash, not a bullet.
  if (NAME_AFTER_DASH.test(next) && NAME_BEFORE_DASH.test(prev)) return true;
  // "Số:" / "7360/KH-UBND": a header label whose value went to the next line.
  if (/^(số|so)\s*:$/iu.test(prev.trim()) && /^\d|^\/|^[.…_]/u.test(next)) return true;
  // "Tiền" / "Giang, ngày 07 tháng 12 năm 2022": a place name wrapped by a narrow header cell.
  if (
    /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+(?:\p{Lu}[\p{Ll}\p{M}]*|phố|xã|trấn)){0,3}$/u.test(prev.trim()) &&
    /^\p{Lu}[^,\d]{0,30},\s*ngày\b/u.test(next)
  )
    return true;
  if (ENDS_SENTENCE.test(prev)) return false;
  // "phòng Tài chính -" / "Kế hoạch": a name or a range cut after its dash.
  if (/\s[-–]$/u.test(prev) && !ITEM_START.test(next)) return true;
  // "- xã hội thành phố: …" after "… các tổ chức chính trị": the hyphen of a compound, not a bullet.
  if (/^[-–]\s+\p{Ll}/u.test(next)) return /\p{L}$/u.test(prev);
  if (ITEM_START.test(next)) return false;
  // "…: Sở" / "Tài chính, …", "…: Các" / "Sở, ban, ngành": a name cut after its first word.
  if (
    /(?:^|[:;,(]\s*|\s)(Sở|Phòng|Ban|Ủy ban|Uỷ ban|UBND|Trung tâm|Văn phòng|Bộ|Cục|Chi cục|Hội|Đoàn|Công an|Các)$/u.test(
      prev,
    )
  )
    return true;
  if (startsLower(next)) return true;
  // "… của" / "UBND tỉnh …": a line that ends on a function word or a comma goes on.
  return FUNCTION_WORD_END.test(prev) && !/^(số|noi nhan|nơi nhận)/iu.test(fold(next));
}
