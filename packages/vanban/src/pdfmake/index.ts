// @kehoach/vanban/pdfmake: a văn bản as a pdfmake 0.3 document definition, for apps that already
// build their PDFs with pdfmake. The definition is plain data the app may extend (add content, a
// watermark, its own styles) and renders with its own pdfmake: this entry imports no pdfmake code
// (pdfmake is an optional peer dependency, for its types).
export { PDFMAKE_FONT, type PdfmakeOptions, vanBanToPdfmake } from "./document.js";
export { PDFMAKE_FONT_FILES, pdfmakeFontContainer, pdfmakeFonts, pdfmakeVfs } from "./fonts.js";
