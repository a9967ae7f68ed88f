import { AppTextProvider, type LanguageState, useAppLanguage } from "@kehoach/ui/messages";
import type { ReactNode } from "react";
import { en } from "./en.js";
import { type Messages, vi } from "./vi.js";

// The app's words, held the one way every app holds them (@kehoach/ui/messages): a typed
// catalogue in Vietnamese and English, the language chosen once for every app of the site.

const catalogue = { vi, en };
const outside: LanguageState<Messages> = { lang: "vi", t: vi, setLang: () => {} };

export function TextProvider({ children }: { children: ReactNode }) {
  return <AppTextProvider catalogue={catalogue}>{children}</AppTextProvider>;
}

export function useLanguage(): LanguageState<Messages> {
  return useAppLanguage<Messages>() ?? outside;
}

export function useT(): Messages {
  return useLanguage().t;
}
