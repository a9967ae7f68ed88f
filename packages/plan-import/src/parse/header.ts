import { type DocRef, parseDocRefs } from "@kehoach/plan-model";
import type { PartialDate } from "@kehoach/text-vi";
import { type Block, type Paragraph, spanOf } from "../source/blocks.js";
import { capsToSentence, fold, isAllCaps, oneLine, splitColumns } from "../text.js";
import type { LineRange } from "../types.js";
import { parseLabel } from "./labels.js";

// The head of a văn bản: issuing body (left column), national motto (right), "Số: …/KH-UBND",
// "<place>, ngày … tháng … năm …", the type ("KẾ HOẠCH", "QUYẾT ĐỊNH"), the title (trích yếu), a
// back-reference "(Ban hành kèm theo Quyết định số …)", then the bases ("Căn cứ …", "Thực hiện …")
// and the sentence that leads into the body. Word's two-column header table often arrives as
// lines with a tab between the columns, or is lost altogether; every part is optional.

export interface Located<T> {
  value: T;
  lines: LineRange;
}

export interface BasisDraft {
  kind: "can_cu" | "thuc_hien" | "de_nghi";
  text: string;
  refs: DocRef[];
  lines: LineRange;
}

export interface HeaderDraft {
  docType: Located<"KH" | "QĐ"> | undefined;
  issuerLines: Located<string>[];
  number: Located<{ number: string | undefined; symbol: string | undefined }> | undefined;
  placeDate: Located<{ place: string; date: PartialDate | undefined; blank: boolean }> | undefined;
  title: Located<{ text: string; caps: boolean }> | undefined;
  backRef: Located<{ text: string; ref: DocRef | undefined }> | undefined;
  /** QĐ: "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …" above the bases. */
  authority: Located<string> | undefined;
  bases: BasisDraft[];
  intro: Located<string> | undefined;
  /** Index of the first block of the body. */
  bodyStart: number;
}

interface Cell {
  text: string;
  lines: LineRange;
  block: number;
  para: Paragraph | undefined;
}

const MOTTO =
  /^(cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc|dang cong san viet nam)/;
const SEPARATOR = /^[-_=*~.…—–\s]{3,}$/;
const NUMBER =
  /^so\s*[:.]?\s*(\d{1,6})?\s*[.…_ ]*(?:\/\s*(\d{4})\s*)?\/\s*([a-z][a-z0-9&]*(?:\s*-\s*[a-z0-9&]+)+)/;
const PLACE_DATE = /^(.{2,60}?)\s*,\s*ngay\b(.*)$/;
// The first words of a line that names an issuing body (a header's left column), not a title.
const ISSUER_START =
  /^(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|so\s|phong\s|ban\s|van phong|trung tam|cong an|bo chi huy|doan\s|tinh\s|thanh pho\s|huyen\s|quan\s|thi xa\s|xa\s|phuong\s|thi tran\s|dac khu\s|chu tich\s)/;
const BASIS = /^(can cu|thuc hien|theo de nghi|xet de nghi|trien khai|thuc hien y kien|theo chi dao)\b/;

/**
 * "Số" and "25 /KH-SGDĐT" set apart by the blank left for the number to be written in by hand
 * (a PDF's layout, a copy with runs of spaces): one cell, as the line reads.
 */
function numberCellsJoined(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      /^số\s*[:.]?\s*[\d.…_ ]*$/iu.test(prev.trim()) &&
      /^[\d.…_ ]*\//u.test(part.trim())
    )
      out[out.length - 1] = `${prev.trim()} ${part.trim()}`;
    else out.push(part);
  }
  return out;
}

function cellsOf(blocks: readonly Block[], limit: number): Cell[] {
  const out: Cell[] = [];
  for (let b = 0; b < Math.min(blocks.length, limit); b++) {
    const block = blocks[b] as Block;
    if (block.kind === "para") {
      // The two header columns side by side: a tab from Word, or a run of spaces from a PDF.
      for (const part of numberCellsJoined(splitColumns(block.text))) {
        const text = oneLine(part);
        if (text) out.push({ text, lines: block.lines, block: b, para: block });
      }
    } else if (block.rows.length <= 4 && block.rows.every((r) => r.cells.length <= 3)) {
      // Word's header table: read column by column, so the issuer's lines stay together.
      const width = Math.max(...block.rows.map((r) => r.cells.length));
      for (let c = 0; c < width; c++)
        for (const row of block.rows)
          for (const part of (row.cells[c] ?? "").split("\n")) {
            const text = oneLine(part);
            if (text) out.push({ text, lines: row.lines, block: b, para: undefined });
          }
    } else out.push({ text: "", lines: block.lines, block: b, para: undefined });
  }
  return out;
}

