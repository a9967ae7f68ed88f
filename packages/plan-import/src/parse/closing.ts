import { type Archive, parseArchive } from "@kehoach/plan-model";
import { type Block, spanOf } from "../source/blocks.js";
import { capsToSentence, fold, isAllCaps, oneLine, splitColumns, trimValue, upperFirst } from "../text.js";
import type { LineRange } from "../types.js";
import type { Located } from "./header.js";

// The foot of a văn bản: "Nơi nhận:" with its list and "Lưu: VT, …" on the left, the signature on
// the right ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / (đã ký) / Bùi Tuấn Anh"). In
// copied text the two columns come one after the other, side by side with a tab, or in a table.

export interface SignerDraft {
  /** "TM." / "KT." / … as printed first, for the summary. */
  authority: string | null;
  collective: string | undefined;
  delegation: "KT" | "Q" | "TL" | "TUQ" | undefined;
  headTitle: string | undefined;
  /** As printed: "PHÓ CHỦ TỊCH". */
  titleAsWritten: string;
  name: string | undefined;
  lines: LineRange;
}

export interface ClosingDraft {
  recipients: Located<{ text: string }[]> | undefined;
  archive: Located<Archive> | undefined;
  signer: SignerDraft | undefined;
}

interface Cell {
  text: string;
  lines: LineRange;
}

const SIGNER_PREFIX = /^(tm|kt|q|tl|tuq)\s*\.\s*(.*)$/;
const TITLE_WORDS =
  /^(pho )?(chu tich|giam doc|truong phong|truong ban|chanh van phong|bi thu|truong|hieu truong|vien truong|cuc truong|chi cuc truong|thu truong|truong doan|truong khoa|uy vien|chanh an|chanh thanh tra|truong cong an|chi huy truong)\b/;
