import "../internal/base.css";
import "../field/field.css";

export { TextField, type TextFieldProps } from "./TextField.js";
