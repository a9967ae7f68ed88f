import "./tooltip.css";

export { Tooltip, type TooltipProps } from "./Tooltip.js";
