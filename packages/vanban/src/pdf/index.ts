import type { FontSet } from "../fonts/font-set.js";
import { type FontMetrics, readFontMetrics } from "../fonts/metrics.js";
import type { VanBan } from "../model.js";
import { type LayoutProfile, nd30Profile } from "../profile.js";
import { loadEngine, useFontSet } from "./engine.js";
import { buildDocDefinition } from "./layout.js";

export { buildDocDefinition, FONT_FAMILY } from "./layout.js";

export interface RenderPdfOptions {
  fonts: FontSet;
  profile?: LayoutProfile;
}

const metricsCache = new WeakMap<FontSet, { normal: FontMetrics; bold: FontMetrics }>();

function metricsFor(fonts: FontSet) {
  let metrics = metricsCache.get(fonts);
  if (!metrics) {
    metrics = { normal: readFontMetrics(fonts.normal), bold: readFontMetrics(fonts.bold) };
    metricsCache.set(fonts, metrics);
  }
  return metrics;
}

/** Renders a văn bản to PDF bytes, in Node or in a browser. Same document and profile, same bytes. */
export async function renderPdf(doc: VanBan, options: RenderPdfOptions): Promise<Uint8Array> {
  const profile = options.profile ?? nd30Profile(14);
  const definition = buildDocDefinition(doc, profile, metricsFor(options.fonts));
  const pdfmake = await loadEngine();
  useFontSet(pdfmake, options.fonts);
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
