import { mm } from "../../profile.js";
import type { PageCanvas } from "../canvas.js";
import { textWidth } from "../text.js";
import { type LayoutContext, metricsOf, span, stackLines } from "./common.js";

// Ô 14 (Phụ lục I): the organisation's digital signature as text, at the top right of a first
// page, in the top margin: the number and symbol over the signing time, 10 pt, upright, black,
// each line ending at the right edge of the text block. It stands where the page number stands
// on later pages, which the first page has none of.

export interface OrganisationSignatureMark {
  /** Width of the longer line. */
  width: number;
  /** Draws the block on a page whose text block ends at `right` (points from the left edge). */
  draw(canvas: PageCanvas, right: number): void;
}

export function organisationSignatureMark(ctx: LayoutContext, lines: string[]): OrganisationSignatureMark {
  const size = ctx.profile.sizes.organisationSignature;
  const top = mm(ctx.profile.headerDistanceMm);
  const width = Math.max(...lines.map((line) => textWidth(ctx.fonts, [span(line, size)])));
  const stacked = lines.map((line, i) => {
    const stack = stackLines(ctx, [span(line, size)], size, width, "right", i * metricsOf(ctx, size).single);
    return stack.lines;
  });
  return {
    width,
    draw(canvas, right) {
      for (const laid of stacked.flat()) {
        canvas.text(right - width + laid.line.x, top + laid.baseline, laid.line.segments);
      }
    },
  };
}
