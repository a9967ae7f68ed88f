export { type AppLink, AppShell, type AppShellProps } from "./AppShell.js";
export { LanguageSwitch } from "./LanguageSwitch.js";
