import { type ReactNode, type RefObject, useEffect, useRef, useState } from "react";

// A wide table or page that scrolls inside its own region, never the page: the region is a tab
// stop (a keyboard scrolls it with the arrow keys), its edges fade where more is hidden, and a line
// of text says what is off to the side, so nothing there goes unnoticed.

export interface ScrollEdges {
  /** More is hidden to the left / to the right. */
  start: boolean;
  end: boolean;
  /** The column headers wholly or partly off to the right. */
  hiddenColumns: string[];
}

/** Follows a scrolling element's horizontal overflow as it scrolls and as it or its content resizes. */
export function useScrollEdges(ref: RefObject<HTMLElement | null>): ScrollEdges {
  const [edges, setEdges] = useState<ScrollEdges>({ start: false, end: false, hiddenColumns: [] });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const start = el.scrollLeft > 1;
      const end = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      const right = el.getBoundingClientRect().right;
      const hiddenColumns = end
        ? [...el.querySelectorAll("thead th")]
            .filter((th) => th.getBoundingClientRect().right > right + 1)
            .map((th) => th.textContent?.trim() ?? "")
            .filter(Boolean)
        : [];
      setEdges((prev) =>
        prev.start === start && prev.end === end && prev.hiddenColumns.join("\n") === hiddenColumns.join("\n")
          ? prev
          : { start, end, hiddenColumns },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    el.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener("scroll", measure);
    };
  }, [ref]);
  return edges;
}

export interface ScrollRegionProps {
  /** The region's name for assistive technology. */
  label: string;
  /** The line shown while more is hidden to the right (it names the hidden columns when it can). */
  hint: (hiddenColumns: string[]) => string;
  className?: string;
  children: ReactNode;
}

export function ScrollRegion({ label, hint, className, children }: ScrollRegionProps) {
  const ref = useRef<HTMLElement>(null);
  const edges = useScrollEdges(ref);
  return (
    <div
      className="rg-scroll"
      data-more-start={edges.start || undefined}
      data-more-end={edges.end || undefined}
    >
      <section
        ref={ref}
        className={`rg-scroll__area kh-focusable ${className ?? ""}`}
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is a tab stop, so a keyboard scrolls it (axe scrollable-region-focusable)
        tabIndex={0}
      >
        {children}
      </section>
      {edges.end ? (
        <p className="rg-scroll__hint">
          <span aria-hidden="true">→ </span>
          {hint(edges.hiddenColumns)}
        </p>
      ) : null}
    </div>
  );
}
