import { messageParts, type QuoteSpan } from "@kehoach/text-vi";
import { createElement, Fragment, type ReactElement, type ReactNode } from "react";

// Vietnamese inside an English screen. The documents are Vietnamese by law, so an English message
// sometimes has to show the decree's own words: a term ("Subject (trích yếu)"), an example of what
// to type, a quote of what will be printed, or a quote of the user's own data. Those parts are
// marked lang="vi" (WCAG 3.1.2: a screen reader switches pronunciation, a browser picks the right
// hyphenation and spell-checking), and a test of the site can tell them from words left
// untranslated. This module is the one way to mark them.

/**
 * A message that may hold a marked part: plain text, or an element made with `phrase`/`viText`.
 * It is shown as content (a label, a hint, a paragraph), never put in an attribute
 * (aria-label, placeholder, title), where markup is lost: the type keeps it out of them.
 */
export type RichText = string | ReactElement;

/** A Vietnamese part of a message on a screen in another language: `<span lang="vi">`. */
export function Vi({ children }: { children: ReactNode }) {
  return <span lang="vi">{children}</span>;
}

/** `<Vi>` for catalogues written as plain `.ts`: `viText("trích yếu")`. */
export function viText(text: ReactNode): ReactElement {
  return createElement(Vi, null, text);
}

/**
 * A message made of parts, some of them marked:
 * `phrase("Subject (", viText("trích yếu"), ")")`. The parts are a fragment's children, so they
 * need no keys.
 */
export function phrase(...parts: ReactNode[]): ReactElement {
  return createElement(Fragment, null, ...parts);
}

/**
 * A message the kit's libraries word in both languages (text-vi's `say`: an importer's finding,
 * a problem in a file), shown in the screen's language. In English, the user's own words it
 * quotes (`quotes`: where they stand in `en`) stay as written and are marked `<Vi>`.
 */
export function WordedText({
  lang,
  vi,
  en,
  quotes,
}: {
  lang: "vi" | "en";
  vi: string;
  en: string;
  quotes?: readonly QuoteSpan[] | undefined;
}) {
  if (lang !== "en") return <>{vi}</>;
  return (
    <>
      {messageParts(en, quotes).map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message, in their fixed order
        part.quote ? <Vi key={i}>{part.text}</Vi> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}
