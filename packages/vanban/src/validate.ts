import { isValidPartialDate } from "@kehoach/text-vi";
import type { Block, VanBan } from "./model.js";
import { DIEM_LETTERS, fromRoman } from "./roman.js";

// What a renderer refuses to print: values that would make a văn bản wrong whatever its layout
// (a slash-form signer prefix, an academic title before the signer's name, a symbol with spaces,
// numbering out of order). Each problem says where it is (a path into the document) and what
// is wrong, in Vietnamese.

export interface VanBanProblem {
  path: string;
  message: string;
}

export class VanBanError extends Error {
  readonly problems: VanBanProblem[];
  constructor(problems: VanBanProblem[]) {
    super(`Văn bản chưa đúng thể thức: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
    this.name = "VanBanError";
    this.problems = problems;
  }
}

/** The signer prefixes of Nghị định 30 (Điều 13; Phụ lục I, II.7.b). */
export const SIGNER_PREFIXES = ["TM.", "KT.", "Q.", "TL.", "TUQ."] as const;
const SLASH_PREFIX = /^(K\/T|T\/M|T\/L|TU\/Q|Q\/)\s/iu;
/** Academic titles and degrees, which the decree keeps out of the signer's name. */
export const ACADEMIC_TITLE = /^(GS|PGS|TS|ThS|Ths|KS|BS|CN|TSKH|NCS|Th\.S|T\.S)\.?(\s|\.|$)/u;

export function validateVanBan(doc: VanBan, path = ""): VanBanProblem[] {
  const problems: VanBanProblem[] = [];
  const at = (p: string) => (path ? `${path}.${p}` : p);
  const add = (p: string, message: string) => problems.push({ path: at(p), message });

  if (doc.issuingBody.length === 0 || doc.issuingBody.every((l) => l.trim() === "")) {
    add("issuingBody", "thiếu tên cơ quan ban hành.");
  }
  if (!/^[\p{L}\d]+(-[\p{L}\d]+)*$/u.test(doc.symbol)) {
    add(
      "symbol",
      `ký hiệu "${doc.symbol}" phải là các chữ viết tắt nối bằng "-", không có dấu cách (ví dụ KH-UBND).`,
    );
  }
  if (doc.number !== undefined && !/^\d{1,6}$/u.test(doc.number.trim())) {
    add("number", `số văn bản "${doc.number}" phải là chữ số (ví dụ 5 hoặc 96).`);
  }
  if (!isValidPartialDate(doc.date)) {
    add("date", `ngày ban hành ${JSON.stringify(doc.date)} không phải một ngày có thật.`);
  }
  if (doc.subject.trim() === "") add("subject", "thiếu trích yếu nội dung.");

  doc.signer?.lines.forEach((line, i) => {
    if (SLASH_PREFIX.test(line.trim())) {
      add(
        `signer.lines[${i}]`,
        `"${line}": dùng TM., KT., Q., TL. hoặc TUQ. (dạng gạch chéo như K/T là của văn bản của Đảng).`,
      );
    }
  });
  if (doc.signer?.name && ACADEMIC_TITLE.test(doc.signer.name.trim())) {
    add("signer.name", `"${doc.signer.name}": không ghi học hàm, học vị trước họ tên người ký.`);
  }

  checkBlocks(doc.body, at("body"), problems);
  doc.appendices?.forEach((appendix, i) => {
    if (appendix.title.trim() === "") add(`appendices[${i}].title`, "phụ lục thiếu tên.");
    checkBlocks(appendix.body, at(`appendices[${i}].body`), problems);
  });
  doc.attachments?.forEach((attached, i) => {
    if (doc.kind !== "QD") add(`attachments[${i}]`, "chỉ quyết định mới ban hành văn bản kèm theo.");
    problems.push(...validateVanBan(attached, at(`attachments[${i}]`)));
  });
  return problems;
}

/** Numbering in order: mục I, II, …; khoản 1, 2, … in each mục; điểm a, b, …, đ, e, g … in each khoản. */
function checkBlocks(blocks: Block[], path: string, problems: VanBanProblem[]): void {
  let muc = 0;
  let dieu = 0;
  let khoan = 0;
  let diem = 0;
  blocks.forEach((block, i) => {
    const where = `${path}[${i}]`;
    if (block.type === "table") {
      block.rows.forEach((row, r) => {
        if ("cells" in row && row.cells.length > block.columns.length) {
          problems.push({
            path: `${where}.rows[${r}]`,
            message: `hàng có ${row.cells.length} ô nhưng bảng chỉ có ${block.columns.length} cột.`,
          });
        }
      });
      return;
    }
    const level = block.type === "heading" ? block.level : block.type === "item" ? block.marker : undefined;
    const number = block.type === "heading" || block.type === "item" ? (block.number ?? "") : "";
    if (level === "muc") {
      muc++;
      khoan = 0;
      diem = 0;
      if (fromRoman(number) !== muc) {
        problems.push({ path: where, message: `mục "${number}." phải là số La Mã thứ ${muc} theo thứ tự.` });
      }
    } else if (level === "dieu") {
      dieu++;
      khoan = 0;
      diem = 0;
      if (number !== String(dieu))
        problems.push({ path: where, message: `"Điều ${number}." phải là Điều ${dieu}.` });
    } else if (level === "khoan") {
      khoan++;
      diem = 0;
      if (/^\d+\.\d+/u.test(number)) {
        problems.push({
          path: where,
          message: `không đánh số kiểu "${number}": dùng 1., 2., … và a), b), …`,
        });
      } else if (number !== String(khoan)) {
        problems.push({ path: where, message: `khoản "${number}." phải là khoản ${khoan} theo thứ tự.` });
      }
    } else if (level === "diem") {
      const expected = DIEM_LETTERS[diem] ?? "?";
      diem++;
      if (number !== expected) {
        problems.push({
          path: where,
          message: `điểm "${number})" phải là "${expected})" (thứ tự bảng chữ cái tiếng Việt: a, b, c, d, đ, e, g, …).`,
        });
      }
    } else if (level === "phan" || level === "chuong") {
      // Mục I, II, … restart in each phần or chương; điều numbers run through the whole text.
      muc = 0;
    }
  });
}
