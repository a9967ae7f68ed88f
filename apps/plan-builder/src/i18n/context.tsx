import { createAppText, type Language } from "@kehoach/ui/messages";
import { en } from "./en.js";
import { type Messages, vi } from "./vi.js";

// The builder's words, held the one way every app holds them (@kehoach/ui/messages): Vietnamese
// first; English for the officials' foreign partners and for developers. The choice is kept per
// browser, for every app of the site. The documents themselves are always Vietnamese.

export type Lang = Language;

const text = createAppText<Messages>({ vi, en });

export const LanguageProvider = text.TextProvider;
export const useT = text.useText;
export const useLanguage = text.useLanguage;
