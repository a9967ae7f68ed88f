export type { AppearanceText, Rect, SignatureAppearance } from "./appearance.js";
export {
  numberAndSymbolOf,
  type PlacedBox,
  PlacementError,
  sealBox,
  signatureBox,
  textLines,
  topRightBox,
} from "./boxes.js";
export { PdfReadError } from "./pdf/parse.js";
export type { TextLine } from "./pdf/text.js";
export { SignError, type SignedPdf, type SignPdfOptions, signPdf } from "./sign.js";
export {
  type CmsRequest,
  type CmsSigner,
  type KeySigner,
  type Signer,
  type SignRequest,
  webCryptoSigner,
} from "./signers.js";
export { isoVietnam, pdfDate } from "./time.js";
