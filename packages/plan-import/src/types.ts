import type { AdminLevel, Locality, Plan } from "@kehoach/plan-model";
import type { QuoteSpan } from "@kehoach/text-vi";
import type { PdfJs } from "./source/read-pdf.js";

/** Lines of the source, 1-based and inclusive, as shown in the review screen beside the plan. */
export interface LineRange {
  from: number;
  to: number;
}

export type FindingSeverity = "error" | "warning" | "info";

/**
 * Something the importer was unsure of, or had to guess, with the source lines it concerns and a
 * sentence that says what and why, in Vietnamese and in English. `target` points into the plan
 * ("title", "tasks[3].roles", "signer") so a review screen can highlight the extracted field too.
 */
export interface ImportFinding {
  code: FindingCode;
  severity: FindingSeverity;
  /** The sentence in Vietnamese (what the command line prints). */
  message: string;
  /**
   * The same sentence in English, for a screen shown in English. It is English throughout but
   * for the user's own words it quotes (a label, an agency name, a time as written), which
   * `quotes` locates so a screen can mark them as Vietnamese (see `messageParts`).
   */
  messageEn: string;
  /** Where `messageEn` quotes the user's own words (UTF-16 offsets, `end` exclusive); absent when it quotes none. */
  quotes?: QuoteSpan[] | undefined;
  lines?: LineRange | undefined;
  target?: string | undefined;
}

export type FindingCode =
  | "binary-input"
  | "empty-input"
  | "too-large"
  | "docx-unreadable"
  | "docx-too-large"
  | "docx-no-body"
  | "banner-removed"
  | "metadata-removed"
  | "header-missing"
  | "doc-type-guessed"
  | "issuer-inferred"
  | "issuer-missing"
  | "number-missing"
  | "number-from-back-reference"
  | "back-reference-mismatch"
  | "symbol-missing"
  | "date-blank"
  | "date-missing"
  | "place-missing"
  | "title-missing"
  | "title-capitals"
  | "year-guessed"
  | "basis-without-document"
  | "no-tasks"
  | "task-no-lead"
  | "task-no-time"
  | "task-time-unparsed"
  | "task-role-advisor"
  | "task-role-label"
  | "task-same-agency-both-roles"
  | "task-text-missing"
  | "task-time-from-list"
  | "agency-split-uncertain"
  | "agency-unmatched"
  | "agency-ambiguous"
  | "table-header-guessed"
  | "table-row-shifted"
  | "table-row-continued"
  | "table-row-unaligned"
  | "table-header-repeated"
  | "decision-without-plan"
  | "paragraph-joined"
  | "signer-missing"
  | "signer-name-missing"
  | "recipients-missing"
  | "ocr-noise"
  | "invisible-characters"
  | "plan-repaired"
  | "task-merged"
  | "table-matrix"
  | "task-lead-from-implementation"
  | "pdf-no-text"
  | "pdf-unreadable"
  | "doc-word97";

/** Where one part of the plan came from: a field of the header, a task, a section. */
export interface FieldTrace {
  /** Path into the plan: "title", "issuedOn", "tasks[2]", "tasks[2].children[0]", "signer". */
  target: string;
  lines: LineRange;
  /** Findings that concern this part, by index into `ImportResult.findings`. */
  findings: number[];
}

/** A task as extracted, with where it came from: one row of the review screen. */
export interface TaskTrace {
  /** Path into the plan's task tree: "tasks[0].children[2]". */
  target: string;
  ref: string;
  /** Whole block of the task (its heading line to its last role line, or its table row). */
  lines: LineRange;
  /** The line each part was read from, when it had a line of its own. */
  parts: { title?: LineRange; leads?: LineRange; supports?: LineRange; time?: LineRange };
  from: "prose" | "table";
  findings: number[];
}

export interface ImportStats {
  format: "text" | "docx" | "pdf";
  bytes: number;
  lines: number;
  tables: number;
  tasks: number;
  ms: number;
}

export type ImportResult =
  | {
      ok: true;
      /** A Plan (format 2) that passed the plan schema: save it, or show it for review first. */
      plan: Plan;
      /** The source as the importer read it, one entry per line (docx: one per paragraph or table row). */
      source: string[];
      findings: ImportFinding[];
      fields: FieldTrace[];
      tasks: TaskTrace[];
      /** What the summary (and scorers) call the document: "KH", or "QĐ" for a decision carrying a plan. */
      docType: "KH" | "QĐ";
      /**
       * Header facts as written that the plan stores differently: the document's number and
       * symbol (a QĐ's when the plan is its attachment, "" numbers as null), the signer's first
       * prefix ("TM.", "KT.") and title in capitals, and the issuer's level.
       */
      header: {
        /** The document's own trích yếu: a QĐ's when a decision issues the plan (the plan keeps its own in `plan.title`). */
        title: string | null;
        number: string | null;
        symbol: string | null;
        signerAuthority: string | null;
        signerTitle: string | null;
        issuerLevel: AdminLevel | null;
      };
      /** The banner and metadata block a website put around scraped text. */
      provenance?: { removed: LineRange[]; metadata: Record<string, string> } | undefined;
      stats: ImportStats;
    }
  | {
      ok: false;
      /** A Vietnamese sentence that says why nothing was imported. */
      message: string;
      /** The same sentence in English, for a screen shown in English. */
      messageEn: string;
      code: FindingCode;
      stats: Pick<ImportStats, "bytes" | "ms">;
    };

export interface ImportOptions {
  /** The locality directory to match agency names against; names are kept as written without it. */
  locality?: Locality | undefined;
  /** File name, used to tell .docx from text when the bytes are ambiguous and to name the plan. */
  fileName?: string | undefined;
  /** Refuse inputs larger than this many bytes (default 20 MB). */
  maxBytes?: number | undefined;
  /**
   * Loads pdf.js for a PDF. A browser app passes the copy it has set up (its worker); by default
   * the legacy build of pdfjs-dist is imported, which runs in Node.
   */
  pdfjs?: (() => Promise<PdfJs>) | undefined;
}
