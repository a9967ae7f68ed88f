import type { ImageSource } from "../model.js";
import { imageResolution } from "../pdf/images.js";
import { ptMm } from "./units.js";

// Signature and seal images at the size the PDF prints them: an explicit width wins, then the
// image's own resolution (a scanned seal prints at its real size), then a fallback width.

export interface SizedImage {
  data: Uint8Array;
  type: "png" | "jpg";
  /** Printed size in points. */
  width: number;
  height: number;
}

export function sizeImage(source: ImageSource, fallbackWidthMm: number): SizedImage {
  const { type, width: pxWidth, height: pxHeight } = pixelSize(source.data);
  const resolution = imageResolution(source.data);
  const widthMm = source.widthMm ?? (resolution ? pxWidth / resolution : fallbackWidthMm);
  const width = ptMm(widthMm);
  // A copy made in this realm: the zip writer checks `instanceof Uint8Array`, which bytes coming
  // from another realm (an iframe, a vm context) would fail.
  return { data: new Uint8Array(source.data), type, width, height: (width * pxHeight) / pxWidth };
}

function pixelSize(bytes: Uint8Array): { type: "png" | "jpg"; width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    return { type: "png", width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) break;
      const marker = bytes[offset + 1] as number;
      const length = view.getUint16(offset + 2);
      // Start-of-frame markers (baseline, progressive, …) carry the height then the width.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { type: "jpg", height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
      }
      offset += 2 + length;
    }
  }
  throw new Error("Không đọc được ảnh chữ ký hoặc con dấu: cần tệp PNG hoặc JPEG.");
}
