// The PDF renderer's own thread, started by pdfRenderer(): laying out a long document takes a
// second or more, and the page must stay responsive meanwhile. pdfkit and the fonts live only in
// this chunk.
import { startPdfWorker } from "../pdf/worker.js";

startPdfWorker();
