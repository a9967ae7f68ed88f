import { TrueTypeFont } from "./pdf/font.js";
import { readImage } from "./pdf/image.js";

/** Width in points of a line set in this TrueType font: to size a box before signing. */
export function textWidth(font: Uint8Array, text: string, size: number): number {
  return new TrueTypeFont(font).widthOf(text, size);
}

/** An image's printed width from its own resolution (a seal's real size), when it says one. */
export function imageWidthMm(image: Uint8Array): number | undefined {
  return readImage(image).naturalWidthMm;
}
