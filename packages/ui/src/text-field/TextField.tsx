import type { ComponentProps } from "react";
import { Field, type FieldChromeProps } from "../field/Field.js";
import { cx } from "../internal/cx.js";
import "../internal/base.css";
import "../field/field.css";

export interface TextFieldProps extends FieldChromeProps, Omit<ComponentProps<"input">, "id" | "className"> {
  /** Class of the input itself (the wrapper takes `className`). */
  inputClassName?: string;
}

export function TextField({
  label,
  hint,
  error,
  required,
  markOptional,
  id,
  className,
  inputClassName,
  type = "text",
  ...input
}: TextFieldProps) {
  return (
    <Field {...{ label, hint, error, required, markOptional, id, className }}>
      {(control) => (
        <input
          type={type}
          {...input}
          {...control}
          className={cx("kh-input", "kh-focusable", inputClassName)}
        />
      )}
    </Field>
  );
}
