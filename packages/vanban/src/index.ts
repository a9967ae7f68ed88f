export { FONT_STYLES, type FontSet, type FontStyle } from "./fonts/font-set.js";
export { type FontMetrics, readFontMetrics } from "./fonts/metrics.js";
export {
  type Block,
  type DocumentKind,
  type DocumentMetadata,
  type HeadingBlock,
  type Inline,
  type ParagraphBlock,
  type RecipientList,
  type SignerBlock,
  type TableBlock,
  type TableColumn,
  type TableRow,
  TYPE_NAMES,
  type VanBan,
} from "./model.js";
export {
  cm,
  type LayoutProfile,
  MARGIN_PRESETS,
  type Margins,
  mm,
  nd30Profile,
  type SizeSet,
} from "./profile.js";
export {
  headingLabel,
  NUMBER_BLANK,
  placeDateLine,
  QUOC_HIEU,
  recipientLines,
  signerLines,
  soKyHieuLine,
  TIEU_NGU,
  typeNameLine,
} from "./text-lines.js";
