import "../internal/base.css";
import "./button.css";

export { Button, type ButtonProps, type ButtonSize, type ButtonVariant } from "./Button.js";
