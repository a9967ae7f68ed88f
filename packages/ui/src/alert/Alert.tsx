import type { ComponentProps, ReactNode } from "react";
import { cx } from "../internal/cx.js";
import { CheckCircleIcon, ErrorIcon, InfoIcon, WarningIcon } from "../internal/icons.js";
import { useMessages } from "../messages/context.js";
import "../internal/base.css";
import "./alert.css";

export type AlertTone = "info" | "success" | "warning" | "error";

export interface AlertProps extends Omit<ComponentProps<"div">, "title" | "role"> {
  tone?: AlertTone;
  /** A heading; without one, the tone's name is read first ("Lưu ý: …"). */
  title?: ReactNode;
  /** Announce on appearance: errors and warnings interrupt (role=alert), others wait (role=status).
   * Leave false for an alert that is part of the page from the start. */
  live?: boolean;
  /** Buttons or links under the text. */
  actions?: ReactNode;
}

const ICONS = { info: InfoIcon, success: CheckCircleIcon, warning: WarningIcon, error: ErrorIcon };

/** A message in the page's flow. The tone shows as an icon and a word, not by colour alone. */
export function Alert({
  tone = "info",
  title,
  live = false,
  actions,
  className,
  children,
  ...div
}: AlertProps) {
  const messages = useMessages();
  const Icon = ICONS[tone];
  const role = live ? (tone === "error" || tone === "warning" ? "alert" : "status") : undefined;
  return (
    <div
      {...div}
      {...(role ? { role } : {})}
      data-slot="alert"
      data-tone={tone}
      className={cx("kh-alert", className)}
    >
      <Icon className="kh-alert__icon" />
      <div className="kh-alert__content">
        {title ? (
          <p className="kh-alert__title">
            <span className="kh-visually-hidden">{messages.alert[tone]}: </span>
            {title}
          </p>
        ) : (
          <span className="kh-visually-hidden">{messages.alert[tone]}: </span>
        )}
        {children !== undefined && <div className="kh-alert__body">{children}</div>}
        {actions !== undefined && <div className="kh-alert__actions">{actions}</div>}
      </div>
    </div>
  );
}
