// Renders one plan of about `units` × 2.6 pages in a fresh process and prints its peak memory
// (resident set) as JSON, so the benchmark measures the renderer alone.
import { loadTinosFromNodeModules } from "../dist/fonts/node.js";
import { renderPdf } from "../dist/pdf/index.js";
import { pageCount, planOf } from "./content.mjs";

const units = Number(process.argv[2] ?? 380);
const fonts = await loadTinosFromNodeModules();
const started = performance.now();
const bytes = await renderPdf(planOf(units), { fonts });
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({ pages: pageCount(bytes), ms, bytes: bytes.length, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
