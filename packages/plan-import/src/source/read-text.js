import { cleanRaw, stripMarkdown } from "./lines.js";
import { linesToParagraphs } from "./paragraphs.js";
import { cutWebsiteText } from "./provenance.js";
import { findTextTables } from "./tables-text.js";
import { restoreLines, wrapWidth } from "./web-copy.js";
/** A page saved with its line breaks escaped ("…\r\n…" as text): the breaks are put back first. */
function unescapeBreaks(input) {
    const escaped = input.match(/\\r\\n|\\n/g)?.length ?? 0;
    const real = input.match(/\n/g)?.length ?? 0;
    return escaped > 5 && escaped > real ? input.replace(/\\r\\n|\\n/g, "\n") : input;
}
/** Plain or markdown-ish text into lines and blocks. */
export function readText(input) {
    const rawLines = unescapeBreaks(input).replace(/\r\n?/g, "\n").split("\n");
    const notes = [];
    const shown = [];
    rawLines.forEach((raw, index) => {
        const no = index + 1;
        const cleaned = cleanRaw(raw);
        if (cleaned.invisible)
            notes.push({ code: "invisible-characters", lines: { from: no, to: no } });
        shown.push(cleaned.text);
    });
    const lines = [];
    for (const r of restoreLines(shown, rawLines)) {
        const md = stripMarkdown(r.text);
        if (md.noise)
            notes.push({ code: "ocr-noise", lines: { from: r.from, to: r.to } });
        lines.push({
            no: r.from,
            to: r.to,
            text: md.text,
            bold: md.bold,
            italic: md.italic,
            heading: md.heading,
            width: r.width,
            hardBreak: r.hardBreak,
        });
    }
    const cut = cutWebsiteText(lines);
    if (cut.banner)
        notes.push({ code: "banner-removed", lines: cut.banner });
    if (cut.trailer)
        notes.push({ code: "metadata-removed", lines: cut.trailer });
    const width = wrapWidth(cut.keep);
    const blocks = [];
    for (const segment of findTextTables(cut.keep)) {
        if (segment.kind === "table")
            blocks.push(segment.table);
        else
            blocks.push(...linesToParagraphs(segment.lines, notes, width));
    }
    return {
        format: "text",
        lines: shown,
        blocks,
        notes,
        provenance: cut.removed.length > 0 ? { removed: cut.removed, metadata: cut.metadata } : undefined,
    };
}
//# sourceMappingURL=read-text.js.map