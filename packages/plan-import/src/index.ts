export { DEFAULT_MAX_BYTES, importFile, importText, MAX_TEXT_CHARS } from "./import.js";
export { splitAgencies } from "./parse/agencies.js";
export type { PdfDocumentLike, PdfJs } from "./source/read-pdf.js";
export { type ImportSummary, toSummary } from "./summary.js";
export { toPlan } from "./to-plan.js";
export type {
  FieldTrace,
  FindingCode,
  FindingSeverity,
  ImportFinding,
  ImportOptions,
  ImportResult,
  ImportStats,
  LineRange,
  TaskTrace,
} from "./types.js";
