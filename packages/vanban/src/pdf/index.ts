/** pdfkit, loaded before the first render needs it (by a worker that knows a document is coming). */
export { loadPdfKit } from "./pdfkit.js";
export {
  type RenderedPdf,
  type RenderPdfOptions,
  renderPdf,
  renderPdfForSigning,
  type SignatureAppearance,
} from "./render.js";
