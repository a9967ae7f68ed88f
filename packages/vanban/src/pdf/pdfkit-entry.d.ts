// Types of the "#pdfkit" import (package.json "imports"): pdfkit ships no types of its own and
// @types/pdfkit describes it as an ambient module, so this module gives the one value we take and
// ./pdfkit.ts describes the part of it this package uses. Consumers type-checking our sources
// resolve "#pdfkit" here through the "types" condition.
declare const PDFDocument: unknown;
export default PDFDocument;
