import { mm } from "../profile.js";
import { DIEM_LETTERS, fromRoman, toRoman } from "../roman.js";
import { QUYET_DINH_LINE } from "../text-lines.js";
import type { AppendixAnatomy, DocumentAnatomy } from "./anatomy.js";
import type { CheckList } from "./check-list.js";
import { type Fragment, fmtPt } from "./reading.js";

// Rules 3 (one body size), 9 (căn cứ) and 10 (heading numbering) of nd30-layout §14.2.

/** Lines that open a paragraph: indented 1–1.27 cm, or centred on the text block. */
export function paragraphStarts(fragments: Fragment[], left: number, right: number): Fragment[] {
  const centre = (left + right) / 2;
  return fragments.filter((f) => {
    const indent = f.x - left;
    const indented = indent >= mm(8) && indent <= mm(14);
    const centred = Math.abs(f.centre - centre) < 2 && indent > mm(14);
    return indented || centred;
  });
}

export function checkBodySize(
  list: CheckList,
  a: DocumentAnatomy | AppendixAnatomy,
  set: number | undefined,
): void {
  if (!set) return;
  const fragments =
    a.kind === "document"
      ? [...a.body, ...a.kinhGui, ...a.basis, ...(a.authority ? [a.authority] : [])]
      : a.body;
  const sizes = [...new Set(fragments.map((f) => Math.round(f.size * 10) / 10))].sort((x, y) => x - y);
  const off = fragments.find((f) => Math.abs(f.size - set) >= 0.1);
  list.add(
    3,
    `Nội dung: một cỡ chữ (${a.kind === "appendix" ? "phụ lục" : "văn bản"} từ trang ${a.section.pages[0]?.page.number})`,
    off === undefined,
    sizes.length
      ? sizes.map(fmtPt).join(", ") + (off ? ` ("${off.text.slice(0, 40)}")` : "")
      : "không có nội dung",
    fmtPt(set),
    off?.page ?? a.section.pages[0]?.page.number,
  );
}

export function checkBasis(list: CheckList, a: DocumentAnatomy): void {
  const page = a.section.pages[0]?.page.number;
  if (a.documentKind === "QD" && !a.attached) {
    if (list.present(9, "Quyết định: dòng thẩm quyền ban hành", a.authority, page)) {
      list.style(9, "Dòng thẩm quyền ban hành", a.authority, { bold: true, upper: true });
    }
    list.add(
      9,
      "Căn cứ ban hành",
      a.basis.length > 0,
      a.basis.length ? `${a.basis.length} dòng` : "không thấy",
      "có",
      page,
    );
    if (list.present(9, `Dòng "${QUYET_DINH_LINE}"`, a.decides, page)) {
      list.style(9, `Dòng "${QUYET_DINH_LINE}"`, a.decides, { bold: true });
      list.near(
        9,
        `"${QUYET_DINH_LINE}" canh giữa`,
        a.decides.centre,
        (a.leftEdge + a.rightEdge) / 2,
        1.5,
        fmtPt,
        page,
      );
    }
  }
  if (a.basis.length === 0) return;
  for (const f of a.basis) list.style(9, "Căn cứ", f, { italic: true, bold: false });
  // Paragraphs: each starts indented; its last line carries the end punctuation.
  const paragraphs: Fragment[][] = [];
  for (const f of a.basis) {
    if (f.x - a.leftEdge >= mm(8) || paragraphs.length === 0) paragraphs.push([f]);
    else paragraphs[paragraphs.length - 1]?.push(f);
  }
  paragraphs.forEach((p, i) => {
    const last = p[p.length - 1] as Fragment;
    const wanted = i === paragraphs.length - 1 ? "." : ";";
    list.add(
      9,
      `Căn cứ ${i + 1}: dấu cuối dòng`,
      last.text.endsWith(wanted),
      `"…${last.text.slice(-20)}"`,
      `kết thúc bằng "${wanted}"`,
      last.page,
    );
  });
}

export function checkNumbering(list: CheckList, a: DocumentAnatomy | AppendixAnatomy): void {
  const starts = paragraphStarts(a.body, a.leftEdge, a.rightEdge);
  let muc = 0;
  let dieu = 0;
  let khoan = 0;
  let diem = 0;
  let problems = 0;
  const fail = (f: Fragment, element: string, measured: string, expected: string) => {
    problems++;
    list.add(10, element, false, measured, expected, f.page);
  };
  for (const f of starts) {
    const t = f.text;
    const part = /^(Phần|Chương) (\S+)$/u.exec(t);
    const section = /^(Mục|Tiểu mục) (\S+)$/u.exec(t);
    const roman = /^([IVXLCDM]+)\. /u.exec(t);
    const article = /^Điều (\d+)\./u.exec(t);
    const clause = /^(\d+)\. /u.exec(t);
    const point = /^(\p{Ll})\) /u.exec(t);
    if (part) {
      if (fromRoman(part[2] as string) === undefined) {
        fail(f, `${part[1]}: số La Mã`, `"${t}"`, `"${part[1]} I", "${part[1]} II", …`);
      }
      muc = 0;
    } else if (section) {
      if (!/^\d+$/u.test(section[2] as string)) {
        fail(f, `${section[1]}: số Ả Rập`, `"${t}"`, `"${section[1]} 1", "${section[1]} 2", …`);
      }
    } else if (roman && f.runs[0]?.bold) {
      muc++;
      khoan = 0;
      diem = 0;
      if (fromRoman(roman[1] as string) !== muc)
        fail(f, "Mục: số La Mã theo thứ tự", `"${roman[1]}."`, `"${toRoman(muc)}."`);
      if (t !== t.toLocaleUpperCase("vi")) fail(f, "Tên mục in hoa", `"${t}"`, "in hoa");
    } else if (article) {
      dieu++;
      khoan = 0;
      diem = 0;
      if (Number(article[1]) !== dieu) fail(f, "Điều: số thứ tự", `"Điều ${article[1]}."`, `"Điều ${dieu}."`);
      if (!f.runs[0]?.bold) fail(f, '"Điều N." in đậm', `"${t.slice(0, 12)}" không đậm`, "in đậm");
    } else if (/^\d+\.\d+/u.test(t)) {
      fail(f, "Không đánh số kiểu 1.1.", `"${t.slice(0, 12)}"`, "1., 2., … rồi a), b), …");
    } else if (clause) {
      khoan++;
      diem = 0;
      if (Number(clause[1]) !== khoan) fail(f, "Khoản: số thứ tự", `"${clause[1]}."`, `"${khoan}."`);
    } else if (point) {
      const expected = DIEM_LETTERS[diem] ?? "?";
      diem++;
      if (point[1] !== expected)
        fail(f, "Điểm: thứ tự chữ cái tiếng Việt", `"${point[1]})"`, `"${expected})"`);
    }
  }
  if (problems === 0) {
    list.add(
      10,
      `Đánh số đề mục (${a.kind === "appendix" ? "phụ lục" : "văn bản"} từ trang ${a.section.pages[0]?.page.number})`,
      true,
      `${starts.length} đoạn, đúng thứ tự`,
      "La Mã cho mục, Ả Rập cho khoản và điều, a) b) … đ) cho điểm",
      a.section.pages[0]?.page.number,
    );
  }
}
