import { formatDocumentNumber, formatNd30Date, formatPlaceAndDate, toUpperVi } from "@kehoach/text-vi";
import type { Appendix, HeadingBlock, HeadingLevel, OrganisationSignatureText, VanBan } from "./model.js";
import { SECRECY_TEXT, TYPE_NAMES, URGENCY_TEXT } from "./model.js";
import { toRoman } from "./roman.js";

// The fixed wording of a văn bản, shared by every renderer so PDF, DOCX and preview print the
// same characters.

export const QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/** Hyphen-minus with a space on each side, as in the official file. */
export const TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";

/** Blank left in a draft for the number given after signature. */
export const NUMBER_BLANK = "\u2002\u2002\u2002\u2002\u2002";

export const NOI_NHAN_LABEL = "Nơi nhận:";
export const KINH_GUI_LABEL = "Kính gửi:";
export const QUYET_DINH_LINE = "QUYẾT ĐỊNH:";
export const NHU_TREN = "Như trên";

export function soKyHieuLine(doc: VanBan): string {
  return `Số: ${numberAndSymbol(doc)}`;
}

/** "05/KH-UBND", or the blank of a draft: "     /KH-UBND". */
export function numberAndSymbol(doc: Pick<VanBan, "number" | "symbol">): string {
  const number = doc.number ? formatDocumentNumber(doc.number) : NUMBER_BLANK;
  return `${number}/${doc.symbol}`;
}

/** Blank left in a draft for a place name not given yet (never a bare ", ngày …"). */
export const PLACE_BLANK = "\u2002".repeat(8);

export function placeDateLine(doc: VanBan): string {
  return formatPlaceAndDate(doc.place.trim() === "" ? PLACE_BLANK : doc.place, doc.date);
}

export function typeNameLine(doc: VanBan): string | undefined {
  return doc.kind === "CV" ? undefined : toUpperVi(TYPE_NAMES[doc.kind]);
}

/** Công văn subject (ô 5b): "V/v tổng hợp kết quả …". */
export function congVanSubjectLine(doc: VanBan): string {
  const subject = doc.subject.trim().replace(/^V\/v\s*/iu, "");
  return `V/v ${subject}`;
}

export function signerLines(doc: VanBan): string[] {
  return (doc.signer?.lines ?? []).map(toUpperVi);
}

/** The issuing body as running text: "Ủy ban nhân dân xã Kim Liên". */
export function issuerName(doc: VanBan): string {
  return doc.issuerName ?? doc.issuingBody.join(" ").replace(/\s+/gu, " ").trim();
}

/** "- Như trên;" (when there is a Kính gửi) … "- Lưu: VT, VHXH." */
export function recipientLines(doc: VanBan): string[] {
  const list = doc.recipients;
  if (!list) return [];
  const items = list.items.map((item) =>
    item
      .replace(/^\s*-\s*/u, "")
      .replace(/[;.,]\s*$/u, "")
      .trim(),
  );
  // The decree: with a Kính gửi, the Nơi nhận list starts with "Như trên".
  if ((doc.addressees?.length ?? 0) > 0 && !/^như trên$/iu.test(items[0] ?? "")) items.unshift(NHU_TREN);
  return [...items.map((item) => `- ${item};`), `- Lưu: ${list.archive.replace(/[;.]\s*$/u, "").trim()}.`];
}

/** Ô 12: "PL.(300)". */
export function drafterLine(doc: VanBan): string | undefined {
  if (!doc.drafter) return undefined;
  const initials = toUpperVi(doc.drafter.initials.replace(/\.+$/u, ""));
  return doc.drafter.copies ? `${initials}.(${doc.drafter.copies})` : `${initials}.`;
}

/** Căn cứ lines, each ending with ";" and the last with ".". */
export function basisLines(doc: VanBan): string[] {
  const lines = (doc.basis ?? []).map((line) => line.trim().replace(/[;.,]+$/u, "")).filter(Boolean);
  return lines.map((line, i) => `${line}${i === lines.length - 1 ? "." : ";"}`);
}

/** Kính gửi: one recipient on the label's line, several as "- …;" lines with the last ending ".". */
export function addresseeLines(doc: VanBan): string[] {
  const items = (doc.addressees ?? []).map((a) =>
    a
      .trim()
      .replace(/^-\s*/u, "")
      .replace(/[;.,]+$/u, ""),
  );
  if (items.length <= 1) return items.map((item) => `${item}.`);
  return items.map((item, i) => `- ${item}${i === items.length - 1 ? "." : ";"}`);
}

