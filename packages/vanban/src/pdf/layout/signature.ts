import type { VanBan } from "../../model.js";
import { mm } from "../../profile.js";
import { drafterLine, NOI_NHAN_LABEL, recipientLines, signerLines } from "../../text-lines.js";
import type { PageCanvas } from "../canvas.js";
import type { FlowItem } from "../flow.js";
import type { PlacedImage } from "../images.js";
import { textWidth } from "../text.js";
import { type BlockLine, drawLines, type LayoutContext, metricsOf, span, stackLines } from "./common.js";

// The foot of the document (nd30-layout §3.3, §5, §6.2): "Nơi nhận:" (12 pt bold italic) and its
// 11 pt items in the left 40%, level with the first line of the signer's authority and title
// (bold capitals, centred in the right 60%); the space for the signature and seal; the name.
// The signature image is centred in that space; the seal, at its real size, covers the left
// third of the signature.

const SPACE_BEFORE = 12;
/** Fallback printed widths when an image carries no resolution. */
const SIGNATURE_WIDTH_MM = 35;
const SEAL_DIAMETER_MM = 36;

export function signatureItem(ctx: LayoutContext, doc: VanBan): FlowItem | undefined {
  const titles = signerLines(doc);
  const recipients = recipientLines(doc);
  if (titles.length === 0 && recipients.length === 0 && !doc.signer?.name) return undefined;
  const { profile } = ctx;
  const s = profile.sizes;
  const rightWidth = ctx.textWidth * profile.signature.columnRatio;
  const leftWidth = ctx.textWidth - rightWidth;
  const signer = metricsOf(ctx, s.signer);
  const firstBaseline = signer.ascent;

  // Right column: authority and title lines, the signing space, the name.
  const right: BlockLine[] = [];
  let y = 0;
  for (const title of titles) {
    const r = stackLines(ctx, [span(title, s.signer, true)], s.signer, rightWidth, "center", y);
    right.push(...r.lines);
    y = r.bottom;
  }
  const gapTop = y;
  const gap = mm(profile.signature.gapMm);
  y += gap;
  if (doc.signer?.name) {
    const r = stackLines(ctx, [span(doc.signer.name, s.signer, true)], s.signer, rightWidth, "center", y);
    right.push(...r.lines);
    y = r.bottom;
  }
  const rightBottom = y;

  // Left column: the label level with the first title line, then the items.
  const left: BlockLine[] = [];
  let leftBottom = 0;
  if (recipients.length > 0) {
    const label = stackLines(
      ctx,
      [span(NOI_NHAN_LABEL, s.noiNhanLabel, true, true)],
      s.noiNhanLabel,
      leftWidth,
      "left",
      0,
    );
    const shift = firstBaseline - (label.lines[0] as BlockLine).baseline;
    left.push(...label.lines.map((l) => ({ ...l, baseline: l.baseline + shift })));
    let top = label.bottom + shift;
    const dash = textWidth(ctx.fonts, [span("- ", s.noiNhanItem)]);
    for (const item of recipients) {
      const r = stackLines(
        ctx,
        [span(item, s.noiNhanItem)],
        s.noiNhanItem,
        leftWidth - mm(2),
        "left",
        top,
        dash,
      );
      left.push(...r.lines);
      top = r.bottom;
    }
    const drafter = drafterLine(doc);
    if (drafter) {
      const widest = Math.max(...left.map((l) => l.line.x + l.line.width));
      const r = stackLines(ctx, [span(drafter, s.drafter)], s.drafter, leftWidth, "left", top);
      left.push(
        ...r.lines.map((l) => ({ ...l, line: { ...l.line, x: Math.max(0, widest - l.line.width) } })),
      );
      top = r.bottom;
    }
    leftBottom = top;
  }

  // Images, placed in the signing space.
  let signature: { placed: PlacedImage; x: number; y: number } | undefined;
  let seal: { placed: PlacedImage; x: number; y: number } | undefined;
  const centre = leftWidth + rightWidth / 2;
  if (doc.signer?.signatureImage) {
    const placed = fitHeight(ctx.images.place(doc.signer.signatureImage, SIGNATURE_WIDTH_MM), gap - 4);
    signature = { placed, x: centre - placed.width / 2, y: gapTop + (gap - placed.height) / 2 };
  }
  if (doc.signer?.sealImage) {
    const placed = ctx.images.place(doc.signer.sealImage, SEAL_DIAMETER_MM);
    const middle = gapTop + gap / 2;
    const x = signature
      ? signature.x + signature.placed.width / 3 - placed.width
      : centre - placed.width * 0.8;
    seal = { placed, x, y: middle - placed.height / 2 };
  }

  return {
    height: Math.max(leftBottom, rightBottom),
    spaceBefore: SPACE_BEFORE,
    draw(canvas: PageCanvas, x: number, top: number) {
      drawLines(canvas, left, x, top);
      drawLines(canvas, right, x + leftWidth, top);
      ctx.onSigningSpace?.(canvas, { x: x + leftWidth, top: top + gapTop, width: rightWidth, height: gap });
      if (signature) {
        canvas.image(
          signature.placed.image,
          x + signature.x,
          top + signature.y,
          signature.placed.width,
          signature.placed.height,
        );
      }
      if (seal)
        canvas.image(seal.placed.image, x + seal.x, top + seal.y, seal.placed.width, seal.placed.height);
    },
  };
}

function fitHeight(placed: PlacedImage, maxHeight: number): PlacedImage {
  if (placed.height <= maxHeight) return placed;
  const k = maxHeight / placed.height;
  return { ...placed, width: placed.width * k, height: maxHeight };
}
