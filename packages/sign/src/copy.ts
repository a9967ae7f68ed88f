import { formatPlaceAndDate, type PartialDate, toUpperVi } from "@kehoach/text-vi";
import {
  type FontSet,
  type LayoutProfile,
  NOI_NHAN_LABEL,
  nd30Profile,
  numberAndSymbol,
  type RecipientList,
  recipientLines,
  refusals,
  type SignerBlock,
  signerLines,
  type VanBan,
  validateVanBan,
} from "@kehoach/vanban";
import type { SignatureAppearance } from "./appearance.js";
import type { PlacedBox } from "./boxes.js";
import { fmt, importPage, PdfBuilder } from "./pdf/build.js";
import { FontUse, TrueTypeFont } from "./pdf/font.js";
import { latin1, name, PdfDict, type PdfRef, PdfString, textString } from "./pdf/objects.js";
import { PdfFile } from "./pdf/parse.js";
import { pageTextLines } from "./pdf/text.js";
import { flateStream } from "./pdf/write.js";
import { pdfDate } from "./time.js";

// Electronic copies (Nghị định 30, Điều 25–27; Phụ lục I, Phần II): a new PDF that reproduces the
// original's pages at 100% (for a trích sao, the pages chosen), the original's signature and seal
// images as they print, and the copy's own form "on the same sheet, right after the end of the
// document, under a solid rule as wide as the text block": the copying body, "SAO Y" / "SAO LỤC" /
// "TRÍCH SAO", the copy's số and ký hiệu, place and date, the signer, nơi nhận. The original file
// travels inside the copy as an attachment, so its own signatures can still be verified. The copy
// is then signed by its signer (ô 5c, `signatureBox`) and by the copying body (ô 14 at the top right
// of page 1: form, body, signing time, `stampAppearance`).

export type CopyForm = "SY" | "SL" | "TrS";

export const COPY_FORM_TEXT: Record<CopyForm, string> = { SY: "SAO Y", SL: "SAO LỤC", TrS: "TRÍCH SAO" };

export interface CopyOptions {
  form: CopyForm;
  /** The copying body's header lines ("Ủy ban nhân dân", "xã Kim Liên") and its parent, if any. */
  issuingBody: string[];
  parentBody?: string | undefined;
  /** The copying body as running text, for the ô 14 line ("Ủy ban nhân dân xã Kim Liên"). */
  issuerName?: string | undefined;
  /** Registration number of copies this year; absent in a draft (printed blank). */
  number?: string | undefined;
  /** "SY-UBND": the copy form's abbreviation first (SY, SL, TrS), as Phụ lục III gives it. */
  symbol: string;
  place: string;
  date: PartialDate;
  signer: SignerBlock;
  recipients: RecipientList;
  /** Trích sao: the pages of the original to reproduce, from 1. Sao y and sao lục copy every page. */
  pages?: readonly number[] | undefined;
  fonts: FontSet;
  profile?: LayoutProfile | undefined;
  /** The attached original's file name. */
  originalName?: string | undefined;
  /** The copy's creation date (reproducible bytes); now by default. */
  createdAt?: Date | undefined;
}

export interface MadeCopy {
  bytes: Uint8Array;
  /** Where the copy's signer signs (between the title and the name). */
  signatureBox: PlacedBox;
  /** The lines of the copying body's signature (ô 14), given the signing time. */
  stampLines(signingTime: string): string[];
}

/** A copy that cannot be made as asked, said in Vietnamese. */
export class CopyError extends Error {
  override name = "CopyError";
}

const MM = 72 / 25.4;

