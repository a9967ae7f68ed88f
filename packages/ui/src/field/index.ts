export { Field, type FieldChromeProps, type FieldControlProps } from "./Field.js";
