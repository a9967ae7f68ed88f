import type { Paragraph } from "docx";
import type { LayoutProfile } from "../profile.js";
import { styled } from "./context.js";
import { twip } from "./units.js";

/**
 * A rule of `length` points centred in a column `columnWidth` points wide: an empty "Đường kẻ"
 * paragraph whose indents leave exactly that length for its top border. The space below the
 * rule is the paragraph's own (exact) line height, not a space after: Word adds a space after to
 * the next paragraph's space before, LibreOffice keeps only the larger of the two.
 */
export function ruleParagraph(
  profile: LayoutProfile,
  length: number,
  columnWidth: number,
  spaceBelowPt = 0,
): Paragraph {
  const side = Math.max(0, (columnWidth - length) / 2);
  // Word and LibreOffice both add the border's own width to the paragraph; the PDF measures the
  // space from the rule's middle.
  const below = spaceBelowPt - profile.rules.strokePt / 2;
  return styled("rule", [], {
    indent: { left: twip(side), right: twip(side) },
    ...(below > 1 ? { spacing: { line: twip(below) } } : {}),
  });
}
