// pdfmake's browser build, loaded by PdfmakePreview; the few members used are typed there.
declare module "pdfmake/build/pdfmake.js" {
  const pdfMake: unknown;
  export default pdfMake;
}