const SIGNED = /^[([]?\s*(da ky|ky ten|ky,|ky va|ky ghi ro|ky so|daky|chu ky|dong dau)/;

export function isNoiNhan(text: string): boolean {
  return /^noi nhan\s*:?/.test(fold(text.trimStart().slice(0, 12)));
}

export function isSignerAnchor(text: string): boolean {
  if (text.length > 120 || !/^\s*(tm|kt|q|tl|tuq)\s*\./i.test(text)) return false;
  const f = fold(oneLine(text));
  return SIGNER_PREFIX.test(f) && isAllCaps(text) && f.length < 80;
}

/** A line that is only a signer's title in capitals ("CHỦ TỊCH", "PHÓ GIÁM ĐỐC"): a foot without "Nơi nhận". */
export function isSignerTitleLine(text: string): boolean {
  const t = oneLine(text);
  return (
    isAllCaps(t) &&
    t.length <= 40 &&
    /^(pho )?(chu tich|giam doc|truong phong|truong ban|chanh van phong|bi thu)$/.test(fold(t))
  );
}

/** "-\tSở Nội vụ;" is a bullet and its text, not two columns. */
function mergeBullet(parts: string[]): string[] {
  if (parts.length >= 2 && /^[-–+•·o\uF000-\uF0FF]$/u.test(parts[0] as string))
    return [`- ${parts[1]}`, ...parts.slice(2)];
  return parts;
}

function cellsOf(blocks: readonly Block[]): { left: Cell[]; right: Cell[] } {
  const left: Cell[] = [];
  const right: Cell[] = [];
  const sideBySide = blocks.some(
    (b) => b.kind === "para" && mergeBullet(splitColumns(b.text).filter((p) => p.trim())).length >= 2,
  );
  for (const block of blocks) {
    if (block.kind === "para") {
      // Columns side by side: a tab from Word, or a run of spaces from a PDF copied as text.
      const parts = mergeBullet(splitColumns(block.text).map(oneLine).filter(Boolean));
      if (parts.length >= 2) {
        left.push({ text: parts[0] as string, lines: block.lines });
        right.push(...parts.slice(1).map((text) => ({ text, lines: block.lines })));
      } else if (parts[0] && sideBySide && (isSignerAnchor(parts[0]) || isSignerTitleLine(parts[0])))
        // A signature line alone on its line, beside lines that do have two columns.
        right.push({ text: parts[0], lines: block.lines });
      else if (parts[0]) left.push({ text: parts[0], lines: block.lines });
    } else {
      for (const row of block.rows) {
        row.cells.forEach((cell, i) => {
          for (const part of cell.split("\n")) {
            const text = oneLine(part);
            if (text) (i === 0 ? left : right).push({ text, lines: row.lines });
          }
        });
      }
    }
  }
  return { left, right };
}

export function parseClosing(blocks: readonly Block[]): ClosingDraft {
  const { left, right } = cellsOf(blocks);
  // Side by side (tab or table): recipients on the left, signature on the right. One after the
  // other: both in `left`, the signature after the "Lưu:" line.
  const all = right.length > 0 ? [...left, ...right] : left;
  const out: ClosingDraft = { recipients: undefined, archive: undefined, signer: undefined };
  const recipients: Cell[] = [];
  let i = all.findIndex((c) => isNoiNhan(c.text));
  let signatureFrom = 0;
  if (i >= 0) {
    const inline = oneLine(all[i]?.text.replace(/^\s*n[ơo]i nh[ậa]n\s*:?\s*/iu, "") ?? "");
    if (inline) recipients.push({ text: inline, lines: (all[i] as Cell).lines });
    for (i = i + 1; i < all.length; i++) {
      const cell = all[i] as Cell;
      const f = fold(cell.text).trim();
      if (/^[-+•]?\s*luu\s*:/.test(f)) {
        out.archive = { value: parseArchive(cell.text.replace(/^[-+•]\s*/u, "")), lines: cell.lines };
        i++;
        break;
      }
      if (isSignerAnchor(cell.text) || (isAllCaps(cell.text) && TITLE_WORDS.test(f))) break;
      if (!/^[-+•–]/.test(cell.text) && recipients.length > 0 && isAllCaps(cell.text)) break;
      recipients.push(cell);
    }
    signatureFrom = i;
  }
  if (recipients.length > 0) {
    out.recipients = {
      value: recipients.map((r) => ({ text: trimValue(r.text) })).filter((r) => r.text),
      lines: spanOf(recipients.map((r) => r.lines)),
    };
  }
  out.signer = parseSigner(all.slice(signatureFrom)) ?? (signatureFrom > 0 ? parseSigner(all) : undefined);
  const signer = out.signer;
  if (signer && !signer.name) {
    // A name typed on its own line below a side-by-side foot lands in the left column.
    const name = all.find(
      (c) => c.lines.from >= signer.lines.to && !/^[-+•]/.test(c.text) && isNameLike(oneLine(c.text)),
    );
    if (name) {
      signer.name = isAllCaps(name.text) ? titleCaseName(oneLine(name.text)) : oneLine(name.text);
      widen(signer.lines, name.lines);
    }
  }
  return out;
}

function parseSigner(cells: Cell[]): SignerDraft | undefined {
  let start = cells.findIndex((c) => isSignerAnchor(c.text));
  if (start < 0) start = cells.findIndex((c) => isAllCaps(c.text) && TITLE_WORDS.test(fold(c.text).trim()));
  if (start < 0) return undefined;
  const draft: SignerDraft = {
    authority: null,
    collective: undefined,
    delegation: undefined,
    headTitle: undefined,
    titleAsWritten: "",
    name: undefined,
    lines: { ...(cells[start] as Cell).lines },
  };
  let i = start;
  for (; i < cells.length && i < start + 4; i++) {
    const cell = cells[i] as Cell;
    let text = oneLine(cell.text);
    // "TM. ỦY BAN" / "NHÂN DÂN" / "CHỦ TỊCH": a line cut inside the body's name goes on in the
    // next capitals that are neither a title nor a prefix, when a title or prefix follows them.
    while (SIGNER_PREFIX.test(fold(text)) && isAllCaps(text) && i + 2 < cells.length) {
      const next = oneLine((cells[i + 1] as Cell).text);
      const after = fold(oneLine((cells[i + 2] as Cell).text));
      const nextIsTitle = TITLE_WORDS.test(fold(next)) || SIGNER_PREFIX.test(fold(next));
      if (!isAllCaps(next) || nextIsTitle || !(TITLE_WORDS.test(after) || SIGNER_PREFIX.test(after))) break;
      text = `${text} ${next}`;
      widen(draft.lines, (cells[i + 1] as Cell).lines);
      i++;
    }
    const m = SIGNER_PREFIX.exec(fold(text));
    if (m && isAllCaps(text)) {
      const prefix = (m[1] as string).toUpperCase() as "TM" | "KT" | "Q" | "TL" | "TUQ";
      const rest = text.slice(text.length - (m[2] as string).length).trim();
      draft.authority ??= `${prefix}.`;
      if (prefix === "TM") draft.collective = capsToSentence(rest);
      else {
        draft.delegation = prefix;
        draft.headTitle = capsToSentence(rest);
      }
      widen(draft.lines, cell.lines);
      continue;
    }
    if (isAllCaps(text) && !draft.titleAsWritten && text.split(/\s+/).length <= 8) {
      draft.titleAsWritten = text;
      widen(draft.lines, cell.lines);
      i++;
      break;
    }
    break;
  }
  if (!draft.titleAsWritten) {
    // "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" may lose its second line; the head title then signs.
    if (draft.headTitle) draft.titleAsWritten = draft.headTitle.toLocaleUpperCase("vi");
    else return draft.collective ? { ...draft, titleAsWritten: "" } : undefined;
  }
  for (let k = i; k < cells.length && k < i + 6; k++) {
    const cell = cells[k] as Cell;
    const text = oneLine(cell.text);
    const f = fold(text);
    if (SIGNED.test(f) || /^[([].*[)\]]$/.test(text)) continue;
    if (isNameLike(text)) {
      draft.name = isAllCaps(text) ? titleCaseName(text) : text;
      widen(draft.lines, cell.lines);
    }
    break;
  }
  return draft;
}

/** Grows a range to cover another: the two columns of a foot interleave their lines. */
function widen(range: LineRange, by: LineRange): void {
  range.from = Math.min(range.from, by.from);
  range.to = Math.max(range.to, by.to);
}

function isNameLike(text: string): boolean {
  if (/\d|[:;,()]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (TITLE_WORDS.test(fold(text))) return false;
  return words.every((w) => /^\p{Lu}[\p{L}\p{M}]*$/u.test(w));
}

function titleCaseName(text: string): string {
  return text
    .toLocaleLowerCase("vi")
    .split(/\s+/)
    .map((w) => upperFirst(w))
    .join(" ");
}

/** "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", as the plan model stores a title. */
export function titleToSentence(text: string): string {
  const lower = text.toLocaleLowerCase("vi");
  return upperFirst(lower).replace(/(chủ) (tịch)/u, (_m, a: string, b: string) => `${upperFirst(a)} ${b}`);
}
