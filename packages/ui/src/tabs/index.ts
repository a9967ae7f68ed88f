import "../internal/base.css";
import "./tabs.css";

export { type TabItem, Tabs, type TabsProps } from "./Tabs.js";
