import { fold, isAllCaps } from "../text.js";
import type { LineRange } from "../types.js";
import type { TextLine } from "./lines.js";

// Text copied from a legal-document website starts with the site's banner (menus, log-in links)
// and ends with its metadata block (số hiệu, ngày ban hành, người ký, tình trạng hiệu lực, links).
// Neither is part of the plan: both are cut, and the metadata is kept as provenance because it
// can fill a header the copy lost.

const ANCHOR =
  /^(?:\|[\s|]*$|uy ban(?: nhan(?: dan)?)?$|uy ban nhan dan|ubnd|cong hoa xa hoi|so\s*:|ke hoach$|quyet dinh$|hoi dong nhan dan|so |phong |ban |van phong |trung tam |[^,]{2,40}, ngay\b|dang cong san|tinh uy|huyen uy|thanh uy|dang uy)/;

// The first line of a document's own header: its issuer or the motto, in capitals.
const HEADER_START =
  /^(?:uy ban|ubnd|hoi dong nhan dan|cong hoa xa hoi|cong$|so |phong |ban |van phong |trung tam |dang cong san|tinh uy|huyen uy|thanh uy|dang uy|thu tuong chinh phu|chinh phu$|bo )/;

const META_KEYS: [RegExp, string][] = [
  [/^so hieu$/, "số hiệu"],
  [/^loai van ban$/, "loại văn bản"],
  [/^noi ban hanh$|^co quan ban hanh$/, "nơi ban hành"],
  [/^nguoi ky$/, "người ký"],
  [/^ngay ban hanh$/, "ngày ban hành"],
  [/^ngay hieu luc$/, "ngày hiệu lực"],
  [/^ngay cong bao$/, "ngày công báo"],
  [/^so cong bao$/, "số công báo"],
  [/^tinh trang(?: hieu luc)?$/, "tình trạng"],
  [/^linh vuc$|^linh vuc, nganh$/, "lĩnh vực"],
  [/^ngay het hieu luc$/, "ngày hết hiệu lực"],
];

// Words of a website's menus and footers; none of them is how a plan's own sentences begin.
const NAV =
  /(https?:\/\/|www\.|\.gov\.vn|\.com\.vn|\.vn\/|copyright|©|ban quyen thuoc|dang nhap|dang ky tai khoan|quen mat khau|^trang chu\b|tra cuu van ban|^van ban goc|^luoc do|^tai ve|tai van ban|^thuoc tinh\b|noi dung mix|^tieng anh\b|hoi dap phap luat|^hotline|^email:|^chia se\b|^in van ban|theo doi van ban|^van ban lien quan|hieu luc van ban|^da biet$|ban dang xem|bam de xem|thu vien phap luat|co so du lieu quoc gia ve van ban)/;

function isBarOnly(text: string): boolean {
  return /^\s*\|[\s|]*$/.test(text);
}

function keyOf(text: string): { key: string; value: string } | null {
  const cells = text
    .split(/\t+/)
    .map((c) => c.trim())
    .filter(Boolean);
  for (const cell of cells) {
    const m = /^([^:]{3,30}):\s*(.*)$/.exec(cell);
    if (!m) continue;
    const folded = fold(m[1] as string).trim();
    const known = META_KEYS.find(([re]) => re.test(folded));
    if (known) return { key: known[1], value: (m[2] as string).trim() };
  }
  return null;
}

function isStrong(text: string): boolean {
  // Banner and metadata lines are short; a long line is the document's own text.
  if (text.length > 300) return false;
  return keyOf(text) !== null || NAV.test(fold(text));
}

export interface ProvenanceCut {
  keep: TextLine[];
  removed: LineRange[];
  metadata: Record<string, string>;
  banner: LineRange | undefined;
  trailer: LineRange | undefined;
}

