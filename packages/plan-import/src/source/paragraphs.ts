import { fold, startsLower } from "../text.js";
import type { Paragraph, SourceNote } from "./blocks.js";
import type { TextLine } from "./lines.js";

// Lines into paragraphs. A page break in the copied text splits a sentence in two ("góp phần
// nâng" / "cao dân trí"), often with blank lines between; such halves are joined back when the
// first does not end a sentence and the second does not start a new item.

const ENDS_SENTENCE = /[.:;!?…)"”»\]]$/u;
const FUNCTION_WORD_END =
  /(,|\s(?:và|của|các|với|về|trong|cho|tại|theo|đến|là|được|những|từ|để|nhằm|như|hoặc))$/u;
const ITEM_START =
  /^(?:[-+•·▪◦–—*§Øü\uF000-\uF0FF]\s|o\t|[a-zđ][).]\s|[A-ZĐ][.)]\s|\d{1,3}(?:\.\d{1,2})*[.)]?\s|[IVXLC]{1,6}[.)]\s|điều\s+\d|phần\s+[ivx\d])/iu;

export function linesToParagraphs(lines: TextLine[], notes: SourceNote[]): Paragraph[] {
  const out: Paragraph[] = [];
  let gap = false;
  for (const line of lines) {
    const text = line.text.replace(/\t+/g, "\t").trim();
    if (text === "") {
      gap = true;
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && !prev.heading && !line.heading && shouldJoin(prev.text, text)) {
      const hyphen = /^[-–]\s+\p{Ll}/u.test(text);
      prev.text = hyphen ? `${prev.text} - ${text.replace(/^[-–]\s+/u, "")}` : `${prev.text} ${text}`;
      if (gap || line.no > prev.lines.to + 1)
        notes.push({ code: "paragraph-joined", lines: { from: prev.lines.to, to: line.no } });
      prev.lines = { from: prev.lines.from, to: line.no };
      prev.bold = prev.bold && line.bold;
      prev.italic = prev.italic && line.italic;
    } else {
      out.push({
        kind: "para",
        text,
        lines: { from: line.no, to: line.no },
        bold: line.bold,
        italic: line.italic,
        heading: line.heading,
      });
    }
    gap = false;
  }
  return out;
}

function shouldJoin(prev: string, next: string): boolean {
  if (ENDS_SENTENCE.test(prev) || prev.includes("\t") || next.includes("\t")) return false;
  // "- xã hội thành phố: …" after "… các tổ chức chính trị": the hyphen of a compound, not a bullet.
  if (/^[-–]\s+\p{Ll}/u.test(next)) return /\p{L}$/u.test(prev);
  if (ITEM_START.test(next)) return false;
  if (startsLower(next)) return true;
  // "… của" / "UBND tỉnh …": a line that ends on a function word or a comma goes on.
  return FUNCTION_WORD_END.test(prev) && !/^(số|noi nhan|nơi nhận)/iu.test(fold(next));
}
