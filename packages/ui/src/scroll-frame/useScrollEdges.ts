import { type RefObject, useEffect, useState } from "react";

// Whether a wide region has more to the side than it shows, so the screen can say so: a table
// scrolled inside its own frame must never hide columns without a sign that they are there.

export interface ScrollEdges {
  /** More is hidden to the left / to the right. */
  start: boolean;
  end: boolean;
  /** The column headers wholly or partly off to the right. */
  hiddenColumns: string[];
}

export const NO_EDGES: ScrollEdges = { start: false, end: false, hiddenColumns: [] };

const sameEdges = (a: ScrollEdges, b: ScrollEdges) =>
  a.start === b.start && a.end === b.end && a.hiddenColumns.join("\n") === b.hiddenColumns.join("\n");

/** The edges of `el` as it is scrolled now. */
export function measureEdges(el: HTMLElement): ScrollEdges {
  const start = el.scrollLeft > 1;
  const end = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
  const right = el.getBoundingClientRect().right;
  const hiddenColumns = end
    ? [...el.querySelectorAll("thead th, [role='columnheader']")]
        .filter((th) => th.getBoundingClientRect().right > right + 1)
        .map((th) => th.textContent?.trim() ?? "")
        .filter(Boolean)
    : [];
  return { start, end, hiddenColumns };
}

/**
 * Follows the horizontal overflow of `ref`'s element, or of the element inside it that `selector`
 * names (the scroller of a ui Table), as it scrolls and as it or its content resizes.
 */
export function useScrollEdges(ref: RefObject<HTMLElement | null>, selector?: string): ScrollEdges {
  const [edges, setEdges] = useState<ScrollEdges>(NO_EDGES);
  useEffect(() => {
    const host = ref.current;
    const el = selector ? host?.querySelector<HTMLElement>(selector) : host;
    if (!el) return;
    const measure = () => {
      const next = measureEdges(el);
      setEdges((prev) => (sameEdges(prev, next) ? prev : next));
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
  }, [ref, selector]);
  return edges;
}
