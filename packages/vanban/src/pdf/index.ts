export {
  type RenderedPdf,
  type RenderPdfOptions,
  renderPdf,
  renderPdfForSigning,
  type SignatureAppearance,
} from "./render.js";