export function urgencyText(doc: VanBan): string | undefined {
  return doc.urgency ? URGENCY_TEXT[doc.urgency] : undefined;
}

export function secrecyText(doc: VanBan): string | undefined {
  return doc.secrecy ? SECRECY_TEXT[doc.secrecy] : undefined;
}

/**
 * "(Kèm theo Quyết định số 15/QĐ-UBND ngày 12 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân xã
 * Kim Liên)": the reference under an attached document or an appendix title.
 */
export function referenceLine(host: VanBan, prefix: string): string {
  if (host.kind === "CV")
    return `(${prefix} Công văn số ${numberAndSymbol(host)} ${dateText(host)} của ${issuerName(host)})`;
  const type = TYPE_NAMES[host.kind];
  return `(${prefix} ${type} số ${numberAndSymbol(host)} ${dateText(host)} của ${issuerName(host)})`;
}

/**
 * The "(Kèm theo Quyết định số … ngày … của …)" line of a document the QĐ `host` issues; left
 * unfilled when the document carries its own ô 14 (sent as a separate file).
 */
export function attachedReference(doc: VanBan, host: VanBan, prefix: string): string {
  return referenceLine(doc.organisationSignature ? unfilled(host) : host, prefix);
}

function dateText(doc: VanBan): string {
  return formatNd30Date(doc.date);
}

/**
 * Ô 14: the lines of the organisation's signature text, "25/QĐ-UBND" over
 * "2026-01-08T10:15:30+07:00", for the document (or phụ lục) it stands on.
 */
export function organisationSignatureLines(
  text: OrganisationSignatureText,
  doc: Pick<VanBan, "number" | "symbol">,
): string[] {
  return [text.numberAndSymbol?.trim() || numberAndSymbol(doc), text.signedAt.trim()];
}

/** The document as its reference line names it when that line is left unfilled (a separate file). */
export function unfilled(doc: VanBan): VanBan {
  return { ...doc, number: undefined, date: { year: doc.date.year } };
}

/** "Phụ lục" alone, or "Phụ lục I", "Phụ lục II" when there are several. */
export function appendixLabel(index: number, count: number): string {
  return count >= 2 ? `Phụ lục ${toRoman(index + 1)}` : "Phụ lục";
}

/** The reference under an appendix: given, or built from the document it belongs to. */
export function appendixReference(appendix: Appendix, host: VanBan, prefix: string): string {
  if (appendix.reference) {
    const inner = appendix.reference.trim().replace(/^\(/u, "").replace(/\)$/u, "");
    return `(${inner})`;
  }
  // A phụ lục issued as a file of its own leaves the number and date to its ô 14 (Mẫu 2.2).
  return referenceLine(appendix.organisationSignature ? unfilled(host) : host, prefix);
}

const PUNCT: Partial<Record<HeadingLevel, string>> = { muc: ".", khoan: ".", diem: ")", dieu: "." };
const WORDS: Partial<Record<HeadingLevel, string>> = {
  phan: "Phần",
  chuong: "Chương",
  mucA: "Mục",
  tieuMuc: "Tiểu mục",
  dieu: "Điều",
};

/** "I.", "1.", "a)", "Điều 1.", "Phần I", "Chương II", "Mục 1". */
export function headingLabel(level: HeadingLevel, number: string): string {
  const word = WORDS[level];
  const punct = PUNCT[level] ?? "";
  return word ? `${word} ${number}${punct}` : `${number}${punct}`;
}

/**
 * A điều or khoản with a title stands on its own bold line ("2. Báo cáo kết quả"), its text
 * following as a paragraph of its own (nd30-layout §2.2, row 17: a khoản that has a title gets
 * its own line, in bold). Without a title the text runs in after the label ("Điều 1. Ban hành …").
 */
export function titleOnOwnLine(block: HeadingBlock): boolean {
  return (block.level === "dieu" || block.level === "khoan") && block.text.trim() !== "";
}

/** The label of an untitled khoản, điểm or ý: "1.", "a)", "-", "+". */
export function itemLabel(marker: "khoan" | "diem" | "dash" | "plus", number?: string): string {
  switch (marker) {
    case "khoan":
      return `${number ?? ""}.`;
    case "diem":
      return `${number ?? ""})`;
    case "dash":
      return "-";
    case "plus":
      return "+";
  }
}
