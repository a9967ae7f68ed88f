// The PDF renderer's own thread: laying out a long appendix takes a second or more, and the page
// must stay responsive meanwhile. The renderer and its fonts live only in this chunk.
import { startPdfWorker } from "@kehoach/vanban/pdf/worker";

startPdfWorker();
