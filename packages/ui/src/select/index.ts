import "../internal/base.css";
import "../field/field.css";
import "./select.css";

export { Select, type SelectOption, type SelectProps } from "./Select.js";