export function cutWebsiteText(lines: TextLine[]): ProvenanceCut {
  const metadata: Record<string, string> = {};
  const removed: LineRange[] = [];
  let start = 0;
  let end = lines.length;
  let banner: LineRange | undefined;
  let trailer: LineRange | undefined;

  // Banner: lines before the first line that looks like the document's own header.
  const limit = Math.min(lines.length, 200);
  let anchor = -1;
  for (let i = 0; i < limit; i++) {
    const first = (lines[i] as TextLine).text.split("\t")[0]?.trim() ?? "";
    if (first && ANCHOR.test(fold(first))) {
      anchor = i;
      break;
    }
  }
  // A page whose metadata table ("Số hiệu:" / "980/KH-UBND", "Loại văn bản:" …) sits in "|" cells
  // above the document: its first "|" is not the document's. The header starts at its issuer or
  // motto; the "|" lines just above open that header's cells.
  if (anchor >= 0 && isBarOnly((lines[anchor] as TextLine).text)) {
    let own = -1;
    for (let i = anchor; i < limit; i++) {
      const text = (lines[i] as TextLine).text;
      const first = text.split("\t")[0]?.trim() ?? "";
      if (!first || isBarOnly(first)) continue;
      if (isStrong(text) || !HEADER_START.test(fold(first)) || !isAllCaps(first)) continue;
      own = i;
      break;
    }
    const between = own > anchor ? lines.slice(anchor, own).filter((l) => isStrong(l.text)).length : 0;
    if (own > anchor && between >= 2) {
      let k = own;
      while (k > anchor && isBarOnly((lines[k - 1] as TextLine).text)) k--;
      anchor = k;
    }
  }
  if (anchor > 0) {
    const before = lines.slice(0, anchor).filter((l) => l.text.trim() !== "");
    if (before.length > 0 && before.some((l) => isStrong(l.text))) {
      start = anchor;
      collect(lines.slice(0, anchor), metadata);
      banner = { from: (lines[0] as TextLine).no, to: (lines[anchor - 1] as TextLine).no };
      removed.push(banner);
    }
  }

  // Trailer: from the first strong metadata line in the last part of the text, when at least two
  // such lines follow and no table row does.
  const tailStart = Math.max(start, Math.floor(lines.length * 0.5));
  for (let i = tailStart; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    if (!isStrong(line.text)) continue;
    const rest = lines.slice(i);
    const strong = rest.filter((l) => isStrong(l.text)).length;
    const filled = rest.filter((l) => l.text.trim() !== "").length;
    // A metadata block is dense: most of its lines are keys, links or menu words.
    if (strong * 3 < filled) continue;
    const hasRow = rest.some((l) => (l.text.match(/\t/g)?.length ?? 0) >= 3 && !isStrong(l.text));
    const hasRole = rest.some((l) =>
      /^\s*[-+•]?\s*(co quan|don vi) (chu tri|phoi hop)\s*:/.test(fold(l.text)),
    );
    if (strong >= 2 && !hasRow && !hasRole) {
      end = i;
      collect(rest, metadata);
      trailer = { from: line.no, to: (lines[lines.length - 1] as TextLine).no };
      removed.push(trailer);
      break;
    }
  }
  return { keep: lines.slice(start, end), removed, metadata, banner, trailer };
}

function collect(lines: TextLine[], into: Record<string, string>): void {
  for (let i = 0; i < lines.length; i++) {
    const cells = (lines[i] as TextLine).text
      .split(/\t+/)
      .map((c) => c.trim())
      .filter(Boolean);
    cells.forEach((cell, c) => {
      const kv = keyOf(cell);
      if (!kv) return;
      let value = kv.value;
      // "Số hiệu:" then its value in the next cell, or on the next line.
      if (!value) {
        const next = c + 1 < cells.length ? cells[c + 1] : lines[i + 1]?.text.trim();
        if (next && !keyOf(next) && !NAV.test(fold(next))) value = next;
      }
      if (value && !(kv.key in into)) into[kv.key] = value;
    });
  }
}
