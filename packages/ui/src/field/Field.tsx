import { type ReactNode, useId } from "react";
import { cx } from "../internal/cx.js";
import { useMessages } from "../messages/context.js";
import "../internal/base.css";
import "./field.css";

export interface FieldChromeProps {
  /** The visible label; every control has one (WCAG 1.3.1, 3.3.2). */
  label: ReactNode;
  /** Help shown under the label and read with the control (aria-describedby). */
  hint?: ReactNode;
  /** What is wrong and how to fix it; marks the control invalid. */
  error?: ReactNode;
  /** Adds "(bắt buộc)" to the label and `required` to the control. */
  required?: boolean;
  /** Adds "(không bắt buộc)" instead, for forms where most fields are required. */
  markOptional?: boolean;
  id?: string;
  className?: string;
}

export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  required?: boolean;
}

interface FieldProps extends FieldChromeProps {
  /** Extra element ids that describe the control (e.g. a character count). */
  describedBy?: string[];
  /** Render the control with the ids and states wired in. */
  children: (control: FieldControlProps) => ReactNode;
  after?: ReactNode;
}

/** Label, hint, error and control, wired GOV.UK style: the error is announced with its prefix. */
export function Field({
  label,
  hint,
  error,
  required,
  markOptional,
  id,
  className,
  describedBy = [],
  children,
  after,
}: FieldProps) {
  const messages = useMessages();
  const generated = useId();
  const controlId = id ?? `kh-field-${generated}`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const hasError = error !== undefined && error !== null && error !== false && error !== "";
  const ids = [hint ? hintId : null, hasError ? errorId : null, ...describedBy].filter(Boolean).join(" ");
  return (
    <div className={cx("kh-field", hasError && "kh-field--error", className)} data-slot="field">
      <label className="kh-field__label" htmlFor={controlId} id={`${controlId}-label`}>
        {label}
        {required && (
          <>
            {" "}
            <span className="kh-field__marker">{messages.common.required}</span>
          </>
        )}
        {!required && markOptional && (
          <>
            {" "}
            <span className="kh-field__marker">{messages.common.optional}</span>
          </>
        )}
      </label>
      {hint && (
        <div className="kh-field__hint" id={hintId}>
          {hint}
        </div>
      )}
      {hasError && (
        <p className="kh-field__error" id={errorId}>
          <span className="kh-visually-hidden">{messages.common.errorPrefix} </span>
          {error}
        </p>
      )}
      {children({
        id: controlId,
        ...(ids ? { "aria-describedby": ids } : {}),
        ...(hasError ? { "aria-invalid": true as const } : {}),
        ...(required ? { required: true } : {}),
      })}
      {after}
    </div>
  );
}
