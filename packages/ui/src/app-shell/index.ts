export { type AppId, AppShell, type AppShellProps } from "./AppShell.js";
