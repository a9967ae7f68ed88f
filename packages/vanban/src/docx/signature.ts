import {
  AlignmentType,
  HorizontalPositionRelativeFrom,
  ImageRun,
  type Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextWrappingType,
  VerticalAlignTable,
  VerticalPositionRelativeFrom,
  WidthType,
} from "docx";
import type { VanBan } from "../model.js";
import { drafterLine, NOI_NHAN_LABEL, recipientLines, signerLines } from "../text-lines.js";
import { type DocxContext, styled } from "./context.js";
import { sizeImage } from "./images.js";
import { labelWidth, lineWidths } from "./metrics.js";
import { NO_BORDERS, NO_CELL_BORDERS, splitTwips } from "./tables.js";
import { emuPt, ptMm, pxPt, twip } from "./units.js";

// The foot of the document (nd30-layout §3.3, §5, §6.2) as a borderless two-column table that
// never splits: "Nơi nhận:" and its items in the left 40%, level with the first line of the
// signer's authority and title in the right 60%; the signing space ("Chỗ ký, đóng dấu", as high
// as the profile's gap) holding the signature image and, over its left third, the seal; the name.

const SPACE_BEFORE = 12;
/** Fallback printed widths when an image carries no resolution, as in the PDF. */
const SIGNATURE_WIDTH_MM = 35;
const SEAL_DIAMETER_MM = 36;
const ASCENT = 1825 / 2048;

export function signatureTable(ctx: DocxContext, doc: VanBan): Table | undefined {
  const titles = signerLines(doc);
  const recipients = recipientLines(doc);
  if (titles.length === 0 && recipients.length === 0 && !doc.signer?.name) return undefined;
  const { profile } = ctx;
  const s = profile.sizes;
  const [leftTw, rightTw] = splitTwips(twip(ctx.textWidth), [
    1 - profile.signature.columnRatio,
    profile.signature.columnRatio,
  ]) as [number, number];
  const leftWidth = leftTw / 20;
  const rightWidth = rightTw / 20;

  const right: Paragraph[] = titles.map((title, i) =>
    styled("signerTitle", title, i === 0 ? { spacing: { before: twip(SPACE_BEFORE) } } : {}),
  );
  right.push(signingSpace(ctx, doc, rightWidth));
  if (doc.signer?.name) right.push(styled("signerName", doc.signer.name));

  const left: Paragraph[] = [];
  if (recipients.length > 0) {
    // The label's baseline on the first title line's: it is smaller, so it starts lower.
    const lift = Math.max(0, (s.signer - s.noiNhanLabel) * ASCENT);
    left.push(styled("noiNhanLabel", NOI_NHAN_LABEL, { spacing: { before: twip(SPACE_BEFORE + lift) } }));
    const dash = twip(labelWidth("- ", s.noiNhanItem));
    for (const item of recipients) {
      left.push(styled("noiNhanItem", item, { indent: { left: dash, hanging: dash, right: twip(ptMm(2)) } }));
    }
    const drafter = drafterLine(doc);
    if (drafter) {
      // Ô 12 ends where the widest line of the list ends (its items wrap under their dash).
      const room = leftWidth - ptMm(2);
      const dashWidth = dash / 20;
      const widest = Math.max(
        ...recipients.flatMap((item) =>
          lineWidths(item, s.noiNhanItem, "regular", room, room - dashWidth).map((w, i) =>
            i === 0 ? w : w + dashWidth,
          ),
        ),
      );
      left.push(
        styled("drafter", drafter, {
          alignment: AlignmentType.RIGHT,
          indent: { right: twip(Math.max(0, leftWidth - widest)) },
        }),
      );
    }
  }
  if (left.length === 0) left.push(styled("noiNhanItem", []));

  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.TOP,
      borders: NO_CELL_BORDERS,
    });
  return new Table({
    rows: [new TableRow({ cantSplit: true, children: [cell(left, leftTw), cell(right, rightTw)] })],
    width: { size: leftTw + rightTw, type: WidthType.DXA },
    columnWidths: [leftTw, rightTw],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0, marginUnitType: WidthType.DXA },
  });
}

/**
 * The signing space: an empty paragraph as high as the profile's gap. The signature image is
 * centred in it; the seal, at its real size, covers the signature's left third.
 */
function signingSpace(ctx: DocxContext, doc: VanBan, columnWidth: number): Paragraph {
  const gap = ptMm(ctx.profile.signature.gapMm);
  const runs: ImageRun[] = [];
  let signatureBox: { x: number; width: number } | undefined;
  if (doc.signer?.signatureImage) {
    const image = sizeImage(doc.signer.signatureImage, SIGNATURE_WIDTH_MM);
    const k = image.height > gap - 4 ? (gap - 4) / image.height : 1;
    const width = image.width * k;
    const height = image.height * k;
    const x = (columnWidth - width) / 2;
    signatureBox = { x, width };
    runs.push(floating(image.data, image.type, x, (gap - height) / 2, width, height, 1, "Chữ ký"));
  }
  if (doc.signer?.sealImage) {
    const image = sizeImage(doc.signer.sealImage, SEAL_DIAMETER_MM);
    const x = signatureBox
      ? signatureBox.x + signatureBox.width / 3 - image.width
      : columnWidth / 2 - image.width * 0.8;
    runs.push(
      floating(image.data, image.type, x, (gap - image.height) / 2, image.width, image.height, 2, "Con dấu"),
    );
  }
  return styled("signingSpace", runs);
}

function floating(
  data: Uint8Array,
  type: "png" | "jpg",
  x: number,
  y: number,
  width: number,
  height: number,
  zIndex: number,
  name: string,
): ImageRun {
  return new ImageRun({
    type,
    data,
    transformation: { width: pxPt(width), height: pxPt(height) },
    altText: { name, description: name, title: name },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.COLUMN, offset: emuPt(x) },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: emuPt(y) },
      allowOverlap: true,
      layoutInCell: true,
      behindDocument: false,
      wrap: { type: TextWrappingType.NONE },
      zIndex,
    },
  });
}