export function docTypeOf(text: string): "KH" | "QĐ" | null {
  const f = fold(text).replace(/\s+/g, " ").trim();
  const squeezed = f.replace(/\s/g, "");
  if (f === "ke hoach" || squeezed === "kehoach") return "KH";
  if (f === "quyet dinh" || squeezed === "quyetdinh") return "QĐ";
  return null;
}

export function parsePlaceDate(
  text: string,
): { place: string; date: PartialDate | undefined; blank: boolean } | null {
  const f = fold(text);
  const m = PLACE_DATE.exec(f);
  if (!m) return null;
  const place = oneLine(text.slice(0, (m[1] as string).length)).replace(/^[-–\s]+/, "");
  if (place.length < 2 || /\d{2,}/.test(place) || /^(so|ke hoach)\b/.test(fold(place))) return null;
  const rest = m[2] as string;
  const full = /(\d{1,2})\s*(?:thang|\/|-|\.)\s*(\d{1,2})\s*(?:,?\s*nam|\/|-|\.)\s*(\d{4})/.exec(rest);
  if (full) {
    const date = { year: Number(full[3]), month: Number(full[2]), day: Number(full[1]) };
    if (date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31)
      return { place, date, blank: false };
  }
  const partial = /thang\s*[.…_ ]*(\d{1,2})?\s*[.…_ ]*nam\s*(\d{4})/.exec(rest);
  if (partial) {
    const year = Number(partial[2]);
    const month = partial[1] ? Number(partial[1]) : undefined;
    const date: PartialDate = month && month >= 1 && month <= 12 ? { year, month } : { year };
    return { place, date, blank: true };
  }
  return { place, date: undefined, blank: true };
}

export function parseNumberLine(
  text: string,
): { number: string | undefined; symbol: string | undefined } | null {
  const f = fold(text);
  const m = NUMBER.exec(f);
  if (!m) {
    if (/^so\s*[:.]\s*[.…_ ]*$/.test(f)) return { number: undefined, symbol: undefined };
    return null;
  }
  const symbolStart = f.indexOf(m[3] as string, m.index + m[0].length - (m[3] as string).length);
  const symbol = text
    .slice(symbolStart, symbolStart + (m[3] as string).length)
    .replace(/\s+/g, "")
    .toUpperCase();
  return { number: m[1] ? m[1] : undefined, symbol };
}

/** What follows the ký hiệu on a "Số: …" line. */
function afterNumber(text: string): string {
  const m = NUMBER.exec(fold(text));
  return m ? text.slice(m.index + m[0].length).trim() : "";
}

function basisKind(f: string): BasisDraft["kind"] {
  if (/^can cu/.test(f)) return "can_cu";
  if (/^(theo|xet) de nghi/.test(f)) return "de_nghi";
  return "thuc_hien";
}

const CITED_TYPE =
  /^(ke hoach|quyet dinh|nghi quyet|nghi dinh|chi thi|cong van|thong tu|luat|chuong trinh|huong dan|van ban)\s/;
const INTRO =
  /(ban hanh|xay dung|trien khai)\s+(ke hoach|kh\b)|\bnhu sau\s*:?\s*$|ke hoach\s.*\bvoi (nhung|cac) noi dung/;

/** Splits "Căn cứ …; … năm 2021. Ủy ban nhân dân huyện … ban hành kế hoạch … như sau:" into basis and intro. */
function splitIntro(text: string): { basis: string; intro: string | undefined } {
  const f = fold(text);
  const sentences = [...f.matchAll(/[.;]\s+(?=\p{L})/gu)].map((m) => (m.index as number) + m[0].length);
  for (const start of sentences) {
    const sentence = f.slice(start);
    // "…; Quyết định số 59/QĐ-UBND … ban hành Kế hoạch …" is another basis, not the lead-in.
    const cites = CITED_TYPE.test(sentence) || parseDocRefs(text.slice(start)).length > 0;
    if (INTRO.test(sentence) && !BASIS.test(sentence) && !cites) {
      return { basis: text.slice(0, start).trim(), intro: text.slice(start).trim() };
    }
  }
  return { basis: text, intro: undefined };
}

function basesFrom(text: string, lines: LineRange): BasisDraft[] {
  const kind = basisKind(fold(text));
  // One paragraph often cites several documents separated by ";": one basis each.
  const parts = text
    .split(/;\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length > 1 && parts.every((p) => parseDocRefs(p).length > 0))
    return parts.map((p) => ({ kind, text: p, refs: parseDocRefs(p), lines }));
  return [{ kind, text, refs: parseDocRefs(text), lines }];
}

function isBodyStart(para: Paragraph): boolean {
  const label = parseLabel(para.text);
  if (label && ["roman", "part", "article", "upper", "dec1", "dec2"].includes(label.style)) return true;
  return /^quyet dinh\s*:?$/.test(fold(para.text).trim()) && para.text.trim().endsWith(":");
}

