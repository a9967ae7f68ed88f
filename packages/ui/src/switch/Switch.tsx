import { type ComponentProps, type ReactNode, useId, useState } from "react";
import { cx } from "../internal/cx.js";
import { useMessages } from "../messages/context.js";
import "../internal/base.css";
import "./switch.css";

export interface SwitchProps extends Omit<ComponentProps<"button">, "onChange" | "value" | "children"> {
  label: ReactNode;
  hint?: ReactNode;
  checked?: boolean;
  defaultChecked?: boolean;
  onCheckedChange?: (checked: boolean) => void;
}

/**
 * An on/off setting that applies at once (use a Checkbox for a choice submitted with a form).
 * The state is also written as text ("Bật"/"Tắt"), so it does not rely on colour or position.
 */
export function Switch({
  label,
  hint,
  checked,
  defaultChecked = false,
  onCheckedChange,
  id,
  className,
  disabled,
  ...button
}: SwitchProps) {
  const messages = useMessages();
  const generated = useId();
  const buttonId = id ?? `kh-switch-${generated}`;
  const [inner, setInner] = useState(defaultChecked);
  const on = checked ?? inner;
  return (
    <div className={cx("kh-switch", className)} data-slot="switch">
      <label className="kh-switch__label" htmlFor={buttonId}>
        {label}
      </label>
      <button
        {...button}
        type="button"
        role="switch"
        id={buttonId}
        aria-checked={on}
        disabled={disabled}
        {...(hint ? { "aria-describedby": `${buttonId}-hint` } : {})}
        className="kh-switch__control kh-focusable"
        onClick={() => {
          if (checked === undefined) setInner(!on);
          onCheckedChange?.(!on);
        }}
      >
        <span className="kh-switch__track" aria-hidden="true">
          <span className="kh-switch__thumb" />
        </span>
        <span className="kh-switch__state" aria-hidden="true">
          {on ? messages.switch.on : messages.switch.off}
        </span>
      </button>
      {hint && (
        <div className="kh-switch__hint" id={`${buttonId}-hint`}>
          {hint}
        </div>
      )}
    </div>
  );
}
