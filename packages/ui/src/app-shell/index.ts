export { type AppLink, AppShell, type AppShellProps } from "./AppShell.js";
