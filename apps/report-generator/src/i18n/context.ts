import { createAppText } from "@kehoach/ui/messages";
import { en } from "./en.js";
import { type Messages, vi } from "./vi.js";

// The report generator's words, held the one way every app holds them (@kehoach/ui/messages).

const text = createAppText<Messages>({ vi, en });

export const TextProvider = text.TextProvider;
export const useT = text.useText;
export const useLanguage = text.useLanguage;