export async function makeCopy(original: Uint8Array, options: CopyOptions): Promise<MadeCopy> {
  const profile = options.profile ?? nd30Profile(14);
  const problems = checkOptions(options);
  if (problems.length > 0) throw new CopyError(`Chưa làm được bản sao: ${problems.join("; ")}.`);
  const file = new PdfFile(original);
  if (file.trailer.get("Encrypt")) throw new CopyError("Bản gốc được mã hóa (có mật khẩu): không sao được.");
  const sourcePages = file.pages();
  const wanted =
    options.form === "TrS"
      ? [...new Set(options.pages)].sort((a, b) => a - b)
      : sourcePages.map((_, i) => i + 1);
  const missing = wanted.filter((p) => !Number.isInteger(p) || p < 1 || p > sourcePages.length);
  if (missing.length > 0) {
    throw new CopyError(
      `Bản gốc có ${sourcePages.length} trang: không có trang ${missing.join(", ")} để trích sao.`,
    );
  }

  const builder = new PdfBuilder();
  const copy = builder.importer(file);
  const pagesRef = builder.allocate();
  const pages = wanted.map((n) => importPage(file, sourcePages[n - 1]!, copy));

  // The block goes under the last line of the last page reproduced, or on a sheet of its own.
  const painter = new Painter(options.fonts);
  const doc = copyDocument(options);
  const last = pages.at(-1)!;
  const lastSource = sourcePages[wanted.at(-1)! - 1]!;
  const [, , width, height] = last.mediaBox;
  const margins = profile.marginsMm;
  const left = margins.left * MM;
  const right = width - margins.right * MM;
  const lowest = Math.min(
    height - margins.top * MM,
    ...pageTextLines(file, lastSource).map((l) => l.y - l.size * 0.3),
    ...annotationBottoms(file, lastSource),
  );
  const blockHeight = layoutBlock(painter, doc, options, profile, left, right, 0).height;
  let target = last;
  let top = lowest - 10;
  if (top - blockHeight < margins.bottom * MM) {
    const resources = new PdfDict();
    target = {
      dict: new PdfDict({
        Type: name("Page"),
        MediaBox: [0, 0, 595.28, 841.89],
        Resources: resources,
        Contents: [],
      }),
      resources,
      mediaBox: [0, 0, 595.28, 841.89],
      extra: [],
    };
    pages.push(target);
    top = 841.89 - margins.top * MM;
  }
  const block = layoutBlock(painter, doc, options, profile, left, right, top);
  target.extra.push(block.ops);

  // Fonts for the page that carries the block.
  const fonts =
    target.resources.get("Font") instanceof PdfDict
      ? (target.resources.get("Font") as PdfDict).clone()
      : new PdfDict();
  for (const [label, use] of painter.used()) {
    const { font, objects } = use.objects(() => builder.allocate());
    for (const o of objects) builder.set(o.ref, o.value);
    fonts.set(label, font);
  }
  target.resources.set("Font", fonts);

  const pageRefs: PdfRef[] = [];
  for (const page of pages) {
    const contents = page.dict.get("Contents") as PdfRef[];
    const open = builder.add(flateStream(new PdfDict(), latin1("q\n")));
    const close = builder.add(flateStream(new PdfDict(), latin1(`Q\n${page.extra.join("\n")}\n`)));
    page.dict.set("Contents", [open, ...contents, close]);
    page.dict.set("Parent", pagesRef);
    pageRefs.push(builder.add(page.dict));
  }
  builder.set(pagesRef, new PdfDict({ Type: name("Pages"), Kids: pageRefs, Count: pageRefs.length }));

  const createdAt = options.createdAt ?? new Date();
  const originalName = (options.originalName ?? "ban-goc.pdf").normalize("NFC");
  const embedded = builder.add(
    flateStream(
      new PdfDict({
        Type: name("EmbeddedFile"),
        Subtype: name("application/pdf"),
        Params: new PdfDict({ Size: original.length, ModDate: new PdfString(latin1(pdfDate(createdAt))) }),
      }),
      original,
    ),
  );
  const filespec = builder.add(
    new PdfDict({
      Type: name("Filespec"),
      F: textString(asciiName(originalName)),
      UF: textString(originalName),
      Desc: textString("Bản gốc của văn bản được sao"),
      AFRelationship: name("Source"),
      EF: new PdfDict({ F: embedded, UF: embedded }),
    }),
  );
  const root = builder.add(
    new PdfDict({
      Type: name("Catalog"),
      Pages: pagesRef,
      Names: new PdfDict({ EmbeddedFiles: new PdfDict({ Names: [textString(originalName), filespec] }) }),
      AF: [filespec],
      Lang: textString("vi-VN"),
    }),
  );
  const info = builder.add(
    new PdfDict({
      Title: textString(`${COPY_FORM_TEXT[options.form]} ${numberAndSymbol(doc)}`),
      Author: textString(issuerLine(options)),
      Creator: textString("Kế hoạch Kit"),
      Producer: textString("Kế hoạch Kit (@kehoach/sign)"),
      CreationDate: new PdfString(latin1(pdfDate(createdAt))),
    }),
  );
  const bytes = await builder.toBytes(root, info);
  const pageIndex = pages.indexOf(target);
  return {
    bytes,
    signatureBox: { page: pageIndex, rect: block.signature },
    stampLines: (signingTime) => [COPY_FORM_TEXT[options.form], issuerLine(options), signingTime],
  };
}

/**
 * ô 14 of an electronic copy: the copying body's signature as text (form, body, signing time),
 * Times New Roman 10 pt, top right of page 1 (Phụ lục I, Phần II, I.3).
 */
