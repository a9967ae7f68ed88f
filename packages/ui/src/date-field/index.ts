import "../internal/base.css";
import "../field/field.css";
import "./date-field.css";

export { DateField, type DateFieldProps } from "./DateField.js";
export { type DateParse, type DateProblem, formatDateText, parseDateText } from "./parse-date.js";
