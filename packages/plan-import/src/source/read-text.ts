import type { Block, SourceDocument, SourceNote } from "./blocks.js";
import { cleanRaw, stripMarkdown, type TextLine } from "./lines.js";
import { linesToParagraphs } from "./paragraphs.js";
import { cutWebsiteText } from "./provenance.js";
import { findTextTables } from "./tables-text.js";

/** Plain or markdown-ish text into lines and blocks. */
export function readText(input: string): SourceDocument {
  const rawLines = input.replace(/\r\n?/g, "\n").split("\n");
  const notes: SourceNote[] = [];
  const shown: string[] = [];
  const lines: TextLine[] = [];
  rawLines.forEach((raw, index) => {
    const no = index + 1;
    const cleaned = cleanRaw(raw);
    if (cleaned.invisible) notes.push({ code: "invisible-characters", lines: { from: no, to: no } });
    const md = stripMarkdown(cleaned.text);
    if (md.noise) notes.push({ code: "ocr-noise", lines: { from: no, to: no } });
    shown.push(cleaned.text);
    lines.push({ no, text: md.text, bold: md.bold, italic: md.italic, heading: md.heading });
  });
  const cut = cutWebsiteText(lines);
  if (cut.banner) notes.push({ code: "banner-removed", lines: cut.banner });
  if (cut.trailer) notes.push({ code: "metadata-removed", lines: cut.trailer });
  const blocks: Block[] = [];
  for (const segment of findTextTables(cut.keep)) {
    if (segment.kind === "table") blocks.push(segment.table);
    else blocks.push(...linesToParagraphs(segment.lines, notes));
  }
  return {
    format: "text",
    lines: shown,
    blocks,
    notes,
    provenance: cut.removed.length > 0 ? { removed: cut.removed, metadata: cut.metadata } : undefined,
  };
}
