import { toUpperVi } from "@kehoach/text-vi";
import { headerColumns } from "../../header-columns.js";
import type { VanBan } from "../../model.js";
import { mm } from "../../profile.js";
import {
  congVanSubjectLine,
  placeDateLine,
  QUOC_HIEU,
  secrecyText,
  soKyHieuLine,
  TIEU_NGU,
  urgencyText,
} from "../../text-lines.js";
import type { PageCanvas } from "../canvas.js";
import type { FlowItem } from "../flow.js";
import { lineSegments, textWidth, toWords } from "../text.js";
import {
  type BlockLine,
  drawLines,
  type LayoutContext,
  metricsOf,
  ruleOffset,
  span,
  stackLines,
} from "./common.js";

// The header of a first page (nd30-layout §3): a borderless two-column table reaching 5 mm into
// the left margin. Row 1: parent body (upright), issuing body (bold) and a short rule on the
// left; Quốc hiệu, Tiêu ngữ and a rule as long as it on the right. Row 2: "Số: …" beside the
// place and date, on one baseline whatever the heights above. A công văn adds "V/v …" under the
// Số; the mật and khẩn marks stand under them; the phạm vi lưu hành mark sits in the top margin.

/** Pre-made stamp widths (mm) for the khẩn marks; others fit their text. */
const STAMP_WIDTH_MM: Record<string, number> = { "HỎA TỐC": 30, "THƯỢNG KHẨN": 40, KHẨN: 20 };
const STAMP_HEIGHT_MM = 8;

export interface HeaderOptions {
  /** False for a document issued with a QĐ: it has no Số and no date line. */
  numberAndDate: boolean;
  /** Width of ô 14 at the right of the top margin, which the phạm vi lưu hành mark keeps clear of. */
  rightMarkWidth?: number;
}

