// The PDF renderer's own thread: a long báo cáo never freezes the page.
import { startPdfWorker } from "@kehoach/vanban/pdf/worker";

startPdfWorker();
