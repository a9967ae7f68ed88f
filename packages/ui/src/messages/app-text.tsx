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
//   export const { TextProvider, useText, useLanguage } = createAppText({ vi, en });

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

export interface AppText<M> {
  /** Around the app: the chosen language, <html lang>, and the components' messages. */
  TextProvider: (props: { children: ReactNode; initial?: Language }) => ReactNode;
  /** The app's words in the chosen language. */
  useText: () => M;
  useLanguage: () => LanguageState<M>;
}

export function createAppText<M>(catalogue: { vi: M; en: NoInfer<M> }): AppText<M> {
  const Context = createContext<LanguageState<M>>({ lang: "vi", t: catalogue.vi, setLang: () => {} });

  function TextProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
    const [lang, setLang] = useState<Language>(() => initial ?? storedLanguage());
    useEffect(() => {
      document.documentElement.lang = lang;
      try {
        localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
      } catch {
        // Private windows may refuse storage; the choice then lasts for this page only.
      }
    }, [lang]);
    const value = useMemo(() => ({ lang, t: catalogue[lang], setLang }), [lang]);
    return (
      <Context.Provider value={value}>
        <MessagesProvider messages={lang === "en" ? uiEn : uiVi}>{children}</MessagesProvider>
      </Context.Provider>
    );
  }

  return {
    TextProvider,
    useText: () => useContext(Context).t,
    useLanguage: () => useContext(Context),
  };
}
