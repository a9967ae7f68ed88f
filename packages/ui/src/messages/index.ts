export {
  type AppText,
  AppTextProvider,
  type AppTextProviderProps,
  createAppText,
  LANGUAGE_STORAGE_KEY,
  type Language,
  type LanguageState,
  useAppLanguage,
} from "./app-text.js";
export {
  type MessageOverrides,
  MessagesProvider,
  type MessagesProviderProps,
  mergeMessages,
  useMessages,
} from "./context.js";
export { en } from "./en.js";
export { type Messages, vi } from "./vi.js";
export { phrase, type RichText, Vi, viText, WordedText } from "./vietnamese.js";
