export { toLowerVi, toUpperVi } from "./case.js";
export { cleanLine, cleanText, cleanTyping, hasUncleanCharacters, toNfc } from "./clean.js";
export { compareVi, sortVi } from "./collate.js";
export {
  DATE_BLANK,
  formatFieldDate,
  formatNd30Date,
  formatPlaceAndDate,
  formatShortDate,
  isCompleteDate,
  isValidPartialDate,
  type PartialDate,
  padDay,
  padMonth,
  toIsoDate,
} from "./dates.js";
export { type DecodeResult, decodeTextFile } from "./decode.js";
export { asciiKey, toneKey } from "./keys.js";
export { DIEM_LETTERS, fromRoman, toRoman } from "./numbering.js";
export { formatDocumentNumber, formatPercent, formatQuantity } from "./numbers.js";
export { matchesTyped, typedDistance } from "./search.js";
export {
  type AsWritten,
  asWritten,
  type EnglishText,
  en,
  lowerFirst,
  type MessagePart,
  messageParts,
  plainEnglish,
  type QuoteSpan,
  say,
  type Wording,
} from "./wording.js";
