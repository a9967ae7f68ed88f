import { FontUse, TrueTypeFont } from "./pdf/font.js";
import { readImage } from "./pdf/image.js";
import { latin1, name, PdfDict, type PdfObject, type PdfRef, PdfStream } from "./pdf/objects.js";
import { flateStream } from "./pdf/write.js";

// What a signature shows on the page, and where. The box is in PDF points from the page's
// bottom-left corner, as the PDF itself measures; `boxes.ts` finds the boxes Nghị định 30 names.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AppearanceText {
  /** The lines; a function receives the signing time (ISO 8601, Vietnam offset) to print it. */
  lines: readonly string[] | ((signingTime: string) => readonly string[]);
  /** TrueType bytes with the Vietnamese glyphs (Tinos from @kehoach/vanban, or Times New Roman). */
  font: Uint8Array;
  /** Point size; 10 by default (the size Phụ lục I gives the ô 14 block). */
  size?: number | undefined;
  align?: "left" | "center" | "right" | undefined;
}

export interface SignatureAppearance {
  /** Page index, from 0. */
  page: number;
  rect: Rect;
  /** PNG (transparent background) or JPEG, fitted into the box and centred, proportions kept. */
  image?: Uint8Array | undefined;
  text?: AppearanceText | undefined;
}

/** The appearance stream (a form XObject) of a widget as big as `rect`, with its resources. */
export function appearanceObjects(
  appearance: SignatureAppearance,
  signingTime: string,
  allocate: () => PdfRef,
): { stream: PdfRef; objects: { ref: PdfRef; value: PdfObject }[] } {
  const { width, height } = appearance.rect;
  const objects: { ref: PdfRef; value: PdfObject }[] = [];
  const ops: string[] = [];
  const resources = new PdfDict();
  let textHeight = 0;
  let fontUse: FontUse | undefined;
  let lines: readonly string[] = [];
  const size = appearance.text?.size ?? 10;
  if (appearance.text) {
    lines =
      typeof appearance.text.lines === "function"
        ? appearance.text.lines(signingTime)
        : appearance.text.lines;
    fontUse = new FontUse(new TrueTypeFont(appearance.text.font));
    textHeight = lines.length * size * 1.15;
  }
  if (appearance.image) {
    const image = readImage(appearance.image);
    const room = { w: width, h: Math.max(0, height - textHeight) };
    const scale = Math.min(room.w / image.width, room.h / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    const { image: ref, objects: imageObjects } = image.objects(allocate);
    objects.push(...imageObjects);
    resources.set("XObject", new PdfDict({ Im1: ref }));
    ops.push(
      `q ${fmt(w)} 0 0 ${fmt(h)} ${fmt((width - w) / 2)} ${fmt(textHeight + (room.h - h) / 2)} cm /Im1 Do Q`,
    );
  }
  if (fontUse && appearance.text) {
    const align = appearance.text.align ?? "center";
    // Lines from the top of their band; the first baseline one ascent below its top.
    let baseline = (appearance.image ? textHeight : (height + textHeight) / 2) - size * 0.9;
    ops.push("BT 0 g");
    for (const line of lines) {
      const w = fontUse.font.widthOf(line, size);
      const x = align === "left" ? 0 : align === "right" ? width - w : (width - w) / 2;
      ops.push(`/F1 ${fmt(size)} Tf 1 0 0 1 ${fmt(x)} ${fmt(baseline)} Tm ${fontUse.encode(line)} Tj`);
      baseline -= size * 1.15;
    }
    ops.push("ET");
    const { font, objects: fontObjects } = fontUse.objects(allocate);
    objects.push(...fontObjects);
    resources.set("Font", new PdfDict({ F1: font }));
  }
  const stream = allocate();
  const dict = new PdfDict({
    Type: name("XObject"),
    Subtype: name("Form"),
    BBox: [0, 0, fmtNum(width), fmtNum(height)],
    Resources: resources,
  });
  objects.push({
    ref: stream,
    value: ops.length > 0 ? flateStream(dict, latin1(ops.join("\n"))) : new PdfStream(dict, new Uint8Array()),
  });
  return { stream, objects };
}

function fmtNum(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function fmt(n: number): string {
  return String(fmtNum(n));
}
