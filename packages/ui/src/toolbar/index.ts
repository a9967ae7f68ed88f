import "./toolbar.css";

export { Toolbar, type ToolbarProps, ToolbarSeparator } from "./Toolbar.js";
