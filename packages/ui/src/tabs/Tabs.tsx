import * as RadixTabs from "@radix-ui/react-tabs";
import type { ReactNode } from "react";
import { cx } from "../internal/cx.js";
import "../internal/base.css";
import "./tabs.css";

export interface TabItem {
  value: string;
  label: ReactNode;
  content: ReactNode;
  disabled?: boolean;
}

export interface TabsProps {
  /** Names the tab list for screen readers ("Các phần của kế hoạch"). */
  label: string;
  items: readonly TabItem[];
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  className?: string;
}

/** WAI-ARIA tabs on Radix: arrow keys move between tabs, Tab goes into the panel. */
export function Tabs({ label, items, value, defaultValue, onValueChange, className }: TabsProps) {
  const rootProps = {
    ...(value !== undefined ? { value } : {}),
    defaultValue: defaultValue ?? items[0]?.value,
    ...(onValueChange ? { onValueChange } : {}),
  };
  return (
    <RadixTabs.Root {...rootProps} className={cx("kh-tabs", className)} data-slot="tabs">
      <RadixTabs.List aria-label={label} className="kh-tabs__list">
        {items.map((item) => (
          <RadixTabs.Trigger
            key={item.value}
            value={item.value}
            disabled={item.disabled}
            className="kh-tabs__tab kh-focusable"
          >
            {item.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {items.map((item) => (
        <RadixTabs.Content key={item.value} value={item.value} className="kh-tabs__panel kh-focusable">
          {item.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
