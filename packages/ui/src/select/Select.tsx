import type { ComponentProps } from "react";
import { Field, type FieldChromeProps } from "../field/Field.js";
import { cx } from "../internal/cx.js";
import { useMessages } from "../messages/context.js";
import "../internal/base.css";
import "../field/field.css";
import "./select.css";

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps
  extends FieldChromeProps,
    Omit<ComponentProps<"select">, "id" | "className" | "multiple"> {
  options: readonly SelectOption[];
  /** An empty first choice; `true` uses the messages' "— Chọn —". */
  placeholder?: string | boolean;
  inputClassName?: string;
}

/** A native <select>: the most robust choice for short lists (for long, searchable ones: Combobox). */
export function Select({
  label,
  hint,
  error,
  required,
  markOptional,
  id,
  className,
  inputClassName,
  options,
  placeholder,
  ...select
}: SelectProps) {
  const messages = useMessages();
  const placeholderText = placeholder === true ? messages.select.placeholder : placeholder || null;
  return (
    <Field {...{ label, hint, error, required, markOptional, id, className }}>
      {(control) => (
        <select
          {...select}
          {...control}
          className={cx("kh-input", "kh-select", "kh-focusable", inputClassName)}
        >
          {placeholderText !== null && <option value="">{placeholderText}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
