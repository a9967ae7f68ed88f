import type { Rect } from "./appearance.js";
import { PdfFile } from "./pdf/parse.js";
import { pageTextLines, type TextLine } from "./pdf/text.js";

// Where Phụ lục I of Nghị định 30 puts each signature, found in the rendered PDF itself, so any
// văn bản (ours or another tool's) is signed in place:
// - ô 7c, the individual's signature: between the signer's last title line and the name, centred
//   on the name;
// - ô 8, the organisation's signature (the seal image): at its real size over the left third of
//   the individual's signature;
// - ô 14, the organisation's signature on an attached document or an electronic copy: top right
//   of page 1, the number and symbol (or the copy's form and body) and the signing time, 10 pt.

const MM = 72 / 25.4;

export interface PlacedBox {
  /** Page index, from 0. */
  page: number;
  rect: Rect;
}

/** The signature block could not be found: the caller should ask for the box. */
export class PlacementError extends Error {
  override name = "PlacementError";
}

const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/gu, " ").trim();

/** Text lines of every page, for a caller that looks for several things in one file. */
export function textLines(
  pdf: Uint8Array | PdfFile,
): { page: number; width: number; height: number; lines: TextLine[] }[] {
  const file = pdf instanceof PdfFile ? pdf : new PdfFile(pdf);
  return file.pages().map((page, index) => ({
    page: index,
    width: page.mediaBox[2] - page.mediaBox[0],
    height: page.mediaBox[3] - page.mediaBox[1],
    lines: pageTextLines(file, page),
  }));
}

/**
 * ô 7c: the box between the signer's title and name. `signerName` is the name as printed (the
 * certificate's CN usually is); the last place it stands alone on a line is the signature block.
 */
export function signatureBox(
  pdf: Uint8Array | PdfFile,
  signerName: string,
  options: { widthMm?: number } = {},
): PlacedBox {
  const wanted = fold(signerName);
  const file = pdf instanceof PdfFile ? pdf : new PdfFile(pdf);
  const pages = file.pages();
  // From the last page back: the signature block ends the document, so most files read one page.
  for (let p = pages.length - 1; p >= 0; p--) {
    const page = pages[p]!;
    const lines = pageTextLines(file, page);
    const pageWidth = page.mediaBox[2] - page.mediaBox[0];
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i]!;
      if (fold(line.text) !== wanted) continue;
      const centre = (line.x0 + line.x1) / 2;
      const nameTop = line.y + line.size * 0.8;
      // The title line just above, centred on the same column.
      const title = lines
        .filter(
          (l) => l.y > line.y + line.size && l.y - line.y < 200 && Math.abs((l.x0 + l.x1) / 2 - centre) < 40,
        )
        .sort((a, b) => a.y - b.y)[0];
      const bottom = nameTop + 2;
      const top = title ? title.y - title.size * 0.3 - 2 : bottom + 28 * MM;
      const width = Math.min((options.widthMm ?? 60) * MM, pageWidth);
      const x = Math.max(0, Math.min(centre - width / 2, pageWidth - width));
      return { page: p, rect: { x, y: bottom, width, height: Math.max(10, top - bottom) } };
    }
  }
  throw new PlacementError(
    `Không tìm thấy họ tên người ký "${signerName.normalize("NFC")}" đứng riêng một dòng trong tệp: hãy chỉ vị trí chữ ký.`,
  );
}

/**
 * ô 8: a seal `diameterMm` across (its real size), centred on the signature box's height, its right
 * edge a third of the way into the signature image. The image is assumed centred in the box and
 * `signatureAspect` (width / height, 2 by default) wide when its size is not given.
 */
export function sealBox(
  signature: PlacedBox,
  diameterMm: number,
  options: { signatureWidth?: number; signatureAspect?: number } = {},
): PlacedBox {
  const { rect } = signature;
  const d = diameterMm * MM;
  const sigWidth = Math.min(
    rect.width,
    options.signatureWidth ?? rect.height * (options.signatureAspect ?? 2),
  );
  const sigLeft = rect.x + (rect.width - sigWidth) / 2;
  const right = sigLeft + sigWidth / 3;
  return {
    page: signature.page,
    rect: { x: right - d, y: rect.y + rect.height / 2 - d / 2, width: d, height: d },
  };
}

/**
 * ô 14: top right of page 1, in the top margin, as wide as its longest line at 10 pt; its right edge
 * on the text block's right edge (`rightMarginMm`, 15 mm by default as in the renderer's profile), its
 * top 10 mm from the page's top edge, where the renderer starts the page number and its own ô 14.
 */
export function topRightBox(
  pageWidth: number,
  pageHeight: number,
  textWidth: number,
  lineCount: number,
  options: { rightMarginMm?: number; topMm?: number; size?: number } = {},
): PlacedBox {
  const size = options.size ?? 10;
  const width = textWidth + 2;
  const height = lineCount * size * 1.15 + 2;
  const right = pageWidth - (options.rightMarginMm ?? 15) * MM;
  const top = pageHeight - (options.topMm ?? 10) * MM;
  return { page: 0, rect: { x: right - width, y: top - height, width, height } };
}

/** "18/KH-UBND" from the "Số: 18/KH-UBND" line of page 1, when the document has one. */
export function numberAndSymbolOf(pdf: Uint8Array | PdfFile): string | undefined {
  const first = textLines(pdf)[0];
  for (const line of first?.lines ?? []) {
    const m = /^Số:\s*(\S+\/\S+)/u.exec(line.text);
    if (m && !m[1]!.startsWith("/")) return m[1];
  }
  return undefined;
}

/**
 * A box as a renderer reports it ({ pageIndex, rect: [x1, y1, x2, y2] }, a PDF /Rect), for a
 * document rendered by a renderer that says where its signing space is.
 */
export function boxFromRect(box: {
  pageIndex: number;
  rect: readonly [number, number, number, number];
}): PlacedBox {
  const [x1, y1, x2, y2] = box.rect;
  return {
    page: box.pageIndex,
    rect: { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) },
  };
}

/**
 * The ô 14 block a renderer printed in advance (a document rendered with the organisation's
 * signature text): its ISO 8601 time, from the top 30 mm of page 1. The signature must then carry
 * that time, and draw nothing more.
 */
export function printedStampTime(pdf: Uint8Array | PdfFile): { text: string; date: Date } | undefined {
  const first = textLines(pdf)[0];
  if (!first) return undefined;
  for (const line of first.lines) {
    if (line.y < first.height - 30 * MM) continue;
    const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:\d{2}|Z))$/u.exec(line.text);
    if (m) {
      const date = new Date(m[1]!);
      if (!Number.isNaN(date.getTime())) return { text: m[1]!, date };
    }
  }
  return undefined;
}
