import "../internal/base.css";
import "./choice.css";

export { Checkbox, type CheckboxProps } from "./Checkbox.js";
