import { type ComponentProps, type ReactNode, useId } from "react";
import { cx } from "../internal/cx.js";
import { useMessages } from "../messages/context.js";
import "../internal/base.css";
import "../button/button.css";
import "./progress.css";

export interface ProgressBarProps extends Omit<ComponentProps<"div">, "children"> {
  /** What is measured ("Tiến độ thực hiện"); always shown, since a bar without a name means nothing. */
  label: ReactNode;
  /** From 0 to max; leave undefined while the amount is unknown (indeterminate). */
  value?: number;
  max?: number;
  /** The text read instead of the bare percentage ("9 trên 14 nhiệm vụ"). */
  valueText?: string;
  /** Show the value as text beside the bar (on by default). */
  showValue?: boolean;
}

export function ProgressBar({
  label,
  value,
  max = 100,
  valueText,
  showValue = true,
  className,
  ...div
}: ProgressBarProps) {
  const messages = useMessages();
  const labelId = `kh-progress-${useId()}`;
  const clamped = value === undefined ? undefined : Math.min(Math.max(value, 0), max);
  const percent = clamped === undefined ? undefined : Math.round((clamped / max) * 100);
  const text = valueText ?? (percent === undefined ? undefined : messages.progress.percent(percent));
  return (
    <div {...div} data-slot="progress-bar" className={cx("kh-progress", className)}>
      <div className="kh-progress__header">
        <span id={labelId} className="kh-progress__label">
          {label}
        </span>
        {showValue && text !== undefined && (
          <span className="kh-progress__value" aria-hidden="true">
            {text}
          </span>
        )}
      </div>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={max}
        {...(clamped !== undefined ? { "aria-valuenow": clamped } : {})}
        {...(text !== undefined ? { "aria-valuetext": text } : {})}
        className="kh-progress__track"
        data-indeterminate={clamped === undefined || undefined}
      >
        <div
          className="kh-progress__fill"
          style={percent === undefined ? undefined : { inlineSize: `${percent}%` }}
        />
      </div>
    </div>
  );
}
