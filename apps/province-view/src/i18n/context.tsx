import { createAppText } from "@kehoach/ui/messages";
import { en } from "./en.js";
import { vi } from "./vi.js";

// The app's words, held the one way every app holds them (@kehoach/ui/messages): a typed
// catalogue in Vietnamese and English, the language chosen once for every app of the site.

export const { TextProvider, useLanguage, useT } = createAppText({ vi, en });
