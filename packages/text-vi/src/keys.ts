// Keys for matching and search. Two spellings of one syllable exist side by side in official
// text ("hòa"/"hoà", "thủy"/"thuỷ"; nd30-layout §11.2): the key drops the tone mark so both meet,
// but keeps the vowel quality (ă, â, ê, ô, ơ, ư, đ) that makes different words.

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ALL_MARKS = /[\u0300-\u036f]/g;

/** Lower case, NFC, tone marks removed (vowel qualities kept), punctuation and white space folded. */
export function toneKey(text: string): string {
  return foldPunctuation(text)
    .normalize("NFD")
    .replace(TONE_MARKS, "")
    .normalize("NFC")
    .toLocaleLowerCase("vi");
}

/** Every diacritic removed and đ → d: the key for a search box where people type without accents. */
export function asciiKey(text: string): string {
  return foldPunctuation(text)
    .normalize("NFD")
    .replace(ALL_MARKS, "")
    .replace(/[đĐ]/g, "d")
    .normalize("NFC")
    .toLowerCase();
}

function foldPunctuation(text: string): string {
  return text
    .replace(/&/g, " và ")
    .replace(/[‐‑‒–—―-]/g, " ")
    .replace(/[.,;:()[\]{}"“”'‘’*/\\!?]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
