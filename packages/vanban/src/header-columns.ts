import { toUpperVi } from "@kehoach/text-vi";
import type { VanBan } from "./model.js";
import { type LayoutProfile, mm } from "./profile.js";
import { placeDateLine, QUOC_HIEU } from "./text-lines.js";

// The two columns of a first page's header (nd30-layout §3.2), for every renderer: the table
// reaches 5 mm into the left margin (and 5 mm into the right one when the text block is narrower
// than 160 mm); the right column holds the Quốc hiệu (95.7 mm at 13 pt) on one line, and the place
// and date too, borrowing room from the left column, which keeps enough for the agency's lines.

/** Width of a line of text in points: `bold` and `italic` as the element is set. */
export type MeasureLine = (text: string, size: number, style: { bold?: boolean; italic?: boolean }) => number;

export interface HeaderColumns {
  left: number;
  right: number;
  /** How far the table reaches into the left margin, in points. */
  extendLeft: number;
}

export function headerColumns(
  profile: LayoutProfile,
  textWidth: number,
  doc: VanBan,
  numberAndDate: boolean,
  measure: MeasureLine,
): HeaderColumns {
  const s = profile.sizes;
  const extendLeft = mm(profile.header.extendLeftMm);
  const extendRight = textWidth < mm(160) ? mm(5) : 0;
  const total = textWidth + extendLeft + extendRight;
  const quocHieu = measure(QUOC_HIEU, s.quocHieu, { bold: true });
  const date = numberAndDate ? measure(placeDateLine(doc), s.placeDate, { italic: true }) : 0;
  const leftNeeds = Math.max(
    mm(55),
    ...doc.issuingBody.map((l) => measure(toUpperVi(l), s.issuingBody, { bold: true }) + mm(2)),
    doc.parentBody ? measure(toUpperVi(doc.parentBody), s.parentBody, {}) + mm(2) : 0,
  );
  let right = Math.min(mm(profile.header.rightColumnMm), total - mm(60));
  right = Math.max(right, quocHieu + mm(2));
  // A long place name borrows room from the left column before the date may wrap.
  if (date + mm(2) > right) right = Math.min(date + mm(2), total - leftNeeds);
  return { left: total - right, right, extendLeft };
}
