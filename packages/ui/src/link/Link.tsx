import type { ComponentProps } from "react";
import { cx } from "../internal/cx.js";
import { useMessages } from "../messages/context.js";
import "../internal/base.css";
import "./link.css";

export interface LinkProps extends ComponentProps<"a"> {
  /** Opens in a new tab, and says so to every user (WCAG 3.2.5). */
  external?: boolean;
  /** Link text on a dark background (the header, the banner). */
  inverse?: boolean;
}

/** A native link with visited and focus states from the tokens; the text must say where it goes. */
export function Link({ external = false, inverse = false, className, children, ...anchor }: LinkProps) {
  const messages = useMessages();
  return (
    <a
      {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
      {...anchor}
      data-slot="link"
      data-inverse={inverse || undefined}
      className={cx("kh-link", "kh-focusable", className)}
    >
      {children}
      {external && <span className="kh-link__new-tab"> {messages.link.newTab}</span>}
    </a>
  );
}
