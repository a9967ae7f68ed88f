// The characters of the Vietnamese subset of Tinos this package builds (scripts/subset-fonts.mjs):
// Latin, Latin-1 and Latin Extended-A/B (ă â đ ê ô ơ ư), the combining marks, Latin Extended
// Additional (every toned letter), general punctuation (the en spaces of a draft's blanks, dashes,
// quotes) and currency signs, "№" and "™", "→" of time spans, and the block elements and squares of
// report charts. One list, so the build and the code that picks the subset agree.

export const TINOS_VI_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x300, 0x36f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20bf],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2580, 0x259f],
  [0x25a0, 0x25a1],
  [0x25aa, 0x25ab],
  [0x25cb, 0x25cb],
  [0x25cf, 0x25cf],
];

/** True when every character of the text is in the subset (line breaks and tabs aside). */
export function inTinosVi(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x0a || cp === 0x0d || cp === 0x09) continue;
    let found = false;
    for (const [from, to] of TINOS_VI_RANGES) {
      if (cp >= from && cp <= to) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}
