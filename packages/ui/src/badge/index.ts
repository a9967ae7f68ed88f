import "./badge.css";

export { Badge, type BadgeProps, type BadgeTone } from "./Badge.js";
