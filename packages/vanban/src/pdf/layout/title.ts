import { toUpperVi } from "@kehoach/text-vi";
import type { VanBan } from "../../model.js";
import { cm } from "../../profile.js";
import {
  addresseeLines,
  basisLines,
  KINH_GUI_LABEL,
  QUYET_DINH_LINE,
  typeNameLine,
} from "../../text-lines.js";
import type { PageCanvas } from "../canvas.js";
import type { FlowItem } from "../flow.js";
import { textWidth } from "../text.js";
import {
  type BlockLine,
  drawLines,
  type LayoutContext,
  metricsOf,
  paragraphItems,
  ruleOffset,
  span,
  stackLines,
} from "./common.js";

// Ô 5a and what follows it: tên loại, trích yếu and its short rule (or, for a document issued
// with a QĐ, the "(Kèm theo Quyết định …)" line before the rule); then for a QĐ the
// issuing-authority line, the căn cứ and "QUYẾT ĐỊNH:"; then "Kính gửi" when there is one.

/** The space between the header and the tên loại. */
const SPACE_BEFORE_TYPE_NAME = 18;
/** The space between the trích yếu's rule and the text, on top of the paragraph's own 6 pt. */
const SPACE_AFTER_RULE = 6;

export function titleItem(ctx: LayoutContext, doc: VanBan, reference?: string): FlowItem {
  const { profile, textWidth: width } = ctx;
  const s = profile.sizes;
  const lines: BlockLine[] = [];
  let y = 0;
  const typeName = typeNameLine(doc);
  if (typeName) {
    const r = stackLines(ctx, [span(typeName, s.typeName, true)], s.typeName, width, "center", y);
    lines.push(...r.lines);
    y = r.bottom;
  }
  const subject = stackLines(ctx, [span(doc.subject, s.subject, true)], s.subject, width, "center", y);
  lines.push(...subject.lines);
  y = subject.bottom;
  let last = subject.lines[subject.lines.length - 1] as BlockLine;
  let lastSize = s.subject;
  if (reference) {
    const r = stackLines(ctx, [span(reference, s.subject, false, true)], s.subject, width, "center", y);
    lines.push(...r.lines);
    y = r.bottom;
    last = r.lines[r.lines.length - 1] as BlockLine;
    lastSize = s.subject;
  }
  // 1/3 to 1/2 of the trích yếu's line (its longest line when it wraps), centred.
  const longest = Math.max(...subject.lines.map((l) => l.line.width));
  const ruleWidth = longest * profile.rules.shortRuleRatio;
  const ruleY = last.baseline + ruleOffset(ctx, lastSize);
  return {
    height: ruleY + SPACE_AFTER_RULE,
    spaceBefore: SPACE_BEFORE_TYPE_NAME,
    keepWithNext: true,
    draw(canvas: PageCanvas, x: number, top: number) {
      drawLines(canvas, lines, x, top);
      const centre = x + width / 2;
      canvas.line(
        centre - ruleWidth / 2,
        top + ruleY,
        centre + ruleWidth / 2,
        top + ruleY,
        profile.rules.strokePt,
      );
    },
  };
}

/** QĐ: issuing-authority line, căn cứ, "QUYẾT ĐỊNH:". Others: their căn cứ, if any. */
export function preambleItems(ctx: LayoutContext, doc: VanBan): FlowItem[] {
  const { profile } = ctx;
  const size = profile.sizes.body;
  const spacing = profile.body.lineSpacing;
  const items: FlowItem[] = [];
  if (doc.kind === "QD" && doc.authority) {
    items.push(
      ...paragraphItems(ctx, {
        spans: [span(toUpperVi(doc.authority), size, true)],
        size,
        align: "center",
        spacing,
        spaceBefore: profile.body.spaceBeforePt,
        keepWithNext: true,
      }),
    );
  }
  for (const line of basisLines(doc)) {
    items.push(
      ...paragraphItems(ctx, {
        spans: [span(line, size, false, true)],
        size,
        align: "justify",
        spacing,
        spaceBefore: profile.body.spaceBeforePt,
        firstIndent: cm(profile.body.firstLineIndentCm),
      }),
    );
  }
  if (doc.kind === "QD") {
    items.push(
      ...paragraphItems(ctx, {
        spans: [span(QUYET_DINH_LINE, size, true)],
        size,
        align: "center",
        spacing,
        spaceBefore: profile.body.spaceBeforePt * 2,
        keepWithNext: true,
      }),
    );
  }
  return items;
}

/**
 * "Kính gửi:" (ô 9a), starting 3.5 cm in as in Mẫu 1.5. One recipient follows the label on its
 * line; several go under it as "- …;" lines whose dashes stand under the label's colon.
 */
export function kinhGuiItem(ctx: LayoutContext, doc: VanBan): FlowItem | undefined {
  const lines = addresseeLines(doc);
  if (lines.length === 0) return undefined;
  const { profile } = ctx;
  const size = profile.sizes.body;
  const m = metricsOf(ctx, size);
  const pitch = m.single * profile.body.lineSpacing;
  const x0 = cm(profile.kinhGui.leftIndentCm);
  const room = ctx.textWidth - x0;
  const placed: BlockLine[] = [];
  let y = 0;
  const place = (stack: { lines: BlockLine[]; bottom: number }, dx: number) => {
    for (const l of stack.lines) placed.push({ ...l, line: { ...l.line, x: l.line.x + dx } });
  };
  const labelWidth = textWidth(ctx.fonts, [span(`${KINH_GUI_LABEL} `, size)]);
  if (lines.length === 1) {
    const stack = stackLines(
      ctx,
      [span(`${KINH_GUI_LABEL} ${lines[0]}`, size)],
      size,
      room,
      "left",
      0,
      labelWidth,
    );
    place(stack, x0);
    y = stack.lines.length;
  } else {
    place(stackLines(ctx, [span(KINH_GUI_LABEL, size)], size, room, "left", 0), x0);
    y = 1;
    const colon = x0 + textWidth(ctx.fonts, [span("Kính gửi", size)]);
    const dash = textWidth(ctx.fonts, [span("- ", size)]);
    for (const line of lines) {
      const stack = stackLines(ctx, [span(line, size)], size, ctx.textWidth - colon, "left", 0, dash);
      for (const l of stack.lines) {
        placed.push({ ...l, line: { ...l.line, x: l.line.x + colon } });
      }
      y += stack.lines.length;
    }
  }
  // Re-space the stacked lines at the body's line pitch.
  placed.forEach((l, i) => {
    l.baseline = i * pitch + m.ascent;
  });
  return {
    height: y * pitch,
    spaceBefore: profile.body.spaceBeforePt * 2,
    keepWithNext: true,
    draw(canvas: PageCanvas, x: number, top: number) {
      drawLines(canvas, placed, x, top);
    },
  };
}
