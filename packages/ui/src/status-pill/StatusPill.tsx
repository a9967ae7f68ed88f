import type { ComponentProps } from "react";
import { cx } from "../internal/cx.js";
import {
  CheckCircleIcon,
  ClockCheckIcon,
  EmptyCircleIcon,
  PlayIcon,
  WarningIcon,
} from "../internal/icons.js";
import "../internal/base.css";
import "./status-pill.css";

/**
 * How much a state asks of whoever reads it, from "nothing to do" to "act now". The pill knows
 * tones, not the states of a domain: an app maps its own states (a task's five statuses come from
 * @kehoach/plan-model's STATUS_SEVERITY) and gives the label.
 */
export const STATUS_TONES = ["success", "caution", "info", "danger", "neutral"] as const;
export type StatusTone = (typeof STATUS_TONES)[number];

export interface StatusPillProps extends Omit<ComponentProps<"span">, "children"> {
  tone: StatusTone;
  /** The words of the state, in the screen's language. */
  label: string;
  /** Only the icon, for dense tables: the label is then read by screen readers and shown on hover. */
  compact?: boolean;
}

const ICONS = {
  success: CheckCircleIcon,
  caution: ClockCheckIcon,
  info: PlayIcon,
  danger: WarningIcon,
  neutral: EmptyCircleIcon,
} satisfies Record<StatusTone, unknown>;

/**
 * A state as words, an icon and a border. Each tone differs by its icon's shape and its border
 * style as well as its colours, so it reads without colour (WCAG 1.4.1) and in black-and-white print.
 */
export function StatusPill({ tone, label, compact = false, className, ...span }: StatusPillProps) {
  const Icon = ICONS[tone];
  return (
    <span
      {...span}
      data-slot="status-pill"
      data-tone={tone}
      data-compact={compact || undefined}
      className={cx("kh-status-pill", className)}
      {...(compact ? { title: label } : {})}
    >
      <Icon className="kh-status-pill__icon" />
      <span className={compact ? "kh-visually-hidden" : "kh-status-pill__label"}>{label}</span>
    </span>
  );
}
