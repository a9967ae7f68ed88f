import "../internal/base.css";
import "./field.css";

export { Field, type FieldChromeProps, type FieldControlProps } from "./Field.js";
