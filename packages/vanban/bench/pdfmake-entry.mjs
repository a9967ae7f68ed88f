// The second engine: the document definition of @kehoach/vanban/pdfmake rendered by pdfmake 0.3,
// set up as a Node app sets it up (the fonts by path, read by pdfmake for every document).
import pdfmake from "pdfmake";
import { vanBanToPdfmake } from "../dist/pdfmake/index.js";
import { pdfmakeNodeFonts } from "../dist/pdfmake/node.js";

export function setupPdfmakeEntry(text) {
  const { fonts, files } = pdfmakeNodeFonts(text);
  pdfmake.setFonts(fonts);
  pdfmake.setLocalAccessPolicy((path) => files.includes(path));
  pdfmake.setUrlAccessPolicy(() => false);
  return files;
}

export async function renderWithPdfmakeEntry(doc) {
  const buffer = await pdfmake.createPdf(vanBanToPdfmake(doc)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
