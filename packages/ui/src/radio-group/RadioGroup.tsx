import { type ReactNode, useId } from "react";
import { cx } from "../internal/cx.js";
import { useMessages } from "../messages/context.js";
import "../internal/base.css";
import "../field/field.css";
import "../checkbox/choice.css";

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
}

export interface RadioGroupProps {
  /** The question, as the fieldset's legend. */
  legend: ReactNode;
  options: readonly RadioOption[];
  value?: string | null;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  /** Shared by the radios; generated when not given. */
  name?: string;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  orientation?: "vertical" | "horizontal";
  className?: string;
}

/** Native radios in a fieldset: arrow keys move between them, Tab leaves the group. */
export function RadioGroup({
  legend,
  options,
  value,
  defaultValue,
  onValueChange,
  name,
  hint,
  error,
  required,
  orientation = "vertical",
  className,
}: RadioGroupProps) {
  const messages = useMessages();
  const base = `kh-radio-${useId()}`;
  const groupName = name ?? base;
  const hasError = error !== undefined && error !== null && error !== false && error !== "";
  const describedBy = [hint ? `${base}-hint` : null, hasError ? `${base}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset
      className={cx("kh-fieldset", hasError && "kh-fieldset--error", className)}
      data-slot="radio-group"
      {...(describedBy ? { "aria-describedby": describedBy } : {})}
    >
      <legend className="kh-fieldset__legend">
        {legend}
        {required && (
          <>
            {" "}
            <span className="kh-field__marker">{messages.common.required}</span>
          </>
        )}
      </legend>
      {hint && (
        <div className="kh-fieldset__hint" id={`${base}-hint`}>
          {hint}
        </div>
      )}
      {hasError && (
        <p className="kh-fieldset__error" id={`${base}-error`}>
          <span className="kh-visually-hidden">{messages.common.errorPrefix} </span>
          {error}
        </p>
      )}
      <div className="kh-fieldset__options" data-orientation={orientation}>
        {options.map((option, index) => {
          const id = `${base}-${index}`;
          return (
            <div className="kh-choice" key={option.value}>
              <input
                type="radio"
                id={id}
                name={groupName}
                value={option.value}
                className="kh-choice__input kh-focusable"
                disabled={option.disabled}
                required={required}
                {...(value !== undefined ? { checked: value === option.value } : {})}
                {...(defaultValue !== undefined ? { defaultChecked: defaultValue === option.value } : {})}
                {...(hasError ? { "aria-invalid": true } : {})}
                {...(option.hint ? { "aria-describedby": `${id}-hint` } : {})}
                onChange={(event) => {
                  if (event.target.checked) onValueChange?.(option.value);
                }}
              />
              <label className="kh-choice__label" htmlFor={id}>
                {option.label}
              </label>
              {option.hint && (
                <div className="kh-choice__hint" id={`${id}-hint`}>
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
