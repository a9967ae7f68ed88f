export type { AppearanceText, Rect, SignatureAppearance } from "./appearance.js";
export {
  boxFromRect,
  numberAndSymbolOf,
  type PlacedBox,
  PlacementError,
  printedStampTime,
  sealBox,
  signatureBox,
  textLines,
  topRightBox,
} from "./boxes.js";
export { CertificateError, type CertificateInfo, readCertificate } from "./cms/cms.js";
export {
  COPY_FORM_TEXT,
  CopyError,
  type CopyForm,
  type CopyOptions,
  type MadeCopy,
  makeCopy,
  stampAppearance,
} from "./copy.js";
export { type ExistingSignature, existingSignatures, pdfPageCount } from "./inspect.js";
export { imageWidthMm, textWidth } from "./measure.js";
export { FontError } from "./pdf/font.js";
export { ImageError } from "./pdf/image.js";
export { PdfReadError } from "./pdf/parse.js";
export type { TextLine } from "./pdf/text.js";
export { SignError, type SignedPdf, type SignPdfOptions, signPdf } from "./sign.js";
export {
  type CmsRequest,
  type CmsSigner,
  type KeySigner,
  type Signer,
  type SignRequest,
  type WebCryptoKey,
  webCryptoSigner,
} from "./signers.js";
export { isoVietnam, pdfDate } from "./time.js";