export function headerItem(ctx: LayoutContext, doc: VanBan, options: HeaderOptions): FlowItem {
  const { profile, fonts } = ctx;
  const s = profile.sizes;
  const stroke = profile.rules.strokePt;

  const placeDate = placeDateLine(doc);
  const { left, right, extendLeft } = headerColumns(
    profile,
    ctx.textWidth,
    doc,
    options.numberAndDate,
    (text, size, style) => textWidth(fonts, [span(text, size, style.bold ?? false, style.italic ?? false)]),
  );
  const leftX = -extendLeft;
  const rightX = leftX + left;

  // Row 1, left: parent body, issuing body, rule.
  let y = 0;
  const leftLines: BlockLine[] = [];
  if (doc.parentBody) {
    const r = stackLines(
      ctx,
      [span(toUpperVi(doc.parentBody), s.parentBody)],
      s.parentBody,
      left,
      "center",
      y,
    );
    leftLines.push(...r.lines);
    y = r.bottom;
  }
  for (const line of doc.issuingBody) {
    const r = stackLines(ctx, [span(toUpperVi(line), s.issuingBody, true)], s.issuingBody, left, "center", y);
    leftLines.push(...r.lines);
    y = r.bottom;
  }
  const lastIssuing = leftLines[leftLines.length - 1];
  const agencyRuleY = (lastIssuing?.baseline ?? 0) + ruleOffset(ctx, s.issuingBody);
  const agencyRuleWidth = (lastIssuing?.line.width ?? 0) * profile.rules.shortRuleRatio;
  const leftBottom = agencyRuleY;

  // Row 1, right: Quốc hiệu, Tiêu ngữ, rule.
  const qh = stackLines(ctx, [span(QUOC_HIEU, s.quocHieu, true)], s.quocHieu, right, "center", 0);
  const tn = stackLines(ctx, [span(TIEU_NGU, s.tieuNgu, true)], s.tieuNgu, right, "center", qh.bottom);
  const tnLine = tn.lines[0] as BlockLine;
  const tieuNguRuleY = tnLine.baseline + ruleOffset(ctx, s.tieuNgu);
  const rightLines = [...qh.lines, ...tn.lines];

  // Row 2: Số and the date on one baseline.
  let bottom = Math.max(leftBottom, tieuNguRuleY) + 2;
  let soLines: BlockLine[] = [];
  let dateLines: BlockLine[] = [];
  let vvLines: BlockLine[] = [];
  if (options.numberAndDate) {
    const rowTop = bottom + 6;
    const big = Math.max(s.soKyHieu, s.placeDate);
    const baseline = rowTop + metricsOf(ctx, big).ascent;
    const so = stackLines(ctx, [span(soKyHieuLine(doc), s.soKyHieu)], s.soKyHieu, left, "center", 0);
    soLines = so.lines.map((l) => ({ ...l, baseline: l.baseline - so.lines[0]!.baseline + baseline }));
    const date = stackLines(
      ctx,
      [span(placeDate, s.placeDate, false, true)],
      s.placeDate,
      right,
      "center",
      0,
    );
    dateLines = date.lines.map((l) => ({ ...l, baseline: l.baseline - date.lines[0]!.baseline + baseline }));
    const soBottom = (soLines[soLines.length - 1]?.baseline ?? baseline) + metricsOf(ctx, s.soKyHieu).descent;
    const dateBottom =
      (dateLines[dateLines.length - 1]?.baseline ?? baseline) + metricsOf(ctx, s.placeDate).descent;
    bottom = Math.max(soBottom, dateBottom);
    if (doc.kind === "CV") {
      const vvWidth = Math.min(left - mm(8), mm(62));
      const vv = stackLines(
        ctx,
        [span(congVanSubjectLine(doc), s.congVanSubject)],
        s.congVanSubject,
        vvWidth,
        "center",
        soBottom + 6,
      );
      vvLines = vv.lines.map((l) => ({ ...l, line: { ...l.line, x: l.line.x + (left - vvWidth) / 2 } }));
      bottom = Math.max(bottom, vv.bottom);
    }
  }

  // Mật and khẩn marks under the Số block, at the left.
  const stamps: { text: string; top: number; width: number }[] = [];
  for (const text of [secrecyText(doc), urgencyText(doc)]) {
    if (!text) continue;
    const top = bottom + mm(3);
    const width = Math.max(
      mm(STAMP_WIDTH_MM[text] ?? 0),
      textWidth(fonts, [span(text, s.stamp, true)]) + mm(4),
    );
    stamps.push({ text, top, width });
    bottom = top + mm(STAMP_HEIGHT_MM);
  }

  const circulation = doc.circulation ? toUpperVi(doc.circulation) : undefined;

  return {
    height: bottom,
    spaceBefore: 0,
    keepWithNext: true,
    draw(canvas: PageCanvas, x: number, top: number) {
      drawLines(canvas, leftLines, x + leftX, top);
      drawLines(canvas, rightLines, x + rightX, top);
      const leftCentre = x + leftX + left / 2;
      const rightCentre = x + rightX + right / 2;
      canvas.line(
        leftCentre - agencyRuleWidth / 2,
        top + agencyRuleY,
        leftCentre + agencyRuleWidth / 2,
        top + agencyRuleY,
        stroke,
      );
      const tnWidth = tnLine.line.width;
      canvas.line(
        rightCentre - tnWidth / 2,
        top + tieuNguRuleY,
        rightCentre + tnWidth / 2,
        top + tieuNguRuleY,
        stroke,
      );
      drawLines(canvas, soLines, x + leftX, top);
      drawLines(canvas, dateLines, x + rightX, top);
      drawLines(canvas, vvLines, x + leftX, top);
      for (const stamp of stamps) drawStamp(ctx, canvas, stamp.text, x, top + stamp.top, stamp.width, true);
      if (circulation) {
        const width = textWidth(fonts, [span(circulation, s.stamp, true)]) + mm(6);
        // Ô 11: in the top margin, over the right part of the text block, left of ô 14 if any.
        const clear = options.rightMarkWidth
          ? ctx.textWidth - options.rightMarkWidth - mm(3) - width / 2
          : Infinity;
        const centre = x + Math.min(ctx.textWidth * 0.716, clear);
        drawStamp(ctx, canvas, circulation, centre - width / 2, top - mm(STAMP_HEIGHT_MM + 2), width, false);
      }
    },
  };
}

/** A mark in a single-line frame; mật and khẩn in the stamps' red. */
function drawStamp(
  ctx: LayoutContext,
  canvas: PageCanvas,
  text: string,
  x: number,
  top: number,
  width: number,
  red: boolean,
): void {
  const size = ctx.profile.sizes.stamp;
  const color = red ? ctx.profile.stampColor : undefined;
  const height = mm(STAMP_HEIGHT_MM);
  canvas.rect(x, top, width, height, 0.8, color);
  const words = toWords([span(text, size, true)], ctx.fonts);
  const line = { words, width: textWidth(ctx.fonts, [span(text, size, true)]) };
  // Capitals centred in the frame (Times-metric cap height is about 0.66 em).
  const baseline = top + height / 2 + size * 0.33;
  canvas.text(x + (width - line.width) / 2, baseline, lineSegments(line), color);
}
