import { type ComponentProps, useId, useState } from "react";
import { Field, type FieldChromeProps } from "../field/Field.js";
import { cx } from "../internal/cx.js";
import { useMessages } from "../messages/context.js";
import "../internal/base.css";
import "../field/field.css";

export interface TextAreaProps
  extends FieldChromeProps,
    Omit<ComponentProps<"textarea">, "id" | "className" | "maxLength"> {
  /** A soft limit: typing may go over (nothing is cut off), the count turns into an error. */
  maxChars?: number;
  inputClassName?: string;
}

export function TextArea({
  label,
  hint,
  error,
  required,
  markOptional,
  id,
  className,
  inputClassName,
  maxChars,
  onChange,
  ...textarea
}: TextAreaProps) {
  const messages = useMessages();
  const countId = `kh-count-${useId()}`;
  const initial = String(textarea.value ?? textarea.defaultValue ?? "");
  const [length, setLength] = useState(initial.length);
  const shown = textarea.value !== undefined ? String(textarea.value).length : length;
  const left = maxChars === undefined ? 0 : maxChars - shown;
  return (
    <Field
      {...{ label, hint, error, required, markOptional, id, className }}
      describedBy={maxChars === undefined ? [] : [countId]}
      after={
        maxChars !== undefined && (
          <p className="kh-field__count" id={countId} data-over={left < 0 || undefined} aria-live="polite">
            {left >= 0 ? messages.textArea.remaining(left) : messages.textArea.over(-left)}
          </p>
        )
      }
    >
      {(control) => (
        <textarea
          {...textarea}
          {...control}
          {...(left < 0 ? { "aria-invalid": true } : {})}
          onChange={(event) => {
            setLength(event.target.value.length);
            onChange?.(event);
          }}
          className={cx("kh-input", "kh-focusable", inputClassName)}
        />
      )}
    </Field>
  );
}
