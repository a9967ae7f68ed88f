import { toUpperVi } from "@kehoach/text-vi";
import { AlignmentType, type Paragraph, type Table, type TextRun } from "docx";
import type { Block, HeadingBlock, ListItemBlock, ParagraphBlock } from "../model.js";
import { headingLabel, itemLabel, titleOnOwnLine } from "../text-lines.js";
import { type DocxContext, inlineRuns, type ParagraphOptions, run, styled } from "./context.js";
import type { StyleKey } from "./styles.js";
import { contentTable } from "./table.js";

// Nội dung (ô 6), block by block, in the styles of styles.ts: justified paragraphs with the 1 cm
// first-line indent, the headings of both structures (nd30-layout §4.3), list items carrying
// their label as text ("1.", "a)", "-"), exactly as the PDF prints them.

/** A paragraph not built yet, so that the section can still add keep-with-next or space after. */
export interface ParagraphPart {
  kind: "paragraph";
  style: StyleKey;
  runs: TextRun[];
  options: ParagraphOptions;
}

export interface TablePart {
  kind: "table";
  build(keepWithNext: boolean): Table;
}

export type BodyPart = ParagraphPart | TablePart;

export const part = (style: StyleKey, runs: TextRun[], options: ParagraphOptions = {}): ParagraphPart => ({
  kind: "paragraph",
  style,
  runs,
  options,
});

export function blockParts(ctx: DocxContext, block: Block): BodyPart[] {
  switch (block.type) {
    case "paragraph":
      return [paragraph(block)];
    case "heading":
      return heading(ctx, block);
    case "item":
      return [listItem(block)];
    case "table":
      return [{ kind: "table", build: (keep) => contentTable(ctx, block, keep) }];
  }
}

function paragraph(block: ParagraphBlock): ParagraphPart {
  const runs = inlineRuns(block.content, { bold: block.bold, italic: block.italic });
  if (block.align === "center") {
    return part("body", runs, { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } });
  }
  return part("body", runs);
}

const STRUCTURE_STYLE: Partial<Record<HeadingBlock["level"], StyleKey>> = {
  phan: "phan",
  chuong: "chuong",
  mucA: "mucA",
  tieuMuc: "tieuMuc",
};

function heading(ctx: DocxContext, block: HeadingBlock): ParagraphPart[] {
  const label = headingLabel(block.level, block.number);
  const title = block.text.trim();
  const structure = STRUCTURE_STYLE[block.level];
  if (structure) {
    const parts = [part(structure, [run(label)])];
    if (title) parts.push(part("structureTitle", [run(toUpperVi(title))]));
    return parts;
  }
  switch (block.level) {
    case "muc":
      return [part("muc", [run(`${label} ${toUpperVi(title)}`)])];
    case "dieu":
    case "khoan": {
      if (titleOnOwnLine(block)) {
        const heading = part(block.level, [run(`${label} ${title}`)], { keepNext: true });
        return block.content ? [heading, part("body", inlineRuns(block.content, {}))] : [heading];
      }
      const runs = [run(label)];
      if (block.content)
        runs.push(run(" ", { bold: false }), ...inlineRuns(block.content, {}, { bold: true }));
      return [part(block.level, runs, block.content ? {} : { keepNext: true })];
    }
    default: {
      // Điểm: the label upright, a title in the profile's house style, then the text.
      const style = ctx.profile.diemTitleStyle;
      const runs = [run(`${label} `)];
      if (title) runs.push(run(title, { bold: style === "boldItalic", italics: style !== "upright" }));
      if (block.content) runs.push(run(" "), ...inlineRuns(block.content, {}));
      return [part("diem", runs, block.content ? {} : { keepNext: true })];
    }
  }
}

function listItem(block: ListItemBlock): ParagraphPart {
  return part("body", [run(`${itemLabel(block.marker, block.number)} `), ...inlineRuns(block.content, {})]);
}

export function buildParagraph(p: ParagraphPart): Paragraph {
  return styled(p.style, p.runs, p.options);
}
