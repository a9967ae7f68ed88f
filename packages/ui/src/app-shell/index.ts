import "../internal/base.css";
import "./app-shell.css";

export { type AppId, AppShell, type AppShellProps } from "./AppShell.js";
