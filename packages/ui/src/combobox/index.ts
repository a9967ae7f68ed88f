export {
  Combobox,
  type ComboboxOption,
  type ComboboxProps,
  type DataAttributes,
  type MultiComboboxProps,
  type SingleComboboxProps,
} from "./Combobox.js";
export { type ComboboxKeys, type ComboboxKeysOptions, useComboboxKeys } from "./keyboard.js";
export { matchesQuery, type SearchableOption } from "./match.js";
