import { formatDocumentNumber, formatPlaceAndDate, toUpperVi } from "@kehoach/text-vi";
import { TYPE_NAMES, type VanBan } from "./model.js";

// The fixed wording of a văn bản, shared by every renderer so PDF, DOCX and preview print the
// same characters.

export const QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/** Hyphen-minus with a space on each side, as in the official file. */
export const TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";

/** Blank left in a draft for the number given after signature. */
export const NUMBER_BLANK = "\u2002\u2002\u2002\u2002\u2002";

export function soKyHieuLine(doc: VanBan): string {
  const number = doc.number ? formatDocumentNumber(doc.number) : NUMBER_BLANK;
  return `Số: ${number}/${doc.symbol}`;
}

export function placeDateLine(doc: VanBan): string {
  return formatPlaceAndDate(doc.place, doc.date);
}

export function typeNameLine(doc: VanBan): string | undefined {
  return doc.kind === "CV" ? undefined : toUpperVi(TYPE_NAMES[doc.kind]);
}

export function signerLines(doc: VanBan): string[] {
  return (doc.signer?.lines ?? []).map(toUpperVi);
}

/** "- Sở Nội vụ;" … "- Lưu: VT, VHXH." */
export function recipientLines(doc: VanBan): string[] {
  const list = doc.recipients;
  if (!list) return [];
  return [
    ...list.items.map((item) => `- ${item.replace(/[;.]\s*$/u, "")};`),
    `- Lưu: ${list.archive.replace(/\.\s*$/u, "")}.`,
  ];
}

const HEADING_PUNCT = { muc: ".", khoan: ".", diem: ")" } as const;

export function headingLabel(level: "muc" | "khoan" | "diem", number: string): string {
  return `${number}${HEADING_PUNCT[level]}`;
}
