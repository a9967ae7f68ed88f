import type { FontSet } from "../fonts/font-set.js";
import type { VanBan } from "../model.js";
import { type LayoutProfile, nd30Profile, ProfileError, validateProfile } from "../profile.js";
import { typeNameLine } from "../text-lines.js";
import { assertPrintable } from "../validate.js";
import type { PageCanvas } from "./canvas.js";
import { type PageInfo, paginate } from "./flow.js";
import { DocFonts } from "./fonts.js";
import { ImageStore } from "./images.js";
import { metricsOf, span } from "./layout/common.js";
import { documentSections } from "./layout/sections.js";
import { loadPdfKit, type PdfKitDocument } from "./pdfkit.js";
import { lineSegments, toWords } from "./text.js";

export interface RenderPdfOptions {
  fonts: FontSet;
  profile?: LayoutProfile;
  /**
   * Issuing (ban hành) rather than printing a draft: the document must carry its number, its full
   * date and its place, and every finding of validateVanBan refuses it.
   */
  issuing?: boolean;
}

/**
 * Where the document is signed: the signing space between the signer's title and name (ô 7c,
 * where the signature image stands, the seal over its left third), for a visible digital
 * signature to be placed on the finished PDF.
 */
export interface SignatureAppearance {
  /** The page, counted from 0. */
  pageIndex: number;
  /** [x1, y1, x2, y2] in PDF points, from the page's lower-left corner (a PDF /Rect). */
  rect: [number, number, number, number];
}

export interface RenderedPdf {
  bytes: Uint8Array;
  /** The main document's signing space; undefined for a document without a signer block. */
  signature: SignatureAppearance | undefined;
}

/**
 * Renders a văn bản to PDF bytes, in Node, a browser or a worker. Same document, profile and
 * fonts, same bytes: the creation date and file id come from the document, never the clock.
 */
export async function renderPdf(doc: VanBan, options: RenderPdfOptions): Promise<Uint8Array> {
  return (await renderPdfForSigning(doc, options)).bytes;
}

/** renderPdf, telling also where the document's signature goes (see SignatureAppearance). */
export async function renderPdfForSigning(doc: VanBan, options: RenderPdfOptions): Promise<RenderedPdf> {
  const profile = options.profile ?? nd30Profile(14);
  const profileProblems = validateProfile(profile);
  if (profileProblems.length > 0) throw new ProfileError(profileProblems);
  assertPrintable(doc, { issuing: options.issuing ?? false });

  const PDFDocument = await loadPdfKit();
  const pdf = new PDFDocument({
    size: [595.28, 841.89],
    margin: 0,
    autoFirstPage: false,
    compress: true,
    pdfVersion: "1.7",
    lang: "vi-VN",
    displayTitle: true,
    font: null,
    info: documentInfo(doc),
  });
  const chunks: Uint8Array[] = [];
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on("data", (chunk) => chunks.push(chunk));
    pdf.on("end", resolve);
    pdf.on("error", reject);
  });

  const fonts = new DocFonts(pdf, options.fonts);
  let space:
    | { canvas: PageCanvas; box: { x: number; top: number; width: number; height: number } }
    | undefined;
  let signature: SignatureAppearance | undefined;
  const resources = {
    profile,
    fonts,
    images: new ImageStore(pdf),
    // The first signing space drawn is the main document's (a QĐ comes before what it issues).
    onSigningSpace: (canvas: PageCanvas, box: { x: number; top: number; width: number; height: number }) => {
      space ??= { canvas, box };
    },
  };
  let pageIndex = 0;
  for (const section of documentSections(doc, resources)) {
    paginate(section, (canvas, info) => {
      drawPageNumber(canvas, info, resources);
      emitPage(pdf, canvas);
      if (space?.canvas === canvas && !signature) {
        const { x, top, width, height } = space.box;
        signature = { pageIndex, rect: [x, canvas.height - top - height, x + width, canvas.height - top] };
      }
      pageIndex++;
    });
  }
  // end() embeds the fonts synchronously; the cache is cleaned before any other render can run.
  pdf.end();
  fonts.finish();
  await finished;
  return { bytes: concat(chunks), signature };
}

/** The page number: centred over the text block in the top margin, absent on a section's first page. */
function drawPageNumber(
  canvas: PageCanvas,
  info: PageInfo,
  res: { profile: LayoutProfile; fonts: DocFonts },
): void {
  if (info.numberInSection === 1) return;
  const size = res.profile.sizes.pageNumber;
  const words = toWords([span(String(info.numberInSection), size)], res.fonts);
  const width = words.reduce((sum, w) => sum + w.width, 0);
  const g = info.geometry;
  const centre = g.left + (g.width - g.left - g.right) / 2;
  const m = metricsOf(res, size);
  const baseline = (res.profile.headerDistanceMm * 72) / 25.4 + m.ascent;
  canvas.text(centre - width / 2, baseline, lineSegments({ words, width }));
}

function emitPage(pdf: PdfKitDocument, canvas: PageCanvas): void {
  pdf.addPage({ size: [canvas.width, canvas.height], margin: 0 });
  // pdfkit starts each page with a y-flipping matrix for its own drawing API; ours writes PDF
  // coordinates, so the flip is undone first (the flip is its own inverse).
  pdf.addContent(`1 0 0 -1 0 ${canvas.height} cm\n${canvas.ops.join("\n")}`);
  for (const face of canvas.faces) pdf.page.fonts[face.id] = face.embedded.ref();
  for (const image of canvas.images) pdf.page.xobjects[image.label] = image.obj;
}

function documentInfo(doc: VanBan): Record<string, string | Date> {
  const creationDate = doc.metadata?.creationDate
    ? new Date(doc.metadata.creationDate)
    : new Date(Date.UTC(doc.date.year, (doc.date.month ?? 1) - 1, doc.date.day ?? 1));
  const nfc = (text: string) => text.normalize("NFC");
  return {
    Title: nfc(doc.metadata?.title ?? `${typeNameLine(doc) ?? "Công văn"} ${doc.subject}`.trim()),
    Author: nfc(doc.metadata?.author ?? doc.issuingBody.join(" ")),
    Subject: nfc(doc.subject),
    Creator: "Kế hoạch Kit",
    Producer: "Kế hoạch Kit (@kehoach/vanban)",
    CreationDate: creationDate,
  };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const c of chunks) length += c.byteLength;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
