import * as RadixTooltip from "@radix-ui/react-tooltip";
import type { ReactElement, ReactNode } from "react";
import "./tooltip.css";

export interface TooltipProps {
  /** Short help text; it supplements the trigger's own name and is never the only label. */
  content: ReactNode;
  /** One focusable element (a Button, an IconButton, a link). */
  children: ReactElement;
  side?: "top" | "right" | "bottom" | "left";
  /** Milliseconds of hover before showing; focus shows it at once. */
  delay?: number;
}

/**
 * Help on hover and on keyboard focus; Escape hides it (WCAG 1.4.13). Radix renders it in a
 * portal and describes the trigger with it.
 */
export function Tooltip({ content, children, side = "top", delay = 400 }: TooltipProps) {
  return (
    <RadixTooltip.Provider delayDuration={delay}>
      <RadixTooltip.Root>
        <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
        <RadixTooltip.Portal>
          <RadixTooltip.Content side={side} sideOffset={6} className="kh-tooltip" data-slot="tooltip">
            {content}
            <RadixTooltip.Arrow className="kh-tooltip__arrow" />
          </RadixTooltip.Content>
        </RadixTooltip.Portal>
      </RadixTooltip.Root>
    </RadixTooltip.Provider>
  );
}
