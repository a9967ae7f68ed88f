import { formatNd30Date, isValidPartialDate } from "@kehoach/text-vi";
import type { Block, VanBan } from "./model.js";
import { DIEM_LETTERS, fromRoman } from "./roman.js";

// What a renderer refuses to print: values that would make a văn bản wrong whatever its layout
// (a slash-form signer prefix, an academic title before the signer's name, a symbol with spaces,
// numbering out of order). Each problem says where it is (a path into the document) and what
// is wrong, in Vietnamese.
//
// Some gaps are normal in a draft and wrong only in the issued document: the findings of
// severity "draft" (a place name still empty, which prints as a blank before ", ngày …"; a số
// left blank beside a full date, when the number and the date are given together at
// registration). A draft prints with them; issuing (`issuing: true`) refuses them, and asks in
// addition for the number and the full date that a draft leaves blank.

export interface VanBanProblem {
  path: string;
  message: string;
  /**
   * "error": no renderer prints the document. "draft": printed as a draft (dự thảo), with a blank
   * where the value is missing; refused when the document is issued.
   */
  severity: "error" | "draft";
}

export interface ValidateOptions {
  /**
   * The document is being issued (ban hành): it must carry its number, its full date and its
   * place, and every finding refuses it.
   */
  issuing?: boolean;
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

/** Every problem and finding of the document; see VanBanProblem.severity. */
export function validateVanBan(doc: VanBan, options: ValidateOptions = {}): VanBanProblem[] {
  return check(doc, options, "", false);
}

/** What refuses the document: its errors, and its findings as well when it is being issued. */
export function refusals(problems: VanBanProblem[], options: ValidateOptions = {}): VanBanProblem[] {
  return options.issuing ? problems : problems.filter((p) => p.severity === "error");
}

/** Throws a VanBanError naming everything that refuses the document (see refusals). */
export function assertPrintable(doc: VanBan, options: ValidateOptions = {}): void {
  const refused = refusals(validateVanBan(doc, options), options);
  if (refused.length > 0) throw new VanBanError(refused);
}

function check(doc: VanBan, options: ValidateOptions, path: string, attached: boolean): VanBanProblem[] {
  const problems: VanBanProblem[] = [];
  const at = (p: string) => (path ? `${path}.${p}` : p);
  const add = (p: string, message: string) => problems.push({ path: at(p), message, severity: "error" });
  const finding = (p: string, message: string) => problems.push({ path: at(p), message, severity: "draft" });

  if (doc.issuingBody.length === 0 || doc.issuingBody.every((l) => l.trim() === "")) {
    add("issuingBody", "thiếu tên cơ quan ban hành.");
  }
  if (!/^[\p{L}\d]+(?:&[\p{L}\d]+)*(-[\p{L}\d]+(?:&[\p{L}\d]+)*)*$/u.test(doc.symbol)) {
    add(
      "symbol",
      `ký hiệu "${doc.symbol}" phải là các chữ viết tắt nối bằng "-", không có dấu cách (ví dụ KH-UBND).`,
    );
  }
  const number = doc.number?.trim() ?? "";
  if (doc.number !== undefined && number !== "" && !/^\d{1,6}$/u.test(number)) {
    add("number", `số văn bản "${doc.number}" phải là chữ số (ví dụ 5 hoặc 96).`);
  }
  const validDate = isValidPartialDate(doc.date);
  if (!validDate) {
    add("date", `ngày ban hành ${JSON.stringify(doc.date)} không phải một ngày có thật.`);
  }
  // A document issued with a QĐ prints no Số and no place and date: its own are not read.
  if (!attached) {
    const fullDate = validDate && doc.date.day !== undefined;
    if (doc.place.trim() === "") {
      finding(
        "place",
        "thiếu địa danh: dòng thời gian ban hành sẽ in khoảng trống trước «, ngày …»; ghi tên địa danh (ví dụ Đông Sơn) trước khi ban hành.",
      );
    }
    if (number === "" && fullDate) {
      finding(
        "number",
        `số văn bản còn để trống trong khi ngày ban hành đã ghi đủ (${formatNd30Date(doc.date)}): số và ngày được cấp cùng lúc khi đăng ký văn bản; điền số, hoặc để trống cả ngày và tháng.`,
      );
    } else if (number === "" && options.issuing) {
      finding("number", "văn bản ban hành phải có số (bản dự thảo mới để trống).");
    }
    if (validDate && !fullDate && options.issuing) {
      finding(
        "date",
        "văn bản ban hành phải ghi đủ ngày, tháng, năm (bản dự thảo mới để trống ngày, tháng).",
      );
    }
  }
  if (doc.subject.trim() === "") add("subject", "thiếu trích yếu nội dung.");
  if (doc.organisationSignature) {
    const problem = signedAtProblem(doc.organisationSignature.signedAt);
    if (problem) add("organisationSignature.signedAt", problem);
  }

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
    if (appendix.organisationSignature) {
      const problem = signedAtProblem(appendix.organisationSignature.signedAt);
      if (problem) add(`appendices[${i}].organisationSignature.signedAt`, problem);
    }
    checkBlocks(appendix.body, at(`appendices[${i}].body`), problems);
  });
  doc.attachments?.forEach((document, i) => {
    if (doc.kind !== "QD") add(`attachments[${i}]`, "chỉ quyết định mới ban hành văn bản kèm theo.");
    problems.push(...check(document, options, at(`attachments[${i}]`), true));
  });
  return problems;
}

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/u;

/**
 * Ô 14 prints the signing time as ISO 8601 in Vietnam's time zone ("2026-01-08T10:15:30+07:00"):
 * what is wrong with the value given, or undefined.
 */
function signedAtProblem(value: string): string | undefined {
  const m = ISO_8601.exec(value.trim());
  const example = "ví dụ 2026-01-08T10:15:30+07:00";
  if (!m) return `thời gian ký "${value}" phải viết theo ISO 8601 (${example}).`;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as number[];
  const real =
    isValidPartialDate({ year: year as number, month, day }) &&
    (hour as number) < 24 &&
    (minute as number) < 60 &&
    (second as number) < 60;
  if (!real) return `thời gian ký "${value}" không phải một thời điểm có thật.`;
  if (m[7] !== "+07:00")
    return `thời gian ký "${value}" phải theo giờ Việt Nam, múi giờ +07:00 (${example}).`;
  return undefined;
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
            severity: "error",
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
        problems.push({
          severity: "error",
          path: where,
          message: `mục "${number}." phải là số La Mã thứ ${muc} theo thứ tự.`,
        });
      }
    } else if (level === "dieu") {
      dieu++;
      khoan = 0;
      diem = 0;
      if (number !== String(dieu))
        problems.push({ severity: "error", path: where, message: `"Điều ${number}." phải là Điều ${dieu}.` });
    } else if (level === "khoan") {
      khoan++;
      diem = 0;
      if (/^\d+\.\d+/u.test(number)) {
        problems.push({
          severity: "error",
          path: where,
          message: `không đánh số kiểu "${number}": dùng 1., 2., … và a), b), …`,
        });
      } else if (number !== String(khoan)) {
        problems.push({
          severity: "error",
          path: where,
          message: `khoản "${number}." phải là khoản ${khoan} theo thứ tự.`,
        });
      }
    } else if (level === "diem") {
      const expected = DIEM_LETTERS[diem] ?? "?";
      diem++;
      if (number !== expected) {
        problems.push({
          severity: "error",
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
