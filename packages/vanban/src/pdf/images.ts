import type { ImageSource } from "../model.js";
import { mm } from "../profile.js";
import type { PdfKitDocument, PdfKitImage } from "./pdfkit.js";

// Signature and seal images. The decree wants the seal at its real size: a scanned seal carries
// its resolution (PNG pHYs, JPEG JFIF density), which gives its printed size; an explicit width
// wins, and an image without either gets the fallback width.

export interface PlacedImage {
  image: PdfKitImage;
  /** Printed size in points. */
  width: number;
  height: number;
}

/** Dots per millimetre stored in a PNG (pHYs, metre unit) or a JPEG (JFIF density), if any. */
export function imageResolution(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0x89 && bytes[1] === 0x50) {
    let offset = 8;
    while (offset + 8 <= bytes.length) {
      const length = view.getUint32(offset);
      const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
      if (type === "pHYs" && length >= 9) {
        const perMetre = view.getUint32(offset + 8);
        const unit = bytes[offset + 16];
        return unit === 1 && perMetre > 0 ? perMetre / 1000 : undefined;
      }
      if (type === "IDAT" || type === "IEND") return undefined;
      offset += 12 + length;
    }
    return undefined;
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes.length > 18) {
    // APP0 "JFIF\0": units at 13 (1 = dpi, 2 = dots per cm), x density at 14.
    const jfif = String.fromCharCode(...bytes.subarray(6, 11));
    if (jfif !== "JFIF\0") return undefined;
    const units = bytes[13];
    const density = view.getUint16(14);
    if (density <= 0) return undefined;
    if (units === 1) return density / 25.4;
    if (units === 2) return density / 10;
  }
  return undefined;
}

export class ImageStore {
  private readonly opened = new Map<Uint8Array, PdfKitImage>();
  constructor(private readonly pdf: PdfKitDocument) {}

  place(source: ImageSource, fallbackWidthMm: number): PlacedImage {
    let image = this.opened.get(source.data);
    if (!image) {
      try {
        image = this.pdf.openImage(source.data.slice().buffer);
      } catch (error) {
        throw new Error(
          `Không đọc được ảnh chữ ký hoặc con dấu: cần tệp PNG hoặc JPEG (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
      image.embed(this.pdf);
      this.opened.set(source.data, image);
    }
    const resolution = imageResolution(source.data);
    const widthMm = source.widthMm ?? (resolution ? image.width / resolution : fallbackWidthMm);
    const width = mm(widthMm);
    return { image, width, height: (width * image.height) / image.width };
  }
}
