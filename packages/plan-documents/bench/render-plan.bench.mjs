// How long the whole path plan -> văn bản -> PDF takes for the sample plan, against raw pdfkit
// drawing the same text over the same number of pages with the same fonts (a lower bound that
// does no Nghị định 30 layout at all). Run after a build: `pnpm --filter @kehoach/plan-documents bench`.

import { inspectPdf } from "@kehoach/pdf-inspect";
import { samplePlan } from "@kehoach/plan-model/sample";
import { loadTinosFromNodeModules } from "@kehoach/vanban/fonts/node";
import { renderPdf } from "@kehoach/vanban/pdf";
import PDFDocument from "pdfkit";
import { measure, report } from "../../../tools/bench.mjs";
import { planToVanBan } from "../dist/index.js";

const fonts = await loadTinosFromNodeModules();
const ours = await renderPdf(planToVanBan(samplePlan), { fonts });
const pages = (await inspectPdf(ours)).pages.length;

// The same strings our renderer lays out, taken from the văn bản tree.
const document = planToVanBan(samplePlan);
const paragraphs = [
  document.subject,
  ...document.body.flatMap((block) => {
    if (block.type === "paragraph")
      return [
        typeof block.content === "string"
          ? block.content
          : block.content.map((p) => (typeof p === "string" ? p : p.text)).join(""),
      ];
    if (block.type === "heading") return [block.text];
    if (block.type === "table")
      return block.rows.flatMap((row) => ("cells" in row ? row.cells : [row.group]));
    return [];
  }),
].filter((text) => text !== "");

function rawPdfkit() {
  return new Promise((resolve) => {
    const doc = new PDFDocument({
      size: "A4",
      margins: { top: 57, bottom: 57, left: 85, right: 43 },
      autoFirstPage: true,
    });
    doc.registerFont("R", Buffer.from(fonts.normal));
    doc.registerFont("B", Buffer.from(fonts.bold));
    const chunks = [];
    doc.on("data", (c) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    let page = 1;
    doc.on("pageAdded", () => {
      page++;
    });
    // Draw the plan's text, repeated as needed, until the page count matches ours.
    for (let i = 0; page <= pages && i < 10_000; i++) {
      const text = paragraphs[i % paragraphs.length];
      doc
        .font(text === document.subject ? "B" : "R")
        .fontSize(14)
        .text(text, { align: "justify", indent: 28 });
    }
    doc.end();
  });
}

const results = [
  await measure(`raw pdfkit, ${pages} pages`, rawPdfkit),
  await measure(`sample plan -> PDF (${pages} pages)`, () => renderPdf(planToVanBan(samplePlan), { fonts })),
];
report("plan-documents: the sample plan as a PDF (Node)", results, `raw pdfkit, ${pages} pages`);
