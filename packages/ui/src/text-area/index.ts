import "../internal/base.css";
import "../field/field.css";

export { TextArea, type TextAreaProps } from "./TextArea.js";
