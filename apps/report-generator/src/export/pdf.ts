import { reportToVanBan } from "@kehoach/plan-documents";
import type { PeriodReport } from "@kehoach/report-model";
import { nd30Profile } from "@kehoach/vanban";
import { fetchFontSet } from "@kehoach/vanban/fonts/fetch";
import { createPdfWorkerClient, type PdfWorkerClient } from "@kehoach/vanban/pdf/worker-client";
import { TINOS_URLS } from "../fonts/tinos-urls.js";

let client: Promise<PdfWorkerClient> | undefined;

function pdfClient(): Promise<PdfWorkerClient> {
  client ??= (async () => {
    const fonts = await fetchFontSet("Tinos", TINOS_URLS);
    const worker = new Worker(new URL("../pdf.worker.ts", import.meta.url), { type: "module" });
    // A DOM Worker is the endpoint the client expects; its postMessage overloads only differ in typing.
    return createPdfWorkerClient(worker as unknown as Parameters<typeof createPdfWorkerClient>[0], fonts);
  })();
  client.catch(() => {
    client = undefined; // a failed font fetch may succeed on the next try
  });
  return client;
}

/** The báo cáo as PDF bytes, rendered in the worker. */
export async function reportPdf(report: PeriodReport): Promise<Blob> {
  const pdf = await pdfClient();
  const bytes = await pdf.render(
    reportToVanBan(report, { creationDate: new Date().toISOString() }),
    nd30Profile(14),
  );
  return new Blob([bytes as BlobPart], { type: "application/pdf" });
}
