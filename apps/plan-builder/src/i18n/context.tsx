import { createAppText, type Language } from "@kehoach/ui/messages";
import { en } from "./en.js";
import { vi } from "./vi.js";

// The builder's words, held the one way every app holds them (@kehoach/ui/messages): Vietnamese
// first; English for the officials' foreign partners and for developers. The choice is kept per
// browser, for every app of the site. The documents themselves are always Vietnamese.

export type Lang = Language;

export const { TextProvider: LanguageProvider, useLanguage, useT } = createAppText({ vi, en });
