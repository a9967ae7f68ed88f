import { MessagesProvider, en as uiEn, vi as uiVi } from "@kehoach/ui/messages";
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { en } from "./en.js";
import { type Messages, vi } from "./vi.js";

// Vietnamese first; English for the officials' foreign partners and for developers. The choice
// is kept per browser. The documents themselves are always Vietnamese.

export type Lang = "vi" | "en";

const STORAGE_KEY = "kehoach:lang";

interface LanguageState {
  lang: Lang;
  t: Messages;
  setLang: (lang: Lang) => void;
}

const LanguageContext = createContext<LanguageState>({ lang: "vi", t: vi, setLang: () => {} });

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(storedLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
  }, [lang]);
  const value = useMemo(() => ({ lang, t: lang === "en" ? en : vi, setLang }), [lang]);
  return (
    <LanguageContext.Provider value={value}>
      <MessagesProvider messages={lang === "en" ? uiEn : uiVi}>{children}</MessagesProvider>
    </LanguageContext.Provider>
  );
}

export function useT(): Messages {
  return useContext(LanguageContext).t;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}
