import type { Messages } from "./vi.js";

export const en: Messages = {
  locale: "en-GB",
  common: {
    close: "Close",
    cancel: "Cancel",
    confirm: "Confirm",
    loading: "Loading…",
    required: "required",
    optional: "optional",
    errorPrefix: "Error:",
  },
  dialog: {
    close: "Close dialog",
  },
  confirmDialog: {
    confirm: "OK",
    cancel: "Cancel",
    working: "Working…",
  },
};
