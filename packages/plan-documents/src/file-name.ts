import type { Plan } from "@kehoach/plan-model";
import { formatDocumentNumber } from "@kehoach/text-vi";

// File names keep their Vietnamese (NFC, so the same name on every system) and lose only what
// file systems refuse: "/" of the symbol, ":", quotes and the like.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must go.
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001F\u007F]+/g;

/** "Kế hoạch 15-KH-UBND - Tuyên truyền cải cách hành chính năm 2026 ….pdf"; a draft says "dự thảo". */
export function planFileName(plan: Plan, extension: "pdf" | "docx" | "json"): string {
  const number = plan.number
    ? `${formatDocumentNumber(plan.number)}-${plan.symbol}`
    : `dự thảo ${plan.symbol}`;
  const title = plan.title.trim() || `năm ${plan.planYear}`;
  const base = `Kế hoạch ${number} - ${title}`
    .normalize("NFC")
    .replace(FORBIDDEN, "-")
    .replace(/\s+/g, " ")
    .trim();
  // Most file systems allow 255 bytes; Vietnamese letters take up to 3 bytes in UTF-8.
  return `${truncateBytes(base, 200)}.${extension}`;
}

function truncateBytes(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= maxBytes) return text;
  let out = "";
  for (const ch of text) {
    if (encoder.encode(out + ch).length > maxBytes - 3) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}
