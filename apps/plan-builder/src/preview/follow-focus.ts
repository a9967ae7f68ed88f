// The preview follows the author: when a field of the editor takes focus, the document beside it
// scrolls to where that field's text is printed and marks it for a moment, so the part being
// edited and its place in the document stand side by side. The text is found in the pages' text
// layers (which read as the document reads: @kehoach/vanban/browser/reading-text), ignoring case
// and how lines were broken. A field with no text of its own (an empty agency picker, a date)
// follows the nearest enclosing item that has one (its task's title); a text the document does
// not print leaves the preview where it is.

/** The first and last span (in the order given) that hold the text found. */
export interface Located {
  first: number;
  last: number;
}

/** The words of a field's text that are looked for: enough to be found once, few enough to stay on one page. */
const NEEDLE_WORDS = 8;
const MIN_NEEDLE = 4;

const fold = (text: string) => text.normalize("NFC").toLocaleLowerCase("vi");

/** The text to look for: a field's first words, folded; null when too short to mean anything. */
export function needleOf(text: string): string | null {
  const words = fold(text).split(/\s+/u).filter(Boolean).slice(0, NEEDLE_WORDS);
  const needle = words.join(" ");
  return needle.length >= MIN_NEEDLE ? needle : null;
}

/** Where `text` begins in the spans' text, joined in order, with every run of spaces as one. */
export function locate(spans: readonly string[], text: string): Located | null {
  const needle = needleOf(text);
  if (needle === null) return null;
  let joined = "";
  const owner: number[] = [];
  spans.forEach((span, index) => {
    for (const char of fold(span)) {
      const space = /\s/u.test(char);
      if (space && (joined === "" || joined.endsWith(" "))) continue;
      joined += space ? " " : char;
      owner.push(index);
    }
  });
  const at = joined.indexOf(needle);
  if (at < 0) return null;
  return { first: owner[at] as number, last: owner[at + needle.length - 1] as number };
}

/** The text of a field the way the author sees it. */
function ownText(element: Element): string {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.value;
  if (element instanceof HTMLSelectElement) return element.selectedOptions[0]?.textContent ?? "";
  return element.textContent ?? "";
}

const TEXT_FIELD = "textarea, input:not([type]), input[type=text], input[type=search]";

/** The texts a focused field stands for: its own, then the first text field of each item around it. */
function textsFor(target: Element): string[] {
  const texts = [ownText(target)];
  let item = target.parentElement?.closest("[data-path]");
  for (let depth = 0; item && depth < 3; depth++) {
    const field = item.matches(TEXT_FIELD) ? item : item.querySelector(TEXT_FIELD);
    if (field) texts.push(ownText(field));
    item = item.parentElement?.closest("[data-path]");
  }
  return texts.filter((text) => needleOf(text) !== null);
}

const MARK_CLASS = "pb-followed";
const MARK_MS = 1600;

/**
 * Scrolls the preview (`host`, the scrolling element of the pages) to the text of the focused
 * field, if the document prints it; returns whether it did.
 */
export function followField(host: HTMLElement, target: Element): boolean {
  if (host.contains(target) || host.clientHeight === 0) return false;
  const spans = [...host.querySelectorAll<HTMLElement>(".textLayer span:not(.markedContent)")];
  if (spans.length === 0) return false;
  const texts = spans.map((span) => span.textContent ?? "");
  for (const text of textsFor(target)) {
    const found = locate(texts, text);
    if (!found) continue;
    const marked = spans.slice(found.first, found.last + 1);
    const first = marked[0] as HTMLElement;
    const box = host.getBoundingClientRect();
    const top = first.getBoundingClientRect().top;
    const bottom = (marked[marked.length - 1] as HTMLElement).getBoundingClientRect().bottom;
    if (top < box.top || bottom > box.bottom) {
      const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
      host.scrollTo({
        top: host.scrollTop + top - box.top - host.clientHeight / 4,
        behavior: reduce ? "instant" : "smooth",
      });
    }
    for (const span of host.querySelectorAll(`.${MARK_CLASS}`)) span.classList.remove(MARK_CLASS);
    for (const span of marked) span.classList.add(MARK_CLASS);
    setTimeout(() => {
      for (const span of marked) span.classList.remove(MARK_CLASS);
    }, MARK_MS);
    return true;
  }
  return false;
}