export function stampAppearance(
  copy: MadeCopy,
  font: Uint8Array,
  pageSize: { width: number; height: number } = { width: 595.28, height: 841.89 },
  rightMarginMm = 15,
): SignatureAppearance {
  const metrics = new TrueTypeFont(font);
  const sample = copy.stampLines("0000-00-00T00:00:00+07:00");
  const width = Math.max(...sample.map((l) => metrics.widthOf(l, 10))) + 2;
  const height = sample.length * 11.5 + 2;
  const rightEdge = pageSize.width - rightMarginMm * MM;
  const top = pageSize.height - 10 * MM;
  return {
    page: 0,
    rect: { x: rightEdge - width, y: top - height, width, height },
    text: { lines: (t) => copy.stampLines(t), font, size: 10, align: "right" },
  };
}

function issuerLine(o: CopyOptions): string {
  return (o.issuerName ?? o.issuingBody.join(" ")).replace(/\s+/gu, " ").trim().normalize("NFC");
}

function asciiName(fileName: string): string {
  const plain = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "")
    .replace(/đ/gu, "d")
    .replace(/Đ/gu, "D");
  return plain.replace(/[^\x20-\x7e]/gu, "_");
}

function checkOptions(o: CopyOptions): string[] {
  const problems: string[] = [];
  const prefix = { SY: "SY", SL: "SL", TrS: "TrS" }[o.form];
  if (!new RegExp(`^${prefix}(-[A-ZĐ0-9]+)*$`, "u").test(o.symbol)) {
    problems.push(
      `ký hiệu bản sao "${o.symbol}" phải bắt đầu bằng ${prefix} (chữ viết tắt của "${COPY_FORM_TEXT[o.form].toLowerCase()}"), ví dụ ${prefix}-UBND`,
    );
  }
  if (o.number !== undefined && !/^\d+$/u.test(o.number.trim()))
    problems.push(`số bản sao "${o.number}" chỉ gồm chữ số`);
  if (o.form === "TrS" && (!o.pages || o.pages.length === 0))
    problems.push("trích sao cần chỉ các trang được trích (pages)");
  if (o.form !== "TrS" && o.pages)
    problems.push(
      `${COPY_FORM_TEXT[o.form].toLowerCase()} sao toàn bộ văn bản: bỏ "pages" (chỉ trích sao mới chọn trang)`,
    );
  if (!o.signer.name?.trim()) problems.push("thiếu họ tên người ký bản sao");
  if (o.issuingBody.every((l) => l.trim() === "")) problems.push("thiếu tên cơ quan sao văn bản");
  const modelProblems = refusals(validateVanBan(copyDocument(o)))
    .filter(
      (p) =>
        p.path.startsWith("signer") ||
        p.path.startsWith("recipients") ||
        p.path.startsWith("date") ||
        p.path.startsWith("place"),
    )
    .map((p) => p.message);
  return [...problems, ...modelProblems];
}

/** The copy's form components as a văn bản, so the model's wording and checks apply to them. */
function copyDocument(o: CopyOptions): VanBan {
  return {
    kind: "CV",
    parentBody: o.parentBody,
    issuingBody: o.issuingBody,
    number: o.number?.trim() || undefined,
    symbol: o.symbol,
    place: o.place,
    date: o.date,
    subject: COPY_FORM_TEXT[o.form],
    body: [],
    signer: o.signer,
    recipients: o.recipients,
  };
}

function annotationBottoms(file: PdfFile, page: ReturnType<PdfFile["pages"]>[number]): number[] {
  const annots = file.resolve(page.dict.get("Annots"));
  const out: number[] = [];
  for (const a of Array.isArray(annots) ? annots : []) {
    const rect = file.resolve(file.dict(a)?.get("Rect"));
    if (Array.isArray(rect) && rect.length === 4) {
      const ys = [Number(file.resolve(rect[1])), Number(file.resolve(rect[3]))];
      if (ys[0] !== ys[1]) out.push(Math.min(...ys));
    }
  }
  return out;
}

type Style = "normal" | "bold" | "italics" | "bolditalics";

/** Draws text with the four faces of a font set, embedding only the faces it uses. */
class Painter {
  private readonly uses = new Map<Style, FontUse>();
  constructor(private readonly fonts: FontSet) {}

  private use(style: Style): FontUse {
    let u = this.uses.get(style);
    if (!u) {
      u = new FontUse(new TrueTypeFont(this.fonts[style]));
      this.uses.set(style, u);
    }
    return u;
  }

  width(text: string, style: Style, size: number): number {
    return this.use(style).font.widthOf(text, size);
  }

  text(text: string, style: Style, size: number, x: number, y: number): string {
    return `BT 0 g /KhF${style} ${fmt(size)} Tf 1 0 0 1 ${fmt(x)} ${fmt(y)} Tm ${this.use(style).encode(text)} Tj ET`;
  }

