import "../internal/base.css";
import "../field/field.css";
import "../checkbox/choice.css";

export { RadioGroup, type RadioGroupProps, type RadioOption } from "./RadioGroup.js";
