export { Toolbar, type ToolbarProps, ToolbarSeparator } from "./Toolbar.js";
