import { asciiKey, toneKey } from "@kehoach/text-vi";

export interface SearchableOption {
  value: string;
  label: string;
  /** Other names people type: abbreviations, former names ("UBND xã", "Phòng VH-XH"). */
  keywords?: readonly string[];
}

/**
 * Whether an option matches what was typed. Typed without diacritics ("phong van hoa"), the
 * query meets any spelling; typed with vowel marks ("phòng văn"), it must keep them (văn ≠ vân),
 * while tone placement never matters (hoà = hòa).
 */
export function matchesQuery(option: SearchableOption, query: string): boolean {
  const texts = [option.label, ...(option.keywords ?? [])];
  const q = query.trim();
  if (q === "") return true;
  const plain = asciiKey(q) === toneKey(q);
  const key = plain ? asciiKey : toneKey;
  const needle = key(q);
  return texts.some((text) => key(text).includes(needle));
}
