import type { ComponentProps } from "react";
import { cx } from "./cx.js";

/** Text for screen readers only (e.g. the status word next to an icon). */
export function VisuallyHidden({ className, ...props }: ComponentProps<"span">) {
  return <span {...props} className={cx("kh-visually-hidden", className)} />;
}
