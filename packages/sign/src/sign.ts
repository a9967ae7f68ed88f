import { appearanceObjects, type SignatureAppearance } from "./appearance.js";
import { buildSignedData, readCertificate, readSignedData, sameBytes, signedAttributes } from "./cms/cms.js";
import {
  concatBytes,
  decodeTextString,
  fromLatin1,
  latin1,
  name,
  PdfDict,
  type PdfObject,
  PdfRaw,
  PdfRef,
  PdfString,
  textString,
} from "./pdf/objects.js";
import { PdfFile, PdfReadError } from "./pdf/parse.js";
import { appendUpdate, type UpdateObject } from "./pdf/write.js";
import type { Signer } from "./signers.js";
import { isoVietnam, pdfDate } from "./time.js";

// PAdES signing (ETSI EN 319 142-1, baseline B-B; ISO 32000-1 §12.8 with subfilter
// ETSI.CAdES.detached). The file is never rewritten: the signature dictionary, its field and
// widget, the page's new /Annots and the catalog's /AcroForm are appended as an incremental
// update, so a document signed before (by the leader, then by the văn thư with the seal) keeps
// every earlier signature valid over the revision it signed.

export interface SignPdfOptions {
  signer: Signer;
  /** The signing time written as /M (and printed by an appearance that asks for it). Now by default. */
  signingTime?: Date | undefined;
  /** Where and what the signature shows; absent for an invisible signature. */
  appearance?: SignatureAppearance | undefined;
  reason?: string | undefined;
  location?: string | undefined;
  contactInfo?: string | undefined;
  /** The field's name; "Chữ ký 1", "Chữ ký 2"… by default. */
  fieldName?: string | undefined;
  /** Bytes reserved for the CMS; 16 KB by default (a chain of three RSA-4096 certificates fits). */
  reservedBytes?: number | undefined;
}

export interface SignedPdf {
  bytes: Uint8Array;
  /** [start1, length1, start2, length2]: everything but the signature value. */
  byteRange: [number, number, number, number];
  signingTime: string;
  signerName: string | undefined;
}

/** A document or a signer that cannot be used, said in Vietnamese. */
export class SignError extends Error {
  override name = "SignError";
}

const BYTE_RANGE_PLACEHOLDER = "[0 0000000000 0000000000 0000000000]";

