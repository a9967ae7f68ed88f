// Drawn stand-ins for a signature and a seal, so the specimens show where the decree puts them
// without shipping anyone's real signature. They are plain RGBA PNGs made here (stored deflate,
// no compression library), so this module runs in a browser as well as in Node; each carries
// its resolution, so the seal prints at a real seal's size.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** A zlib stream of stored (uncompressed) blocks. */
function zlibStored(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / 65535));
  const out = new Uint8Array(2 + blocks * 5 + data.length + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let o = 2;
  for (let i = 0; i < blocks; i++) {
    const chunk = data.subarray(i * 65535, Math.min(data.length, (i + 1) * 65535));
    out[o++] = i === blocks - 1 ? 1 : 0;
    out[o++] = chunk.length & 0xff;
    out[o++] = chunk.length >> 8;
    out[o++] = ~chunk.length & 0xff;
    out[o++] = (~chunk.length >> 8) & 0xff;
    out.set(chunk, o);
    o += chunk.length;
  }
  const sum = adler32(data);
  out[o++] = sum >>> 24;
  out[o++] = (sum >>> 16) & 0xff;
  out[o++] = (sum >>> 8) & 0xff;
  out[o++] = sum & 0xff;
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An RGBA image as PNG bytes, with its resolution in pixels per millimetre. */
export function encodePng(width: number, height: number, rgba: Uint8Array, pixelsPerMm: number): Uint8Array {
  const ihdr = new Uint8Array(13);
  const h = new DataView(ihdr.buffer);
  h.setUint32(0, width);
  h.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const phys = new Uint8Array(9);
  const p = new DataView(phys.buffer);
  p.setUint32(0, Math.round(pixelsPerMm * 1000));
  p.setUint32(4, Math.round(pixelsPerMm * 1000));
  phys[8] = 1;
  const raw = new Uint8Array(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("pHYs", phys),
    chunk("IDAT", zlibStored(raw)),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((s, part) => s + part.length, 0));
  let o = 0;
  for (const part of parts) {
    out.set(part, o);
    o += part.length;
  }
  return out;
}

class Raster {
  readonly rgba: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    private readonly color: [number, number, number],
  ) {
    this.rgba = new Uint8Array(width * height * 4);
  }

  dot(cx: number, cy: number, r: number): void {
    for (let y = Math.floor(cy - r); y <= Math.ceil(cy + r); y++) {
      for (let x = Math.floor(cx - r); x <= Math.ceil(cx + r); x++) {
        if (x < 0 || y < 0 || x >= this.width || y >= this.height) continue;
        const d = Math.hypot(x - cx, y - cy);
        const alpha = Math.max(0, Math.min(1, r - d + 0.5));
        if (alpha <= 0) continue;
        const i = (y * this.width + x) * 4;
        this.rgba.set(this.color, i);
        this.rgba[i + 3] = Math.max(this.rgba[i + 3] as number, Math.round(alpha * 255));
      }
    }
  }

  stroke(points: [number, number][], r: number): void {
    for (let k = 1; k < points.length; k++) {
      const [x0, y0] = points[k - 1] as [number, number];
      const [x1, y1] = points[k] as [number, number];
      const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / (r / 2)));
      for (let s = 0; s <= steps; s++)
        this.dot(x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps, r);
    }
  }
}

/** A blue handwritten-looking stroke, 35 mm wide. */
export function specimenSignaturePng(): Uint8Array {
  const width = 280;
  const height = 112;
  const r = new Raster(width, height, [26, 54, 140]);
  const points: [number, number][] = [];
  for (let t = 0; t <= 1; t += 0.002) {
    const x = 18 + t * 240 + 14 * Math.sin(t * 40);
    const y = 60 - 22 * Math.sin(t * 9) * (1 - t * 0.5) + 12 * Math.cos(t * 40);
    points.push([x, y]);
  }
  r.stroke(points, 2.2);
  r.stroke(
    [
      [40, 92],
      [140, 84],
      [250, 90],
    ],
    1.6,
  );
  return encodePng(width, height, r.rgba, width / 35);
}

/** A red round seal with two rings and a star, 36 mm across (a typical state seal). */
export function specimenSealPng(): Uint8Array {
  const size = 212;
  const r = new Raster(size, size, [208, 2, 27]);
  const c = size / 2;
  const ring = (radius: number, width: number) => {
    const points: [number, number][] = [];
    for (let a = 0; a <= Math.PI * 2 + 0.01; a += 0.01)
      points.push([c + radius * Math.cos(a), c + radius * Math.sin(a)]);
    r.stroke(points, width);
  };
  ring(101, 3.5);
  ring(70, 1.6);
  const star: [number, number][] = [];
  for (let k = 0; k <= 10; k++) {
    const radius = k % 2 === 0 ? 34 : 14;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    star.push([c + radius * Math.cos(a), c + radius * Math.sin(a)]);
  }
  r.stroke(star, 2.4);
  // The lettering band between the rings, as short strokes.
  for (let a = 0; a < Math.PI * 2; a += Math.PI / 18) {
    r.stroke(
      [
        [c + 78 * Math.cos(a), c + 78 * Math.sin(a)],
        [c + 93 * Math.cos(a + 0.05), c + 93 * Math.sin(a + 0.05)],
      ],
      1.6,
    );
  }
  return encodePng(size, size, r.rgba, size / 36);
}
