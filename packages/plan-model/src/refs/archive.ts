import type { Archive } from "../schema/plan-v2.js";

// "Lưu: VT, NV (30b)": the văn thư's copy, the drafting units, and how many copies were made.

/** Reads what follows "Lưu:" as written in a plan. */
export function parseArchive(text: string): Archive {
  let rest = text.replace(/^\s*-?\s*Lưu\s*:\s*/iu, "").replace(/[.;]\s*$/, "");
  let copies: number | undefined;
  const count = /\(\s*(\d{1,5})\s*b(?:ản)?\s*\)\s*$/iu.exec(rest);
  if (count) {
    copies = Number(count[1]);
    rest = rest.slice(0, count.index);
  }
  const parts = rest
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const vt = parts.some((p) => p.toUpperCase() === "VT");
  const units = parts.filter((p) => p.toUpperCase() !== "VT");
  return copies ? { vt, units, copies } : { vt, units };
}

/** "VT, NV (30b)": the text after "Lưu: ". */
export function formatArchive(archive: Archive): string {
  const parts = [...(archive.vt ? ["VT"] : []), ...archive.units];
  return `${parts.join(", ")}${archive.copies ? ` (${archive.copies}b)` : ""}`;
}