  /** Splits at spaces so that each line fits `width`. */
  wrap(text: string, style: Style, size: number, width: number): string[] {
    const words = text.split(/\s+/u).filter(Boolean);
    const lines: string[] = [];
    let line = "";
    for (const w of words) {
      const next = line ? `${line} ${w}` : w;
      if (line && this.width(next, style, size) > width) {
        lines.push(line);
        line = w;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  }

  used(): [string, FontUse][] {
    return [...this.uses].map(([style, use]) => [`KhF${style}`, use]);
  }
}

/**
 * The copy's block from `top` down: a full-width rule; the copying body and "Số: …" on the left,
 * the form and the place and date on the right (the date on the Số line); then nơi nhận on the
 * left and the signer on the right, as a văn bản's header and signature block are laid out.
 */
function layoutBlock(
  p: Painter,
  doc: VanBan,
  o: CopyOptions,
  profile: LayoutProfile,
  left: number,
  right: number,
  top: number,
): { ops: string; height: number; signature: { x: number; y: number; width: number; height: number } } {
  const s = profile.sizes;
  const ops: string[] = [];
  const lineGap = (size: number) => size * 1.15;
  const textWidth = right - left;
  const split = left + textWidth * 0.42;
  const leftCentre = (left + split) / 2;
  const rightCentre = (split + right) / 2;
  const centred = (text: string, style: Style, size: number, centre: number, y: number) =>
    p.text(text, style, size, centre - p.width(text, style, size) / 2, y);

  ops.push(`0 G 0.5 w ${fmt(left)} ${fmt(top)} m ${fmt(right)} ${fmt(top)} l S`);
  let y = top - 6;
  // Left: parent body, copying body (bold), short rule.
  let yl = y;
  const colWidth = split - left - 4;
  if (o.parentBody) {
    for (const l of p.wrap(toUpperVi(o.parentBody), "normal", s.parentBody, colWidth)) {
      yl -= lineGap(s.parentBody);
      ops.push(centred(l, "normal", s.parentBody, leftCentre, yl + s.parentBody * 0.2));
    }
  }
  let lastBodyLine = "";
  for (const raw of o.issuingBody) {
    for (const l of p.wrap(toUpperVi(raw), "bold", s.issuingBody, colWidth)) {
      yl -= lineGap(s.issuingBody);
      ops.push(centred(l, "bold", s.issuingBody, leftCentre, yl + s.issuingBody * 0.2));
      lastBodyLine = l;
    }
  }
  const ruleWidth = p.width(lastBodyLine, "bold", s.issuingBody) * 0.4;
  yl -= 2;
  ops.push(
    `${fmt(leftCentre - ruleWidth / 2)} ${fmt(yl + s.issuingBody * 0.2 - 1)} m ${fmt(leftCentre + ruleWidth / 2)} ${fmt(yl + s.issuingBody * 0.2 - 1)} l S`,
  );
  // Right: the form in capitals, bold.
  let yr = y - lineGap(s.typeName);
  ops.push(centred(COPY_FORM_TEXT[o.form], "bold", s.typeName, rightCentre, yr + s.typeName * 0.2));
  // Row 2: Số on the left, place and date on the right, one baseline.
  const row2 = Math.min(yl, yr) - lineGap(s.placeDate) - 4;
  ops.push(centred(`Số: ${numberAndSymbol(doc)}`, "normal", s.soKyHieu, leftCentre, row2));
  const dateLine = formatPlaceAndDate(o.place, o.date);
  ops.push(centred(dateLine, "italics", s.placeDate, rightCentre, row2));
  y = row2 - 18;
  // Nơi nhận (left) and the signer (right), their first lines on one baseline.
  const first = y - s.signer;
  yl = first;
  ops.push(p.text(NOI_NHAN_LABEL, "bolditalics", s.noiNhanLabel, left, yl));
  for (const item of recipientLines(doc)) {
    for (const [i, l] of p.wrap(item, "normal", s.noiNhanItem, colWidth).entries()) {
      yl -= lineGap(s.noiNhanItem);
      ops.push(p.text(i === 0 ? l : `  ${l}`, "normal", s.noiNhanItem, left, yl));
    }
  }
  yr = first;
  const lines = signerLines(doc);
  lines.forEach((l, i) => {
    if (i > 0) yr -= lineGap(s.signer);
    ops.push(centred(l, "bold", s.signer, rightCentre, yr));
  });
  const gap = profile.signature.gapMm * MM;
  const signatureTop = yr - s.signer * 0.3 - 2;
  yr -= gap;
  const nameText = o.signer.name!.normalize("NFC");
  ops.push(centred(nameText, "bold", s.signer, rightCentre, yr));
  const signatureBottom = yr + s.signer * 0.8 + 2;
  const bottom = Math.min(yl, yr) - 6;
  const sigWidth = Math.min(60 * MM, right - split);
  return {
    ops: ops.join("\n"),
    height: top - bottom,
    signature: {
      x: rightCentre - sigWidth / 2,
      y: signatureBottom,
      width: sigWidth,
      height: signatureTop - signatureBottom,
    },
  };
}