export async function signPdf(pdf: Uint8Array, options: SignPdfOptions): Promise<SignedPdf> {
  const file = new PdfFile(pdf);
  if (file.trailer.get("Encrypt")) {
    throw new SignError("Tệp PDF đã được mã hóa (có mật khẩu): gỡ mã hóa trước khi ký.");
  }
  const pages = file.pages();
  const when = options.signingTime ?? new Date();
  const signingTime = isoVietnam(when);
  const reserved = options.reservedBytes ?? 16384;
  if (!Number.isInteger(reserved) || reserved < 2048 || reserved > 1_000_000) {
    throw new SignError("Dung lượng dành cho chữ ký (reservedBytes) phải từ 2048 đến 1000000 byte.");
  }

  let next = file.size;
  const allocate = () => new PdfRef(next++);
  const update: UpdateObject[] = [];

  const catalog = file.catalog.clone();
  const acroFormOld = file.dict(catalog.get("AcroForm"));
  const fieldsOld = file.resolve(acroFormOld?.get("Fields"));
  const fields: PdfObject[] = Array.isArray(fieldsOld) ? [...fieldsOld] : [];
  const taken = new Set(fields.map((f) => fieldName(file, f)).filter((n): n is string => n !== undefined));
  let fieldTitle = options.fieldName?.normalize("NFC");
  if (fieldTitle && taken.has(fieldTitle))
    throw new SignError(`Tệp đã có trường chữ ký tên "${fieldTitle}".`);
  for (let i = 1; !fieldTitle; i++) if (!taken.has(`Chữ ký ${i}`)) fieldTitle = `Chữ ký ${i}`;

  const signer = options.signer;
  const certificate = signer.kind === "key" ? readCertificate(signer.certificate) : undefined;
  const sigRef = allocate();
  const sigDict = new PdfDict({
    Type: name("Sig"),
    Filter: name("Adobe.PPKLite"),
    SubFilter: name("ETSI.CAdES.detached"),
    ByteRange: new PdfRaw(BYTE_RANGE_PLACEHOLDER),
    Contents: new PdfRaw(`<${"0".repeat(reserved * 2)}>`),
    M: new PdfString(latin1(pdfDate(when))),
    Name: certificate?.subjectCommonName ? textString(certificate.subjectCommonName) : undefined,
    Reason: options.reason ? textString(options.reason) : undefined,
    Location: options.location ? textString(options.location) : undefined,
    ContactInfo: options.contactInfo ? textString(options.contactInfo) : undefined,
    Prop_Build: new PdfDict({ App: new PdfDict({ Name: name("Kehoach.Kit") }) }),
  });
  update.push({ ref: sigRef, value: sigDict });

  const appearance = options.appearance;
  const pageIndex = appearance?.page ?? 0;
  const page = pages[pageIndex];
  if (!page) {
    throw new SignError(`Tệp chỉ có ${pages.length} trang: không đặt chữ ký ở trang ${pageIndex + 1} được.`);
  }
  const widgetRef = allocate();
  const rect = appearance ? appearance.rect : { x: 0, y: 0, width: 0, height: 0 };
  const widget = new PdfDict({
    Type: name("Annot"),
    Subtype: name("Widget"),
    FT: name("Sig"),
    T: textString(fieldTitle),
    V: sigRef,
    F: 132, // Print + Locked
    P: page.ref,
    Rect: [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height].map((n) => Math.round(n * 100) / 100),
  });
  if (appearance) {
    const { stream, objects } = appearanceObjects(appearance, signingTime, allocate);
    widget.set("AP", new PdfDict({ N: stream }));
    update.push(...objects);
  }
  update.push({ ref: widgetRef, value: widget });

  const pageDict = page.dict.clone();
  const annots = file.resolve(pageDict.get("Annots"));
  pageDict.set("Annots", [...(Array.isArray(annots) ? annots : []), widgetRef]);
  update.push({ ref: page.ref, value: pageDict });

  const acroForm = acroFormOld ? acroFormOld.clone() : new PdfDict();
  acroForm.set("Fields", [...fields, widgetRef]);
  acroForm.set("SigFlags", 3);
  const acroRef = catalog.get("AcroForm");
  if (acroRef instanceof PdfRef) update.push({ ref: acroRef, value: acroForm });
  else catalog.set("AcroForm", acroForm);
  update.push({ ref: file.trailer.get("Root") as PdfRef, value: catalog });

  const bytes = appendUpdate(file, update, next);
  const { contentsStart, contentsEnd, byteRangeAt } = findPlaceholders(bytes, pdf.length, reserved);
  const byteRange: SignedPdf["byteRange"] = [0, contentsStart, contentsEnd, bytes.length - contentsEnd];
  const rangeText = `[${byteRange.join(" ")}]`;
  bytes.set(latin1(rangeText.padEnd(BYTE_RANGE_PLACEHOLDER.length, " ")), byteRangeAt);

  const signedBytes = concatBytes([bytes.subarray(0, contentsStart), bytes.subarray(contentsEnd)]);
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", signedBytes as Uint8Array<ArrayBuffer>),
  );
  let cms: Uint8Array;
  let signerName = certificate?.subjectCommonName;
  if (signer.kind === "key") {
    const attributes = signedAttributes(
      digest,
      new Uint8Array(await crypto.subtle.digest("SHA-256", signer.certificate as Uint8Array<ArrayBuffer>)),
    );
    const attributesDigest = new Uint8Array(
      await crypto.subtle.digest("SHA-256", attributes as Uint8Array<ArrayBuffer>),
    );
    const signature = await signer.sign({ data: attributes, digest: attributesDigest });
    cms = buildSignedData({
      signer: certificate!,
      chain: signer.chain ?? [],
      signedAttributes: attributes,
      signature,
    });
  } else {
    cms = await signer.sign({ digest, digestAlgorithm: "SHA-256", signingTime });
    const info = readSignedData(cms);
    if (!info.detached)
      throw new SignError("Chữ ký trả về không ở dạng tách rời (detached) như PAdES yêu cầu.");
    if (!info.messageDigest || !sameBytes(info.messageDigest, digest)) {
      throw new SignError(
        "Chữ ký trả về không khớp với tệp: thuộc tính message-digest của CMS khác mã băm SHA-256 của tệp.",
      );
    }
    signerName = info.signer?.subjectCommonName;
  }
  if (cms.length > reserved) {
    throw new SignError(
      `Chữ ký (${cms.length} byte) lớn hơn chỗ đã dành (${reserved} byte): ký lại với reservedBytes lớn hơn.`,
    );
  }
  let hex = "";
  for (const b of cms) hex += b.toString(16).padStart(2, "0");
  bytes.set(latin1(hex), contentsStart + 1);
  return { bytes, byteRange, signingTime, signerName };
}

function fieldName(file: PdfFile, field: PdfObject): string | undefined {
  const t = file.dict(field)?.get("T");
  return t instanceof PdfString ? decodeTextString(t).normalize("NFC") : undefined;
}

function findPlaceholders(bytes: Uint8Array, from: number, reserved: number) {
  const text = fromLatin1(bytes, from);
  const br = text.indexOf(`/ByteRange ${BYTE_RANGE_PLACEHOLDER}`);
  const contents = text.indexOf(`/Contents <${"0".repeat(64)}`);
  if (br < 0 || contents < 0)
    throw new PdfReadError("Không tìm thấy chỗ dành cho chữ ký trong bản cập nhật.");
  const contentsStart = from + contents + "/Contents ".length;
  return {
    byteRangeAt: from + br + "/ByteRange ".length,
    contentsStart,
    contentsEnd: contentsStart + reserved * 2 + 2,
  };
}
