import type { PartialDate } from "@kehoach/text-vi";

// A văn bản hành chính as data. It knows no plans: plan-documents builds one from a plan, and
// every renderer (PDF now; DOCX and the on-screen preview) reads the same tree, so they agree.
// Text is stored as the author wrote it; renderers set the "in hoa" elements in real capitals and
// add the fixed punctuation (";" and "." of căn cứ and nơi nhận, "Lưu: VT, …", "Như trên").

/** Kế hoạch, Quyết định, Báo cáo, Tờ trình, công văn. */
export type DocumentKind = "KH" | "QD" | "BC" | "TTr" | "CV";

export const TYPE_NAMES: Record<Exclude<DocumentKind, "CV">, string> = {
  KH: "Kế hoạch",
  QD: "Quyết định",
  BC: "Báo cáo",
  TTr: "Tờ trình",
};

/** Abbreviation of each type in a ký hiệu (Phụ lục III); a công văn has none. */
export const TYPE_ABBREVIATIONS: Record<Exclude<DocumentKind, "CV">, string> = {
  KH: "KH",
  QD: "QĐ",
  BC: "BC",
  TTr: "TTr",
};

export interface VanBan {
  kind: DocumentKind;
  /** Tên cơ quan chủ quản trực tiếp (upright, above the issuing body); absent for a UBND. */
  parentBody?: string | undefined;
  /** Tên cơ quan ban hành, one entry per header line, as written ("Ủy ban nhân dân", "xã Kim Liên"). */
  issuingBody: string[];
  /**
   * The issuing body's name as running text ("Ủy ban nhân dân xã Kim Liên", "Chủ tịch Ủy ban nhân
   * dân xã Kim Liên"), used in "(Kèm theo … của …)". Defaults to the header lines joined.
   */
  issuerName?: string | undefined;
  /** Registration number; absent in a draft, which prints a blank to be filled after signature. */
  number?: string | undefined;
  /** "KH-UBND", exactly as configured (mixed case such as "TTr" is kept). */
  symbol: string;
  place: string;
  date: PartialDate;
  /** Trích yếu nội dung; for a công văn the text after "V/v". */
  subject: string;
  /**
   * QĐ: the issuing-authority line under the trích yếu ("Chủ tịch Ủy ban nhân dân xã Kim Liên"),
   * printed in capitals.
   */
  authority?: string | undefined;
  /** Căn cứ ban hành, one per line, italic; the renderer ends each with ";" and the last with ".". */
  basis?: string[] | undefined;
  /** Kính gửi (Tờ trình, Báo cáo sent upward, công văn): one entry per recipient. */
  addressees?: string[] | undefined;
  body: Block[];
  signer?: SignerBlock | undefined;
  recipients?: RecipientList | undefined;
  /** Documents this QĐ issues ("Ban hành kèm theo Quyết định này …"), each printed after it. */
  attachments?: VanBan[] | undefined;
  /** Phụ lục, each on its own pages with its own page numbers. */
  appendices?: Appendix[] | undefined;
  /** Dấu chỉ mức độ khẩn (ô 10b). */
  urgency?: Urgency | undefined;
  /** Dấu chỉ độ mật (ô 10a). */
  secrecy?: Secrecy | undefined;
  /** Chỉ dẫn phạm vi lưu hành (ô 11): "Xem xong trả lại", "Lưu hành nội bộ". */
  circulation?: string | undefined;
  /** Ký hiệu người soạn thảo and số bản phát hành (ô 12): "PL.(300)". */
  drafter?: { initials: string; copies?: number | undefined } | undefined;
  /** Address, phone, email, website of the issuing body (ô 13), printed at the foot of page 1. */
  contact?: string | undefined;
  /**
   * Ô 14: the organisation's digital signature as text, at the top right of page 1, for an
   * electronic copy, or for a document issued with a QĐ and sent as a separate file (its
   * "(Kèm theo …)" line is then left unfilled).
   */
  organisationSignature?: OrganisationSignatureText | undefined;
  /** Document properties; creationDate (ISO) makes the PDF bytes reproducible. */
  metadata?: DocumentMetadata | undefined;
}

export type Urgency = "khan" | "thuongKhan" | "hoaToc";
export type Secrecy = "mat" | "toiMat" | "tuyetMat";

export const URGENCY_TEXT: Record<Urgency, string> = {
  khan: "KHẨN",
  thuongKhan: "THƯỢNG KHẨN",
  hoaToc: "HỎA TỐC",
};

export const SECRECY_TEXT: Record<Secrecy, string> = {
  mat: "MẬT",
  toiMat: "TỐI MẬT",
  tuyetMat: "TUYỆT MẬT",
};

/**
 * The text of the organisation's digital signature (ô 14 of Phụ lục I): Times New Roman 10 pt,
 * upright, black, at the top right of page 1; the signature's image is not shown.
 */
