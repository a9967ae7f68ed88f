import { type IParagraphOptions, type IRunOptions, NoBreakHyphen, Paragraph, TextRun } from "docx";
import { splitAtInnerHyphens, tieSpacedDashes } from "../line-breaks.js";
import type { Inline } from "../model.js";
import { normalizeText } from "../pdf/text.js";
import type { LayoutProfile } from "../profile.js";
import { STYLE, type StyleKey } from "./styles.js";
import { ptMm } from "./units.js";

export interface DocxContext {
  profile: LayoutProfile;
  orientation: "portrait" | "landscape";
  /** Width of the text block of this section's pages, in points. */
  textWidth: number;
}

const A4_MM = { width: 210, height: 297 };

export function contextFor(profile: LayoutProfile, orientation: "portrait" | "landscape"): DocxContext {
  const pageWidth = orientation === "portrait" ? A4_MM.width : A4_MM.height;
  const m = profile.marginsMm;
  return { profile, orientation, textWidth: ptMm(pageWidth - m.left - m.right) };
}

/**
 * A run of text as the PDF prints it: NFC, no invisible characters, spaces collapsed; and
 * breaking where the PDF breaks (line-breaks.ts): a non-breaking hyphen inside "214/KH-UBND" or
 * "2021-2025" (Word's own, so the text still reads "-"; LibreOffice otherwise breaks after a
 * hyphen), and a no-break space that keeps the dash of "chính trị - xã hội" off the next line.
 */
export function run(text: string, options: Omit<IRunOptions, "text" | "children"> = {}): TextRun {
  const pieces = splitAtInnerHyphens(tieSpacedDashes(normalizeText(text)));
  if (pieces.length === 1) return new TextRun({ ...options, text: pieces[0] as string });
  const children: (string | NoBreakHyphen)[] = [];
  pieces.forEach((piece, i) => {
    if (i > 0) children.push(new NoBreakHyphen());
    if (piece !== "") children.push(piece);
  });
  return new TextRun({ ...options, children });
}

/** A line that never wraps (the Quốc hiệu, the Tiêu ngữ), its characters as they are. */
export function fixedRun(text: string, options: Omit<IRunOptions, "text" | "children"> = {}): TextRun {
  return new TextRun({ ...options, text: normalizeText(text) });
}

type Emphasis = { bold?: boolean | undefined; italic?: boolean | undefined };

/**
 * The model's inline content in a paragraph whose style already sets `style` (bold, italic):
 * each run is `base` unless the inline part says otherwise, and states bold or italic only where
 * it differs from the style, so an official who restyles the paragraph restyles the runs.
 */
export function inlineRuns(content: string | Inline[], base: Emphasis = {}, style: Emphasis = {}): TextRun[] {
  const parts = typeof content === "string" ? [content] : content;
  return parts.map((part) => {
    const text = typeof part === "string" ? part : part.text;
    const bold = (typeof part === "string" ? undefined : part.bold) ?? base.bold ?? false;
    const italic = (typeof part === "string" ? undefined : part.italic) ?? base.italic ?? false;
    const options: { bold?: boolean; italics?: boolean } = {};
    if (bold !== (style.bold ?? false)) options.bold = bold;
    if (italic !== (style.italic ?? false)) options.italics = italic;
    return run(text, options);
  });
}

export type ParagraphOptions = Omit<IParagraphOptions, "style" | "children" | "text">;

export type ParagraphChildren = NonNullable<IParagraphOptions["children"]>;

/** A paragraph in one of the named styles. */
export function styled(
  key: StyleKey,
  children: ParagraphChildren | string,
  options: ParagraphOptions = {},
): Paragraph {
  const runs = typeof children === "string" ? (children === "" ? [] : [run(children)]) : children;
  return new Paragraph({ ...options, style: STYLE[key], children: runs });
}
