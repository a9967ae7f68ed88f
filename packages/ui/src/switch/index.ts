import "../internal/base.css";
import "./switch.css";

export { Switch, type SwitchProps } from "./Switch.js";