export interface OrganisationSignatureText {
  /** Số and ký hiệu as printed ("25/QĐ-UBND"); by default those of the document it stands on. */
  numberAndSymbol?: string | undefined;
  /** When the organisation signed, ISO 8601 in Vietnam's time zone: "2026-01-08T10:15:30+07:00". */
  signedAt: string;
}

export interface DocumentMetadata {
  title?: string;
  author?: string;
  creationDate?: string;
}

export interface Appendix {
  /** Title, printed in capitals ("Danh mục nhiệm vụ cải cách hành chính năm 2026"). */
  title: string;
  /**
   * The text inside "(…)" under the title. Defaults to "Kèm theo <loại> số …/… ngày … của …" built
   * from the host document.
   */
  reference?: string | undefined;
  /** Task tables are usually landscape; the margins keep their values on the turned page. */
  orientation?: "portrait" | "landscape" | undefined;
  body: Block[];
  /**
   * Ô 14, for a phụ lục issued as a file of its own (Mẫu 2.2): the organisation's signature text
   * at the top right of its first page, the number and date of its "(Kèm theo …)" left unfilled.
   */
  organisationSignature?: OrganisationSignatureText | undefined;
}

export type Inline = string | { text: string; bold?: boolean; italic?: boolean };

export type Block = ParagraphBlock | HeadingBlock | ListItemBlock | TableBlock;

export interface ParagraphBlock {
  type: "paragraph";
  content: string | Inline[];
  /** Căn cứ lines are italic; body text is upright. */
  italic?: boolean;
  /** "center" for lines such as "QUYẾT ĐỊNH:"; body text is justified. */
  align?: "justify" | "center";
  bold?: boolean;
}

/**
 * The two heading structures of nd30-layout §4.3.
 *
 * Structure A (QĐ, quy chế): phan "Phần I" + TITLE, chuong "Chương I" + TITLE, mucA "Mục 1" +
 * TITLE, tieuMuc "Tiểu mục 1" + TITLE (all centred, bold), dieu "Điều 1. Title" (bold, indented).
 *
 * Structure B (KH, BC, TTr): phan as above, muc "I. TITLE" (capitals, bold), khoan "1. Title"
 * (bold when titled), diem "a) Title".
 */
export interface HeadingBlock {
  type: "heading";
  level: HeadingLevel;
  /** "I", "1", "a": the renderer adds the words and punctuation ("Phần I", "I.", "1.", "a)"). */
  number: string;
  /** The title; may be empty for a điều that has only content. */
  text: string;
  /** A điều's or khoản's text run in after the label, upright ("Điều 1. Ban hành kèm theo …"). */
  content?: string | Inline[] | undefined;
}

export type HeadingLevel = "phan" | "chuong" | "mucA" | "tieuMuc" | "dieu" | "muc" | "khoan" | "diem";

/** An untitled khoản "1. …", điểm "a) …", ý "- …" or sub-ý "+ …": a body paragraph with its label. */
export interface ListItemBlock {
  type: "item";
  marker: "khoan" | "diem" | "dash" | "plus";
  /** "1" for a khoản, "a" for a điểm; ignored for dashes. */
  number?: string | undefined;
  content: string | Inline[];
}

export interface TableBlock {
  type: "table";
  columns: TableColumn[];
  rows: TableRow[];
  /** Point size of the cells; the profile's table size (12) by default. */
  fontSize?: number | undefined;
}

export interface TableColumn {
  header: string;
  /** Relative width; columns share the text width in proportion. */
  weight: number;
  align?: "left" | "center" | "right";
}

/**
 * A data row, or a group row ("I. Tuyên truyền trên báo chí") printed bold across every column;
 * a group row with a label puts it in the first column ("I") and the text across the others.
 */
export type TableRow = { cells: string[] } | { group: string; label?: string | undefined };

export interface SignerBlock {
  /** Authority and title lines as written: ["TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch"]. */
  lines: string[];
  name?: string | undefined;
  /**
   * The signer's signature (ô 7c; blue, transparent PNG), centred between title and name; for a
   * document signed electronically, the image of the signer's digital signature.
   */
  signatureImage?: ImageSource | undefined;
  /**
   * The organisation's seal (ô 8; red, transparent PNG), at its real size over the left third of
   * the signature; for a document signed electronically, the image of the organisation's digital
   * signature.
   */
  sealImage?: ImageSource | undefined;
}

export interface ImageSource {
  /** PNG or JPEG bytes. */
  data: Uint8Array;
  /** Printed width; by default the image's own size from its resolution (seals print at real size). */
  widthMm?: number | undefined;
}

export interface RecipientList {
  items: string[];
  /** What follows "Lưu: ": "VT, VHXH". */
  archive: string;
}
