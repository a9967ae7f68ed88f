import { AppTextProvider, type Language, type LanguageState, useAppLanguage } from "@kehoach/ui/messages";
import type { ReactNode } from "react";
import { en } from "./en.js";
import { type Messages, vi } from "./vi.js";

// The builder's words, held the one way every app holds them (@kehoach/ui/messages): Vietnamese
// first; English for the officials' foreign partners and for developers. The choice is kept per
// browser, for every app of the site. The documents themselves are always Vietnamese.

export type Lang = Language;

const catalogue = { vi, en };
const outside: LanguageState<Messages> = { lang: "vi", t: vi, setLang: () => {} };

export function LanguageProvider({ children }: { children: ReactNode }) {
  return <AppTextProvider catalogue={catalogue}>{children}</AppTextProvider>;
}

export function useLanguage(): LanguageState<Messages> {
  return useAppLanguage<Messages>() ?? outside;
}

export function useT(): Messages {
  return useLanguage().t;
}
