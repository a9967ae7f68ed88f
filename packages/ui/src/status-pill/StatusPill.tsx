import type { ComponentProps } from "react";
import { cx } from "../internal/cx.js";
import {
  CheckCircleIcon,
  ClockCheckIcon,
  EmptyCircleIcon,
  PlayIcon,
  WarningIcon,
} from "../internal/icons.js";
import { useMessages } from "../messages/context.js";
import type { TaskStatus } from "../messages/status.js";
import "../internal/base.css";
import "./status-pill.css";

export interface StatusPillProps extends Omit<ComponentProps<"span">, "children"> {
  status: TaskStatus;
  /** Only the icon, for dense tables: the label is then read by screen readers and shown on hover. */
  compact?: boolean;
}

const ICONS = {
  "done-on-time": CheckCircleIcon,
  "done-late": ClockCheckIcon,
  "in-progress": PlayIcon,
  overdue: WarningIcon,
  "not-started": EmptyCircleIcon,
} satisfies Record<TaskStatus, unknown>;

/**
 * One of the five task statuses of a progress report. Each differs by its words, its icon's
 * shape and its border style, so it reads without colour (WCAG 1.4.1) and in black-and-white print.
 */
export function StatusPill({ status, compact = false, className, ...span }: StatusPillProps) {
  const messages = useMessages();
  const label = messages.status[status];
  const Icon = ICONS[status];
  return (
    <span
      {...span}
      data-slot="status-pill"
      data-status={status}
      data-compact={compact || undefined}
      className={cx("kh-status-pill", className)}
      {...(compact ? { title: label } : {})}
    >
      <Icon className="kh-status-pill__icon" />
      <span className={compact ? "kh-visually-hidden" : "kh-status-pill__label"}>{label}</span>
    </span>
  );
}
