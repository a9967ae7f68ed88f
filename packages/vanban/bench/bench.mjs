// Speed of the PDF renderer against two baselines measured in the same run, with the same fonts
// (Tinos from npm) and the same content: pdfmake used the plain way (fonts handed over, and
// parsed, for every document) and raw pdfkit with its fonts parsed once. Prints medians and
// the ratios of issue 4 with their targets, the peak memory of a 1,000-page render and the gzip
// size of what a browser loads to render. Needs the build: `pnpm --filter @kehoach/vanban build`.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadTinosFor, loadTinosFromNodeModules } from "../dist/fonts/node.js";
import { renderPdf } from "../dist/pdf/index.js";
import { vanBanToPdfmake } from "../dist/pdfmake/index.js";
import { measureBrowserChunk } from "./chunk-size.mjs";
import { onePage, pageCount, planOf } from "./content.mjs";
import { renderWithPdfkit } from "./pdfkit-baseline.mjs";
import { renderWithPdfmake, setupPdfmake } from "./pdfmake-baseline.mjs";
import { renderWithPdfmakeEntry, setupPdfmakeEntry } from "./pdfmake-entry.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes("--quick");
const fonts = await loadTinosFromNodeModules();
setupPdfmake(fonts);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Alternates the two renderers run by run, so machine load falls on both alike. */
async function compare(ours, theirs, runs, warmup) {
  const a = [];
  const b = [];
  let pages = [0, 0];
  for (let i = 0; i < warmup + runs; i++) {
    let t = performance.now();
    const x = await ours();
    const ta = performance.now() - t;
    t = performance.now();
    const y = await theirs();
    const tb = performance.now() - t;
    if (i >= warmup) {
      a.push(ta);
      b.push(tb);
    }
    pages = [pageCount(x), pageCount(y)];
  }
  return { ours: median(a), theirs: median(b), pages };
}

const ms = (v) => `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ms`;
const rows = [];
const report = (name, baseline, r, target) => {
  const ratio = r.ours / r.theirs;
  rows.push({ name, baseline, r, ratio, target });
  console.log(
    `${name.padEnd(14)} ours ${ms(r.ours).padStart(9)} (${r.pages[0]} tr.)  ${baseline.padEnd(16)} ${ms(r.theirs).padStart(9)} (${r.pages[1]} tr.)  ratio ${ratio.toFixed(2)}x  target <= ${target}x  ${ratio <= target ? "OK" : "MISSED"}`,
  );
};

// Calibrate: how many pages one unit of the plan body makes with this renderer.
const unitPages = pageCount(await renderPdf(planOf(4), { fonts })) / 4;
const unitsFor = (pages) => Math.max(1, Math.round(pages / unitPages));
console.log(
  `Kế hoạch Kit PDF benchmark (Node ${process.version}); medians; one unit of content ≈ ${unitPages.toFixed(2)} pages`,
);

const one = onePage();
report(
  "1 page",
  "plain pdfmake",
  await compare(
    () => renderPdf(one, { fonts }),
    () => renderWithPdfmake(one),
    quick ? 8 : 30,
    3,
  ),
  0.35,
);
const ten = planOf(unitsFor(10));
report(
  "10 pages",
  "plain pdfmake",
  await compare(
    () => renderPdf(ten, { fonts }),
    () => renderWithPdfmake(ten),
    quick ? 5 : 15,
    2,
  ),
  0.5,
);
const hundred = planOf(unitsFor(100));
const r100 = await compare(
  () => renderPdf(hundred, { fonts }),
  () => renderWithPdfkit(hundred, fonts),
  quick ? 3 : 5,
  1,
);
report("100 pages", "raw pdfkit", r100, 1.5);
const thousand = planOf(unitsFor(1000));
const r1000 = await compare(
  () => renderPdf(thousand, { fonts }),
  () => renderWithPdfkit(thousand, fonts),
  quick ? 1 : 3,
  1,
);
report("1,000 pages", "raw pdfkit", r1000, 1.5);

// The two engines of the same văn bản: this renderer (pdfkit) and @kehoach/vanban/pdfmake rendered
// by pdfmake, with the same fonts (the Vietnamese subset when built, by path for pdfmake).
console.log("pdfkit renderer vs @kehoach/vanban/pdfmake rendered by pdfmake (same document, same fonts):");
const subset = await loadTinosFor(JSON.stringify(hundred));
setupPdfmakeEntry(JSON.stringify(hundred));
const engines = [];
for (const [name, doc, runs] of [
  ["1 page", one, quick ? 8 : 20],
  ["10 pages", ten, quick ? 5 : 10],
  ["100 pages", hundred, quick ? 2 : 4],
]) {
  // The definition alone, then the whole render.
  const definition = [];
  for (let i = 0; i < runs + 1; i++) {
    const t = performance.now();
    vanBanToPdfmake(doc);
    if (i > 0) definition.push(performance.now() - t);
  }
  const r = await compare(
    () => renderPdf(doc, { fonts: subset }),
    () => renderWithPdfmakeEntry(doc),
    runs,
    1,
  );
  engines.push({ name, r });
  console.log(
    `${name.padEnd(14)} pdfkit ${ms(r.ours).padStart(9)} (${r.pages[0]} tr.)  pdfmake ${ms(r.theirs).padStart(9)} (${r.pages[1]} tr.)  pdfkit/pdfmake ${(r.ours / r.theirs).toFixed(2)}x  (definition alone ${ms(median(definition))})`,
  );
}

const perPage100 = r100.ours / r100.pages[0];
const perPage1000 = r1000.ours / r1000.pages[0];
const growth = perPage1000 / perPage100;
console.log(
  `growth 100 -> 1,000 pages: ${perPage100.toFixed(2)} -> ${perPage1000.toFixed(2)} ms/page, ratio ${growth.toFixed(2)} (linear: <= 1.25) ${growth <= 1.25 ? "OK" : "MISSED"}`,
);

const memory = JSON.parse(
  execFileSync(process.execPath, [join(here, "memory.mjs"), String(unitsFor(1000))], { encoding: "utf8" }),
);
console.log(
  `peak memory, one ${memory.pages}-page render in a fresh process: ${memory.peakRssMb.toFixed(0)} MB (target < 400 MB) ${memory.peakRssMb < 400 ? "OK" : "MISSED"}`,
);
const chunk = await measureBrowserChunk();
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `browser lazy chunk, gzip: worker ${kb(chunk.engineGzip)} + subset Tinos ×4 ${kb(chunk.fontsGzip)} = ${kb(chunk.totalGzip)} (aim < 700 KB) ${chunk.totalGzip < 700 * 1024 ? "OK" : "MISSED"}`,
);
const missed =
  rows.filter((r) => r.ratio > r.target).length +
  (growth > 1.25 ? 1 : 0) +
  (memory.peakRssMb >= 400 ? 1 : 0) +
  (chunk.totalGzip >= 700 * 1024 ? 1 : 0);
console.log(missed === 0 ? "All targets met." : `${missed} target(s) missed.`);
