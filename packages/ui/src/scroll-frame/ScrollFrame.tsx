import { type ReactNode, type Ref, useRef } from "react";
import { cx } from "../internal/cx.js";
import { type ScrollEdges, useScrollEdges } from "./useScrollEdges.js";
import "../internal/base.css";
import "./scroll-frame.css";

// A wide table or page that scrolls inside its own region, never the page: its edges darken where
// more is hidden, and a line of text says what lies off to the right, so nothing there goes
// unnoticed (a scroll bar hidden by the system, on a phone or a touchpad, says nothing).

export interface ScrollFrameProps {
  /** Where the region stands now (useScrollEdges, or the app's own count for a virtual grid). */
  edges: Pick<ScrollEdges, "start" | "end"> & Partial<Pick<ScrollEdges, "hiddenColumns">>;
  /** The line shown while more is hidden to the right, given the hidden columns' names. */
  hint?: ((hiddenColumns: string[]) => ReactNode) | undefined;
  /** The hint above the region (a tall page, whose foot is far) or below it (a table). */
  hintPlacement?: "before" | "after";
  className?: string | undefined;
  ref?: Ref<HTMLDivElement> | undefined;
  children: ReactNode;
}

/** The frame of a region that scrolls sideways; the region itself is the child. */
export function ScrollFrame({
  edges,
  hint,
  hintPlacement = "after",
  className,
  ref,
  children,
}: ScrollFrameProps) {
  const line =
    edges.end && hint ? (
      <p className="kh-scroll-frame__hint" data-placement={hintPlacement}>
        <span aria-hidden="true">→ </span>
        {hint(edges.hiddenColumns ?? [])}
      </p>
    ) : null;
  return (
    <>
      {hintPlacement === "before" ? line : null}
      <div
        ref={ref}
        className={cx("kh-scroll-frame", className)}
        data-more-start={edges.start || undefined}
        data-more-end={edges.end || undefined}
      >
        {children}
      </div>
      {hintPlacement === "after" ? line : null}
    </>
  );
}

export interface ScrollRegionProps {
  /** The region's name for assistive technology. */
  label: string;
  /** The line shown while more is hidden to the right (it names the hidden columns when it can). */
  hint: (hiddenColumns: string[]) => ReactNode;
  className?: string | undefined;
  children: ReactNode;
}

/**
 * A region that scrolls sideways, framed: a tab stop (a keyboard scrolls it with the arrow keys,
 * axe's scrollable-region-focusable), named, with its edges and hint followed as it scrolls.
 */
export function ScrollRegion({ label, hint, className, children }: ScrollRegionProps) {
  const ref = useRef<HTMLElement>(null);
  const edges = useScrollEdges(ref);
  return (
    <ScrollFrame edges={edges} hint={hint}>
      <section
        ref={ref}
        className={cx("kh-scroll-frame__area kh-focusable", className)}
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is a tab stop, so a keyboard scrolls it (axe scrollable-region-focusable)
        tabIndex={0}
      >
        {children}
      </section>
    </ScrollFrame>
  );
}
