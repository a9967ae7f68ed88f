import type { ComponentProps } from "react";
import { cx } from "../internal/cx.js";
import "./badge.css";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "error";

export interface BadgeProps extends ComponentProps<"span"> {
  tone?: BadgeTone;
}

/** A short label (a count, a document type, "Nháp"): its text carries the meaning, colour only helps. */
export function Badge({ tone = "neutral", className, ...span }: BadgeProps) {
  return <span {...span} data-slot="badge" data-tone={tone} className={cx("kh-badge", className)} />;
}