export function parseHeader(blocks: readonly Block[]): HeaderDraft {
  const out: HeaderDraft = {
    docType: undefined,
    issuerLines: [],
    number: undefined,
    placeDate: undefined,
    title: undefined,
    backRef: undefined,
    authority: undefined,
    bases: [],
    intro: undefined,
    bodyStart: 0,
  };
  const cells = cellsOf(blocks, 60);
  let state: "top" | "title" | "after" = "top";
  const titleCells: Cell[] = [];
  const untypedTitle: Cell[] = [];
  let lastBlock = -1;
  let c = 0;
  let restarted = false;
  let typeAt = -1;
  for (; c < cells.length; c++) {
    const cell = cells[c] as Cell;
    const f = fold(cell.text).trim();
    if (!cell.text) {
      // A table: a header table was read cell by cell; any other table ends the header.
      if (state !== "top") break;
      continue;
    }
    // A web page's own headline ("KẾ HOẠCH Thông tin, tuyên truyền …", then the post's date)
    // stands above the document it shows: when the motto or the "Số:" line comes after what looked
    // like the type and title, the document's header starts there, and it is read again.
    if (
      state === "title" &&
      !restarted &&
      out.number === undefined &&
      (MOTTO.test(f) || parseNumberLine(cell.text) !== null)
    ) {
      restarted = true;
      out.docType = undefined;
      out.issuerLines = [];
      titleCells.length = 0;
      untypedTitle.length = 0;
      state = "top";
      c = typeAt;
      continue;
    }
    if (MOTTO.test(f) || SEPARATOR.test(cell.text)) {
      if (state === "title" && titleCells.length > 0 && SEPARATOR.test(cell.text)) state = "after";
      lastBlock = cell.block;
      continue;
    }
    const number = !out.number ? parseNumberLine(cell.text) : null;
    if (number) {
      out.number = { value: number, lines: cell.lines };
      // "Số: 36 /KH-UBND Xuân Tín, ngày 07 tháng 5 năm 2025": both header cells on one line.
      const rest = !out.placeDate ? afterNumber(cell.text) : "";
      const date = rest ? parsePlaceDate(rest) : null;
      if (date) out.placeDate = { value: date, lines: cell.lines };
      lastBlock = cell.block;
      continue;
    }
    const placeDate = !out.placeDate && state === "top" ? parsePlaceDate(cell.text) : null;
    if (placeDate) {
      out.placeDate = { value: placeDate, lines: cell.lines };
      lastBlock = cell.block;
      continue;
    }
    if (state === "top") {
      const type = docTypeOf(cell.text);
      if (type) {
        out.docType = { value: type, lines: cell.lines };
        typeAt = c;
        state = "title";
        lastBlock = cell.block;
        continue;
      }
      // "KẾ HOẠCH TUYÊN TRUYỀN …" on one line: the type and the title together.
      const joined = /^(ke hoach|quyet dinh)\s+(\S.*)$/.exec(f);
      if (joined && isAllCaps(cell.text.slice(0, 9))) {
        out.docType = { value: joined[1] === "ke hoach" ? "KH" : "QĐ", lines: cell.lines };
        typeAt = c;
        titleCells.push({ ...cell, text: cell.text.slice(cell.text.length - (joined[2] as string).length) });
        state = "title";
        lastBlock = cell.block;
        continue;
      }
      if (cell.para && isBodyStart(cell.para)) break;
      // The type line lost (some websites drop it): after the "<place>, ngày …" line that ends the
      // header, a line in capitals that names no body is the trích yếu.
      if (
        out.placeDate &&
        !out.docType &&
        isAllCaps(cell.text) &&
        cell.text.length >= 12 &&
        !ISSUER_START.test(f) &&
        !/^(can cu|theo de nghi|xet de nghi)\b/.test(f)
      ) {
        out.docType = undefined;
        titleCells.push(cell);
        typeAt = c;
        state = "title";
        lastBlock = cell.block;
        continue;
      }
      if (isAllCaps(cell.text) && cell.text.length <= 80 && !BASIS.test(f)) {
        out.issuerLines.push({ value: cell.text, lines: cell.lines });
        lastBlock = cell.block;
        continue;
      }
      // A web page's headline repeating the title ("Triển khai thực hiện Nghị quyết …") above the
      // document: the header's motto follows within a few lines.
      if (
        BASIS.test(f) &&
        !out.number &&
        !out.placeDate &&
        out.issuerLines.length === 0 &&
        cells.slice(c + 1, c + 6).some((x) => MOTTO.test(fold(x.text).trim()))
      ) {
        lastBlock = cell.block;
        continue;
      }
      // Sentence-case text before any type line: the body has started without a header.
      if (cell.para && (BASIS.test(f) || isBodyStart(cell.para))) break;
      // Without a "KẾ HOẠCH" line, a short line naming a year is the best guess at the title.
      if (
        untypedTitle.length === 0 &&
        cell.para &&
        cell.text.length < 200 &&
        /\b(nam|giai doan)\s+\d{4}/.test(f) &&
        !/:$/.test(cell.text)
      )
        untypedTitle.push(cell);
      lastBlock = cell.block;
      continue;
    }
    if (state === "title") {
      if (/^\(?\s*(ban hanh )?kem theo\b/.test(f)) {
        const text = cell.text.replace(/^\(|\)$/g, "").trim();
        out.backRef = { value: { text, ref: parseDocRefs(text)[0] }, lines: cell.lines };
        state = "after";
        lastBlock = cell.block;
        continue;
      }
      const capsTitle = titleCells.length > 0 && titleCells.every((t) => isAllCaps(t.text));
      // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" under a QĐ's title, in capitals like a title in capitals.
      const authority =
        /^(chu tich|pho chu tich|uy ban nhan dan|hoi dong nhan dan|giam doc|truong ban|bo truong|thu truong|ban thuong vu|ban chi dao)\b/.test(
          f,
        );
      if (
        out.docType?.value === "QĐ" &&
        titleCells.length > 0 &&
        isAllCaps(cell.text) &&
        (!capsTitle || authority)
      ) {
        out.authority = { value: cell.text, lines: cell.lines };
        lastBlock = cell.block;
        state = "after";
        continue;
      }
      // A title may itself start with "Triển khai …" or "Thực hiện …": only a line that cites a
      // document, or ends like a basis, is a basis.
      // The first line after the type is the title even when it cites a document ("Triển khai
      // thực hiện Chỉ thị số 01/CT-TTg …"), unless it reads like a basis: "Căn cứ …", or a long
      // sentence ending in punctuation.
      const firstTitleLine =
        titleCells.length === 0 &&
        !/^(can cu|theo de nghi|xet de nghi)\b/.test(f) &&
        (isAllCaps(cell.text) || (cell.text.length <= 160 && !/[;,.:]$/.test(cell.text.trim())));
      const basis =
        BASIS.test(f) &&
        !firstTitleLine &&
        (titleCells.length > 0 || parseDocRefs(cell.text).length > 0 || /;$/.test(cell.text));
      if (basis || (cell.para && isBodyStart(cell.para)) || cell.text.length > 300 || titleCells.length >= 4)
        break;
      if (/^quyet dinh\s*:?$/.test(f)) break;
      // A bullet is never part of a trích yếu: bases listed as "- Luật …;" under a title.
      if (/^[-+•]\s/.test(cell.text)) break;
      titleCells.push(cell);
      lastBlock = cell.block;
      continue;
    }
    // After the title and back-reference: a QĐ's authority line, then the bases.
    if (out.docType?.value === "QĐ" && !out.authority && isAllCaps(cell.text) && cell.text.length < 120) {
      out.authority = { value: cell.text, lines: cell.lines };
      lastBlock = cell.block;
      continue;
    }
    break;
  }
  if (titleCells.length === 0 && !out.docType && untypedTitle.length > 0) titleCells.push(...untypedTitle);
  if (titleCells.length > 0) {
    const caps = titleCells.every((t) => isAllCaps(t.text));
    const raw = oneLine(titleCells.map((t) => t.text).join(" "));
    out.title = {
      value: { text: caps ? capsToSentence(raw) : raw, caps },
      lines: spanOf(titleCells.map((t) => t.lines)),
    };
  }
  // Bases and the lead-in sentence, up to the first numbered heading.
  let b = lastBlock + 1;
  const introParts: Paragraph[] = [];
  for (; b < blocks.length; b++) {
    const block = blocks[b] as Block;
    if (block.kind !== "para") break;
    if (isBodyStart(block)) break;
    const f = fold(block.text).trim();
    if (BASIS.test(f)) {
      const { basis, intro } = splitIntro(block.text);
      out.bases.push(...basesFrom(basis, block.lines));
      if (intro) introParts.push({ ...block, text: intro });
      continue;
    }
    if (/^quyet dinh\s*:?$/.test(f)) break;
    if (out.docType?.value === "QĐ" && /^dieu\s+\d/.test(f)) break;
    introParts.push(block);
    // A plan body without numbered headings starts after the lead-in.
    if (INTRO.test(f)) {
      b++;
      break;
    }
    if (introParts.length >= 3) break;
  }
  if (introParts.length > 0) {
    out.intro = {
      value: introParts.map((p) => p.text).join("\n"),
      lines: spanOf(introParts.map((t) => t.lines)),
    };
  }
  out.bodyStart = b;
  return out;
}
