import { type ComponentProps, type ReactNode, useEffect, useId, useRef } from "react";
import { cx } from "../internal/cx.js";
import "../internal/base.css";
import "./choice.css";

export interface CheckboxProps extends Omit<ComponentProps<"input">, "type"> {
  label: ReactNode;
  hint?: ReactNode;
  /** "Some but not all" (a select-all box over a partly chosen list). */
  indeterminate?: boolean;
}

export function Checkbox({ label, hint, indeterminate = false, id, className, ...input }: CheckboxProps) {
  const generated = useId();
  const inputId = id ?? `kh-checkbox-${generated}`;
  const hintId = `${inputId}-hint`;
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <div className={cx("kh-choice", className)} data-slot="checkbox">
      <input
        {...input}
        ref={ref}
        type="checkbox"
        id={inputId}
        className="kh-choice__input kh-focusable"
        {...(hint ? { "aria-describedby": hintId } : {})}
      />
      <label className="kh-choice__label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <div className="kh-choice__hint" id={hintId}>
          {hint}
        </div>
      )}
    </div>
  );
}
