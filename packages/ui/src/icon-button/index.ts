import "../internal/base.css";
import "../button/button.css";
import "./icon-button.css";

export { IconButton, type IconButtonProps } from "./IconButton.js";
