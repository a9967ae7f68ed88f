import "../internal/base.css";
import "../field/field.css";
import "./combobox.css";

export {
  Combobox,
  type ComboboxOption,
  type ComboboxProps,
  type MultiComboboxProps,
  type SingleComboboxProps,
} from "./Combobox.js";
export { matchesQuery, type SearchableOption } from "./match.js";
