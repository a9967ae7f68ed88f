import { asciiKey, toneKey } from "@kehoach/text-vi";

// Text search that ignores where the tone mark sits (hoà = hòa) and, when the query is typed
// without diacritics ("phong van hoa"), every mark. Keys are computed once per item, so a
// keystroke over 1,000 tasks and 300 agencies is a plain substring test.

export interface SearchKeys {
  tone: string;
  ascii: string;
}

export function searchKeys(text: string): SearchKeys {
  return { tone: toneKey(text), ascii: asciiKey(text) };
}

/** A predicate for one query; null when the query is empty (nothing to filter). */
export function searchFor(query: string): ((keys: SearchKeys) => boolean) | null {
  const q = query.trim();
  if (q === "") return null;
  const plain = asciiKey(q) === toneKey(q);
  const needle = plain ? asciiKey(q) : toneKey(q);
  return plain ? (k) => k.ascii.includes(needle) : (k) => k.tone.includes(needle);
}
