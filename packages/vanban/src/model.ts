import type { PartialDate } from "@kehoach/text-vi";

// A văn bản hành chính as data. It knows no plans: plan-documents builds one from a plan, and
// every renderer (PDF now; DOCX and the on-screen preview) reads the same tree, so they agree.
// Text is stored as the author wrote it; renderers set the "in hoa" elements in real capitals.

/** Kế hoạch, Quyết định, Báo cáo, Tờ trình, công văn. */
export type DocumentKind = "KH" | "QD" | "BC" | "TTr" | "CV";

export const TYPE_NAMES: Record<Exclude<DocumentKind, "CV">, string> = {
  KH: "Kế hoạch",
  QD: "Quyết định",
  BC: "Báo cáo",
  TTr: "Tờ trình",
};

export interface VanBan {
  kind: DocumentKind;
  /** Tên cơ quan chủ quản trực tiếp (upright, above the issuing body); absent for a UBND. */
  parentBody?: string | undefined;
  /** Tên cơ quan ban hành, one entry per header line. */
  issuingBody: string[];
  /** Registration number; absent in a draft, which prints a blank to be filled after signature. */
  number?: string | undefined;
  /** "KH-UBND", exactly as configured (mixed case such as "TTr" is kept). */
  symbol: string;
  place: string;
  date: PartialDate;
  /** Trích yếu nội dung. */
  subject: string;
  body: Block[];
  signer?: SignerBlock | undefined;
  recipients?: RecipientList | undefined;
  /** Document properties; creationDate (ISO) makes the PDF bytes reproducible. */
  metadata?: DocumentMetadata | undefined;
}

export interface DocumentMetadata {
  title?: string;
  author?: string;
  creationDate?: string;
}

export type Inline = string | { text: string; bold?: boolean; italic?: boolean };

export type Block = ParagraphBlock | HeadingBlock | TableBlock;

export interface ParagraphBlock {
  type: "paragraph";
  content: string | Inline[];
  /** Căn cứ lines are italic; body text is upright. */
  italic?: boolean;
}

/**
 * Structure B of nd30-layout §4.3: mục "I. TITLE" (capitals, bold), khoản "1. Title" (bold when
 * titled), điểm "a) Title".
 */
export interface HeadingBlock {
  type: "heading";
  level: "muc" | "khoan" | "diem";
  /** "I", "1", "a": the renderer adds the punctuation ("I.", "1.", "a)"). */
  number: string;
  text: string;
}

export interface TableBlock {
  type: "table";
  columns: TableColumn[];
  rows: TableRow[];
}

export interface TableColumn {
  header: string;
  /** Relative width; columns share the text width in proportion. */
  weight: number;
  align?: "left" | "center";
}

/** A data row, or a group row ("I. Tuyên truyền trên báo chí") spanning every column. */
export type TableRow = { cells: string[] } | { group: string };

export interface SignerBlock {
  /** Authority and title lines as written: ["TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch"]. */
  lines: string[];
  name?: string | undefined;
}

export interface RecipientList {
  items: string[];
  /** What follows "Lưu: ": "VT, VHXH". */
  archive: string;
}
