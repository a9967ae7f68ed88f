import type { ParsedDocument } from "../parse/document.js";
import type { SourceDocument } from "../source/blocks.js";
import type { ImportOptions, LineRange } from "../types.js";
import type { Fields, Findings } from "./findings.js";

/** What every step of assembling reads: the parsed document, its source, the options, and where findings go. */
export interface AssembleContext {
  doc: ParsedDocument;
  source: SourceDocument;
  options: ImportOptions;
  findings: Findings;
  fields: Fields;
  /** The first lines, pointed at when a part of the header is missing altogether. */
  firstLine: LineRange;
}
