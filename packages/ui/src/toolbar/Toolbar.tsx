import { type ComponentProps, type KeyboardEvent, useEffect, useRef } from "react";
import { cx } from "../internal/cx.js";
import "./toolbar.css";

export interface ToolbarProps extends Omit<ComponentProps<"div">, "role"> {
  /** Names the toolbar ("Định dạng", "Thao tác với nhiệm vụ"). */
  "aria-label": string;
  orientation?: "horizontal" | "vertical";
}

const ITEMS =
  "button:not(:disabled), a[href], input:not(:disabled), select:not(:disabled), [data-toolbar-item]";

/**
 * A set of controls reached with one Tab stop; arrow keys, Home and End move between them
 * (WAI-ARIA toolbar pattern with a roving tabindex).
 */
export function Toolbar({ orientation = "horizontal", className, onKeyDown, onFocus, ...div }: ToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
  const makeCurrent = (target: HTMLElement) => {
    for (const item of items()) item.tabIndex = item === target ? 0 : -1;
  };
  useEffect(() => {
    const list = items();
    const current = list.find((i) => i.tabIndex === 0) ?? list[0];
    if (current) makeCurrent(current);
  });
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    const [back, forward] =
      orientation === "horizontal" ? ["ArrowLeft", "ArrowRight"] : ["ArrowUp", "ArrowDown"];
    let next: number | null = null;
    if (event.key === forward) next = (index + 1) % list.length;
    else if (event.key === back) next = (index - 1 + list.length) % list.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = list.length - 1;
    if (next === null) return;
    event.preventDefault();
    const target = list[next]!;
    makeCurrent(target);
    target.focus();
  };
  return (
    <div
      {...div}
      ref={ref}
      role="toolbar"
      aria-orientation={orientation}
      data-slot="toolbar"
      className={cx("kh-toolbar", className)}
      onKeyDown={handleKeyDown}
      onFocus={(event) => {
        onFocus?.(event);
        if (event.target !== ref.current && items().includes(event.target as HTMLElement))
          makeCurrent(event.target as HTMLElement);
      }}
    />
  );
}

/** A visual divider between groups of a toolbar. */
export function ToolbarSeparator() {
  return <hr className="kh-toolbar__separator" />;
}
