// Text copied from a legal-document website (the way most officials get last year's plan) is
// markdown-like: bold and italic marks, table cells as lines between "|" lines or as "A | B |",
// and lines hard-wrapped at a fixed width, even inside a label, a name, a number or the signer
// block ("**TM. ỦY BAN" / "NHÂN DÂN**"). This first pass notes what the lines were ("A | B |" is
// two cells side by side, as a tab would put them; a markdown hard break), the emphasis marks go
// line by line (lines.ts), a wrapped paragraph is joined by the paragraph pass, which knows the
// wrap width (see `wrapWidth`), the cells of a "|" table by tables-text.ts, and a signer block
// cut inside its body's name by closing.ts. Emphasis is not trusted to join lines: a bold block
// of three real lines ("**TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH**") looks the
// same as one wrapped line.

export interface RestoredLine {
  text: string;
  /** First and last source line (1-based) this line was made from. */
  from: number;
  to: number;
  /** Length of the last source line as written (marks included). */
  width: number;
  hardBreak: boolean;
}

const BAR_ONLY = /^\s*\|[\s|]*$/;

/** A line holding only "|": the edge of a table cell in a web copy. */
export function isBarLine(text: string): boolean {
  return BAR_ONLY.test(text);
}

/** "Số: 130/KH-UBND | Hà Tĩnh, ngày 27 tháng 6 năm 2025 |": cells side by side, as a tab would put them. */
function pipeTail(text: string): string {
  const t = text.trim();
  if (!t.endsWith("|") || t.startsWith("|") || isBarLine(t)) return text;
  const cells = t
    .split(/(?<!\\)\|/)
    .map((c) => c.trim())
    .filter((c, i, all) => c !== "" || i < all.length - 1);
  return cells.filter((c) => c !== "").join("\t");
}

export function restoreLines(cleaned: readonly string[], raw: readonly string[]): RestoredLine[] {
  const out: RestoredLine[] = [];
  for (let i = 0; i < cleaned.length; i++) {
    const text = pipeTail(cleaned[i] as string);
    const line: RestoredLine = {
      text,
      from: i + 1,
      to: i + 1,
      width: (cleaned[i] as string).length,
      hardBreak: /( {2,}|\\)$/.test(raw[i] ?? ""),
    };
    out.push(line);
  }
  return out;
}

/**
 * The width a web copy was hard-wrapped at, or undefined for text whose lines are paragraphs.
 * Wrapped text has most of its long lines just under one width and almost none above it;
 * paragraphs one per line vary widely in length.
 */
export function wrapWidth(
  lines: readonly { text: string; width?: number | undefined }[],
): number | undefined {
  const lengths: number[] = [];
  for (const l of lines) {
    if (l.text.includes("\t") || isBarLine(l.text) || /\S {3,}\S|^ {4,}/.test(l.text)) continue;
    const n = l.width ?? l.text.length;
    if (n >= 30) lengths.push(n);
  }
  if (lengths.length < 12) return undefined;
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] as number;
  if (width < 40 || width > 140) return undefined;
  // Wrapped text has nothing longer than its width; paragraphs have a long tail of long lines.
  const near = lengths.filter((n) => n >= width * 0.8 && n <= width).length;
  const over = lengths.filter((n) => n > width * 1.15).length;
  return near >= lengths.length * 0.25 && over <= lengths.length * 0.02 ? width : undefined;
}
