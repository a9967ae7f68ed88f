import type { ReactNode } from "react";
import { Button, type ButtonProps } from "../button/Button.js";
import { cx } from "../internal/cx.js";
import "../internal/base.css";
import "../button/button.css";
import "./icon-button.css";

export interface IconButtonProps
  extends Omit<ButtonProps, "children" | "iconStart" | "iconEnd" | "aria-label"> {
  /** Required: the button's accessible name, since it shows no text. */
  label: string;
  /** The icon (decorative; it gets aria-hidden). */
  icon: ReactNode;
}

/** A square button showing only an icon; wrap it in a Tooltip so sighted users see the label too. */
export function IconButton({ label, icon, variant = "ghost", className, ...props }: IconButtonProps) {
  return (
    <Button {...props} variant={variant} aria-label={label} className={cx("kh-icon-button", className)}>
      <span className="kh-icon-button__icon" aria-hidden="true">
        {icon}
      </span>
    </Button>
  );
}
