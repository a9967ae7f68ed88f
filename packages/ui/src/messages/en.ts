import type { Messages } from "./vi.js";

export const en: Messages = {
  locale: "en-GB",
  common: {
    close: "Close",
    cancel: "Cancel",
    confirm: "Confirm",
    loading: "Loading…",
    required: "(required)",
    optional: "(optional)",
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
  link: {
    newTab: "(opens in a new tab)",
  },
  textArea: {
    remaining: (n) => `${n} ${n === 1 ? "character" : "characters"} left`,
    over: (n) => `${n} ${n === 1 ? "character" : "characters"} too many`,
  },
  select: {
    placeholder: "— Choose —",
  },
  combobox: {
    noResults: "No matching results",
    results: (n) => `${n} ${n === 1 ? "result" : "results"}`,
    selected: (n) => `${n} selected`,
    remove: (label) => `Remove ${label}`,
    clear: "Clear all",
    toggle: "Show options",
  },
  dateField: {
    hint: "Day/month/year, for example 05/03/2026",
    partialHint: "In a draft you may give only the month and year (03/2026) or the year (2026).",
    badFormat: (label) => `${label}: enter a date as day/month/year, for example 05/03/2026.`,
    notARealDate: (label, text) => `${label}: ${text} is not a real date.`,
    needsFullDate: (label) => `${label}: enter the day, month and year.`,
    yearOutOfRange: (label) => `${label}: the year must be between 1900 and 2200.`,
  },
  switch: {
    on: "On",
    off: "Off",
  },
  alert: {
    info: "Information",
    success: "Success",
    warning: "Warning",
    error: "There is a problem",
  },
  toast: {
    region: "Notifications",
    dismiss: "Dismiss notification",
  },
  table: {
    sortBy: (column) => `Sort by ${column}`,
    ascending: "ascending",
    descending: "descending",
    rows: (n) => `${n} ${n === 1 ? "row" : "rows"}`,
    empty: "No data",
    keyboardHint: "Use the up and down arrow keys to move between rows; Enter to open.",
  },
  progress: {
    percent: (n) => `${n}%`,
    step: (current, total) => `Step ${current} of ${total}`,
    cancel: "Stop",
    done: "Done",
    failed: "Failed",
  },
  fileDrop: {
    prompt: "Drag a file here, or",
    choose: "choose a file",
    limits: (types, size) => `Accepted: ${types}. Up to ${size}.`,
    tooLarge: (name, size, max) => `“${name}” was not accepted: it is ${size}, over the ${max} limit.`,
    wrongType: (name, types) => `“${name}” was not accepted: only ${types} files are accepted.`,
    tooMany: (max) => `Choose at most ${max} ${max === 1 ? "file" : "files"} at a time.`,
    accepted: (names) => `Received: ${names}.`,
  },
  appShell: {
    skipLink: "Skip to main content",
    officialBanner: (name) => `Official website of ${name}`,
    navigation: "Applications",
    logo: (name) => `${name} emblem`,
  },
  language: {
    switchTo: "Tiếng Việt",
    switchToLang: "vi",
  },
};
