import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { MessagesProvider } from "./context.js";
import { en as uiEn } from "./en.js";
import { vi as uiVi } from "./vi.js";

// The one way an app holds the words it shows: a typed catalogue per language (Vietnamese first,
// English second, the same shape checked by the compiler), chosen once per browser for every app
// of the site (they share an origin, so the choice follows the person from app to app), with the
// components' own messages switched along. Documents are always written in Vietnamese: only the
// screen changes language.
//
//   export const { TextProvider, useLanguage, useT } = createAppText({ vi, en });  // the app's i18n module
//   <TextProvider>…</TextProvider>                                                   // around the app

export type Language = "vi" | "en";

/** The key every app of a site keeps the chosen language under. */
export const LANGUAGE_STORAGE_KEY = "kehoach:lang";

export interface LanguageState<M> {
  lang: Language;
  /** The app's words in that language. */
  t: M;
  setLang: (lang: Language) => void;
}

function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

export interface AppTextProviderProps<M> {
  /** The app's words: Vietnamese, and English of the same shape. */
  catalogue: { vi: M; en: M };
  /** A language to start in; by default the one chosen before in this browser, else Vietnamese. */
  initial?: Language;
  children: ReactNode;
}

// One context for every catalogue: an app has one provider, and useAppLanguage gives the value
// back with the app's own type.
const LanguageContext = createContext<LanguageState<unknown> | null>(null);

/** Around the app: the chosen language, <html lang>, and the components' messages switched along. */
export function AppTextProvider<M>({ catalogue, initial, children }: AppTextProviderProps<M>) {
  const [lang, setLang] = useState<Language>(() => initial ?? storedLanguage());
  useEffect(() => {
    document.documentElement.lang = lang;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
  }, [lang]);
  const value = useMemo(() => ({ lang, t: catalogue[lang], setLang }), [lang, catalogue]);
  return (
    <LanguageContext.Provider value={value}>
      <MessagesProvider messages={lang === "en" ? uiEn : uiVi}>{children}</MessagesProvider>
    </LanguageContext.Provider>
  );
}

/**
 * The language state of the app's AppTextProvider, typed with the app's catalogue; null outside a
 * provider. An app wraps it once (its i18n module) and gives its components `useT()`.
 */
export function useAppLanguage<M>(): LanguageState<M> | null {
  // One provider per app, holding that app's catalogue: the type is the app's own.
  return useContext(LanguageContext) as LanguageState<M> | null;
}

export interface AppText<M> {
  /** Around the app: its catalogue, the chosen language. */
  TextProvider: (props: { children: ReactNode }) => ReactNode;
  /** The language state, typed with the app's catalogue; Vietnamese outside the provider. */
  useLanguage: () => LanguageState<M>;
  /** The app's words in the chosen language. */
  useT: () => M;
}

/**
 * An app's i18n module in one line: `export const { TextProvider, useLanguage, useT } =
 * createAppText({ vi, en });`. Outside the provider (a component test without it) the words are
 * Vietnamese and the language cannot be switched.
 */
export function createAppText<M>(catalogue: { vi: M; en: M }): AppText<M> {
  const outside: LanguageState<M> = { lang: "vi", t: catalogue.vi, setLang: () => {} };
  // Called once, at the top of the app's i18n module: the hook and the provider are made once
  // and keep one identity for the app's whole life, as if written at module level.
  // biome-ignore lint/correctness/noComponentHookFactories: made once per app, at module level
  const useLanguage = (): LanguageState<M> => useAppLanguage<M>() ?? outside;
  return {
    // biome-ignore lint/correctness/noComponentHookFactories: made once per app, at module level
    TextProvider: ({ children }) => <AppTextProvider catalogue={catalogue}>{children}</AppTextProvider>,
    useLanguage,
    useT: () => useLanguage().t,
  };
}
