import { matchesTyped } from "@kehoach/text-vi";

export interface SearchableOption {
  value: string;
  label: string;
  /** Other names people type: abbreviations, former names ("UBND xã", "Phòng VH-XH"). */
  keywords?: readonly string[];
}

/**
 * Whether an option matches what was typed (text-vi's `matchesTyped`): every typed word starts a
 * word of its label or of a keyword, each letter read with the accents it was typed with. Typed
 * plain ("phong van hoa", or "Hội nong dan" in part) it meets any spelling; a vowel quality typed
 * must be there (văn ≠ vân); the tone's place never matters (hoà = hòa).
 */
export function matchesQuery(option: SearchableOption, query: string): boolean {
  return [option.label, ...(option.keywords ?? [])].some((text) => matchesTyped(query, text));
}
