import { unzlibSync } from "fflate";
import { concatBytes, name, PdfDict, type PdfObject, type PdfRef, PdfStream } from "./objects.js";
import { unfilterRows } from "./parse.js";
import { flateStream } from "./write.js";

// PNG (with transparency, as Phụ lục I asks for the signature and the seal) and JPEG images as
// PDF image XObjects. A PNG's alpha becomes a soft mask; its pHYs resolution gives its real size,
// which is how a seal prints at the size of the physical seal.

export class ImageError extends Error {
  override name = "ImageError";
}

export interface EmbeddedImage {
  width: number;
  height: number;
  /** Printed width in millimetres from the image's own resolution, when it says one. */
  naturalWidthMm: number | undefined;
  naturalHeightMm: number | undefined;
  objects(allocate: () => PdfRef): { image: PdfRef; objects: { ref: PdfRef; value: PdfObject }[] };
}

export function readImage(bytes: Uint8Array): EmbeddedImage {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return readPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return readJpeg(bytes);
  throw new ImageError("Ảnh không phải PNG hay JPEG.");
}

function readPng(bytes: Uint8Array): EmbeddedImage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  let colorType = 0;
  let interlace = 0;
  let palette: Uint8Array | undefined;
  let transparency: Uint8Array | undefined;
  let ppmX: number | undefined;
  let ppmY: number | undefined;
  const idat: Uint8Array[] = [];
  while (at + 8 <= bytes.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      depth = data[8]!;
      colorType = data[9]!;
      interlace = data[12]!;
    } else if (type === "PLTE") palette = data;
    else if (type === "tRNS") transparency = data;
    else if (type === "pHYs" && data[8] === 1) {
      ppmX = view.getUint32(at + 8);
      ppmY = view.getUint32(at + 12);
    } else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    at += 12 + length;
  }
  if (width === 0 || height === 0 || idat.length === 0)
    throw new ImageError("Tệp PNG hỏng (thiếu IHDR hoặc IDAT).");
  if (depth !== 8 || interlace !== 0) {
    throw new ImageError(
      "Ảnh PNG cần 8 bit mỗi kênh và không xen kẽ (interlace); hãy lưu lại ảnh ở dạng đó.",
    );
  }
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType];
  if (!channels) throw new ImageError(`Kiểu màu PNG ${colorType} không hợp lệ.`);
  let raw: Uint8Array;
  try {
    raw = unfilterRows(unzlibSync(concatBytes(idat)), width * channels, channels);
  } catch {
    throw new ImageError("Dữ liệu ảnh PNG bị hỏng.");
  }
  const pixels = width * height;
  const colorChannels = colorType === 0 || colorType === 4 ? 1 : 3;
  const color = new Uint8Array(pixels * colorChannels);
  let alpha: Uint8Array | undefined;
  if (colorType === 4 || colorType === 6 || (colorType === 3 && transparency)) alpha = new Uint8Array(pixels);
  for (let p = 0; p < pixels; p++) {
    if (colorType === 3) {
      const index = raw[p]!;
      color.set(palette?.subarray(index * 3, index * 3 + 3) ?? [0, 0, 0], p * 3);
      if (alpha) alpha[p] = transparency && index < transparency.length ? transparency[index]! : 255;
    } else {
      for (let c = 0; c < colorChannels; c++) color[p * colorChannels + c] = raw[p * channels + c]!;
      if (alpha) alpha[p] = raw[p * channels + channels - 1]!;
    }
  }
  return {
    width,
    height,
    naturalWidthMm: ppmX ? (width / ppmX) * 1000 : undefined,
    naturalHeightMm: ppmY ? (height / ppmY) * 1000 : undefined,
    objects(allocate) {
      const image = allocate();
      const objects: { ref: PdfRef; value: PdfObject }[] = [];
      const dict = new PdfDict({
        Type: name("XObject"),
        Subtype: name("Image"),
        Width: width,
        Height: height,
        ColorSpace: name(colorChannels === 1 ? "DeviceGray" : "DeviceRGB"),
        BitsPerComponent: 8,
      });
      if (alpha) {
        const mask = allocate();
        objects.push({
          ref: mask,
          value: flateStream(
            new PdfDict({
              Type: name("XObject"),
              Subtype: name("Image"),
              Width: width,
              Height: height,
              ColorSpace: name("DeviceGray"),
              BitsPerComponent: 8,
            }),
            alpha,
          ),
        });
        dict.set("SMask", mask);
      }
      objects.unshift({ ref: image, value: flateStream(dict, color) });
      return { image, objects };
    },
  };
}

function readJpeg(bytes: Uint8Array): EmbeddedImage {
  let at = 2;
  let width = 0;
  let height = 0;
  let components = 3;
  let dpiX: number | undefined;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) {
      at++;
      continue;
    }
    const marker = bytes[at + 1]!;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (marker === 0xe0 && String.fromCharCode(...bytes.subarray(at + 4, at + 8)) === "JFIF") {
      const unit = bytes[at + 11];
      const x = (bytes[at + 12]! << 8) | bytes[at + 13]!;
      if (unit === 1 && x > 0) dpiX = x;
      if (unit === 2 && x > 0) dpiX = x * 2.54;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      height = (bytes[at + 5]! << 8) | bytes[at + 6]!;
      width = (bytes[at + 7]! << 8) | bytes[at + 8]!;
      components = bytes[at + 9]!;
      break;
    }
    at += 2 + length;
  }
  if (width === 0) throw new ImageError("Tệp JPEG hỏng (không có kích thước ảnh).");
  return {
    width,
    height,
    naturalWidthMm: dpiX ? (width / dpiX) * 25.4 : undefined,
    naturalHeightMm: dpiX ? (height / dpiX) * 25.4 : undefined,
    objects(allocate) {
      const image = allocate();
      const dict = new PdfDict({
        Type: name("XObject"),
        Subtype: name("Image"),
        Width: width,
        Height: height,
        ColorSpace: name(components === 1 ? "DeviceGray" : components === 4 ? "DeviceCMYK" : "DeviceRGB"),
        BitsPerComponent: 8,
        Filter: name("DCTDecode"),
      });
      return { image, objects: [{ ref: image, value: new PdfStream(dict, bytes) }] };
    },
  };
}
