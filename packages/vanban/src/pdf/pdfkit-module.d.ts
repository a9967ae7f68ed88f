// pdfkit ships no types of its own; ./pdfkit.ts describes the part of it this package uses.
declare module "#pdfkit" {
  const PDFDocument: unknown;
  export default PDFDocument;
}
