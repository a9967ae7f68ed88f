export { DateField, type DateFieldProps } from "./DateField.js";
export { type DateParse, type DateProblem, formatDateText, parseDateText } from "./parse-date.js";
