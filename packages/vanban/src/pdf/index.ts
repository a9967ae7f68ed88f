export { type RenderPdfOptions, renderPdf } from "./render.js";
