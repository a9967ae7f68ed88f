import type { ComponentProps, ReactNode } from "react";
import { cx } from "../internal/cx.js";
import "./empty-state.css";

export interface EmptyStateProps extends Omit<ComponentProps<"section">, "title"> {
  /** What is empty, as a heading ("Chưa có nhiệm vụ nào"). */
  title: ReactNode;
  /** What to do about it. */
  description?: ReactNode;
  /** The next step: usually one primary Button. */
  action?: ReactNode;
  /** A decorative illustration or icon. */
  icon?: ReactNode;
  headingLevel?: 2 | 3 | 4;
}

/** Shown in place of a list or table with nothing in it: says why, and what to do next. */
export function EmptyState({
  title,
  description,
  action,
  icon,
  headingLevel = 2,
  className,
  ...section
}: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section {...section} data-slot="empty-state" className={cx("kh-empty-state", className)}>
      {icon !== undefined && (
        <div className="kh-empty-state__icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <Heading className="kh-empty-state__title">{title}</Heading>
      {description !== undefined && <div className="kh-empty-state__description">{description}</div>}
      {action !== undefined && <div className="kh-empty-state__action">{action}</div>}
    </section>
  );
}
