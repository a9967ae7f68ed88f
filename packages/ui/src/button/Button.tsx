import type { ComponentProps, ReactNode } from "react";
import { cx } from "../internal/cx.js";
import "../internal/base.css";
import "./button.css";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "md" | "sm";

export interface ButtonProps extends ComponentProps<"button"> {
  /** primary: the one main action of a screen; secondary: other actions; danger: deletes or
   * discards; ghost: low-emphasis actions in toolbars and tables. */
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** An icon before the label (decorative: give it aria-hidden). */
  iconStart?: ReactNode;
  iconEnd?: ReactNode;
}

/**
 * A native <button>. `type` defaults to "button" so a button inside a form never submits it by
 * accident; pass type="submit" for the form's submit button.
 */
export function Button({
  variant = "primary",
  size = "md",
  type = "button",
  className,
  iconStart,
  iconEnd,
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      {...props}
      data-slot="button"
      data-variant={variant}
      data-size={size}
      className={cx("kh-button", "kh-focusable", className)}
    >
      {iconStart}
      {children}
      {iconEnd}
    </button>
  );
}
