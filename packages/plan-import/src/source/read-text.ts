import type { Block, SourceDocument, SourceNote } from "./blocks.js";
import { boldAfter, cleanRaw, stripMarkdown, type TextLine } from "./lines.js";
import { linesToParagraphs } from "./paragraphs.js";
import { cutWebsiteText } from "./provenance.js";
import { findTextTables } from "./tables-text.js";
import { restoreLines, wrapWidth } from "./web-copy.js";

/** A page saved with its line breaks escaped ("…\r\n…" as text): the breaks are put back first. */
function unescapeBreaks(input: string): string {
  const escaped = input.match(/\\r\\n|\\n/g)?.length ?? 0;
  const real = input.match(/\n/g)?.length ?? 0;
  return escaped > 5 && escaped > real ? input.replace(/\\r\\n|\\n/g, "\n") : input;
}

/** Plain or markdown-ish text into lines and blocks. */
export function readText(input: string): SourceDocument {
  const rawLines = unescapeBreaks(input).replace(/\r\n?/g, "\n").split("\n");
  const notes: SourceNote[] = [];
  const shown: string[] = [];
  rawLines.forEach((raw, index) => {
    const no = index + 1;
    const cleaned = cleanRaw(raw);
    if (cleaned.invisible) notes.push({ code: "invisible-characters", lines: { from: no, to: no } });
    shown.push(cleaned.text);
  });
  const lines: TextLine[] = [];
  let inBold = false;
  for (const r of restoreLines(shown, rawLines)) {
    const md = stripMarkdown(r.text);
    const wasBold = inBold;
    inBold = boldAfter(r.text, inBold);
    if (md.noise) notes.push({ code: "ocr-noise", lines: { from: r.from, to: r.to } });
    lines.push({
      no: r.from,
      to: r.to,
      text: md.text,
      bold: md.bold,
      italic: md.italic,
      heading: md.heading,
      width: r.width,
      hardBreak: r.hardBreak,
      boldOpen: inBold && (wasBold || md.bold),
    });
  }
  const cut = cutWebsiteText(lines);
  if (cut.banner) notes.push({ code: "banner-removed", lines: cut.banner });
  if (cut.trailer) notes.push({ code: "metadata-removed", lines: cut.trailer });
  const width = wrapWidth(cut.keep);
  const blocks: Block[] = [];
  for (const segment of findTextTables(cut.keep)) {
    if (segment.kind === "table") blocks.push(segment.table);
    else blocks.push(...linesToParagraphs(segment.lines, notes, width));
  }
  return {
    format: "text",
    lines: shown,
    blocks,
    notes,
    provenance: cut.removed.length > 0 ? { removed: cut.removed, metadata: cut.metadata } : undefined,
  };
}
