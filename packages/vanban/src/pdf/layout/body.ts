import { toUpperVi } from "@kehoach/text-vi";
import type { Block, HeadingBlock, ListItemBlock, ParagraphBlock } from "../../model.js";
import { cm } from "../../profile.js";
import { headingLabel, itemLabel, titleOnOwnLine } from "../../text-lines.js";
import type { FlowItem } from "../flow.js";
import type { Span } from "../text.js";
import { inlineSpans, type LayoutContext, paragraphItems, span } from "./common.js";
import { tableItems } from "./table.js";

// Nội dung (ô 6): justified paragraphs with a 1 cm first-line indent, 6 pt before, 1.15 lines,
// one size throughout; the headings of the two structures of nd30-layout §4.3.

export function blockItems(ctx: LayoutContext, block: Block): FlowItem[] {
  switch (block.type) {
    case "paragraph":
      return paragraph(ctx, block);
    case "heading":
      return heading(ctx, block);
    case "item":
      return listItem(ctx, block);
    case "table":
      return tableItems(ctx, block);
  }
}

function bodyParagraph(ctx: LayoutContext, spans: Span[], keepWithNext = false): FlowItem[] {
  const { profile } = ctx;
  return paragraphItems(ctx, {
    spans,
    size: profile.sizes.body,
    align: "justify",
    spacing: profile.body.lineSpacing,
    spaceBefore: profile.body.spaceBeforePt,
    firstIndent: cm(profile.body.firstLineIndentCm),
    keepWithNext,
  });
}

function paragraph(ctx: LayoutContext, block: ParagraphBlock): FlowItem[] {
  const size = ctx.profile.sizes.body;
  const spans = inlineSpans(block.content, size, { bold: block.bold, italic: block.italic });
  if (block.align === "center") {
    return paragraphItems(ctx, {
      spans,
      size,
      align: "center",
      spacing: ctx.profile.body.lineSpacing,
      spaceBefore: ctx.profile.body.spaceBeforePt,
    });
  }
  return bodyParagraph(ctx, spans);
}

function centredHeading(ctx: LayoutContext, block: HeadingBlock): FlowItem[] {
  const { profile } = ctx;
  const size = profile.sizes.body;
  const common = { size, align: "center" as const, spacing: profile.body.lineSpacing, keepWithNext: true };
  const items = paragraphItems(ctx, {
    ...common,
    spans: [span(headingLabel(block.level, block.number), size, true)],
    spaceBefore: profile.body.spaceBeforePt * 2,
  });
  if (block.text.trim() !== "") {
    items.push(
      ...paragraphItems(ctx, { ...common, spans: [span(toUpperVi(block.text), size, true)], spaceBefore: 0 }),
    );
  }
  return items;
}

function heading(ctx: LayoutContext, block: HeadingBlock): FlowItem[] {
  const size = ctx.profile.sizes.body;
  const label = headingLabel(block.level, block.number);
  switch (block.level) {
    case "phan":
    case "chuong":
    case "mucA":
    case "tieuMuc":
      return centredHeading(ctx, block);
    case "muc":
      return bodyParagraph(ctx, [span(`${label} ${toUpperVi(block.text)}`, size, true)], true);
    case "dieu":
    case "khoan": {
      const title = block.text.trim();
      if (titleOnOwnLine(block)) {
        const heading = bodyParagraph(ctx, [span(`${label} ${title}`, size, true)], true);
        return block.content
          ? [...heading, ...bodyParagraph(ctx, inlineSpans(block.content, size))]
          : heading;
      }
      const spans = [span(label, size, true)];
      if (block.content) spans.push(span(" ", size), ...inlineSpans(block.content, size));
      return bodyParagraph(ctx, spans, !block.content);
    }
    case "diem": {
      const style = ctx.profile.diemTitleStyle;
      const title = block.text.trim();
      const spans = [span(`${label} `, size)];
      if (title) spans.push(span(title, size, style === "boldItalic", style !== "upright"));
      if (block.content) spans.push(span(" ", size), ...inlineSpans(block.content, size));
      return bodyParagraph(ctx, spans, !block.content);
    }
  }
}

function listItem(ctx: LayoutContext, block: ListItemBlock): FlowItem[] {
  const size = ctx.profile.sizes.body;
  const label = itemLabel(block.marker, block.number);
  return bodyParagraph(ctx, [span(`${label} `, size), ...inlineSpans(block.content, size)]);
}
