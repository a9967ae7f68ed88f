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
//   <AppTextProvider catalogue={{ vi, en }}>…</AppTextProvider>   // around the app
//   export const useT = (): Messages => (useAppLanguage<Messages>() ?? fallback).t;

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
