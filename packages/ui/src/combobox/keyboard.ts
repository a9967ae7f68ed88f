import { type KeyboardEvent, useState } from "react";

// The keys of a combobox with a listbox popup (WAI-ARIA APG), in one place for every picker built
// on it: the ui Combobox and any app's own picker (the plan builder's agency picker). Focus stays
// in the input; the active option is pointed at with aria-activedescendant.

export interface ComboboxKeysOptions<T> {
  /** The options listed now, in order. */
  results: readonly T[];
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Enter on the active option. */
  choose: (option: T) => void;
  /** Whether choosing is possible at all (a picker that holds its maximum says no). */
  canChoose?: boolean;
  /** Escape closed the list (a picker may forget what was typed). */
  onClose?: () => void;
  /** Escape with the list already closed (a single choice is cleared). */
  onEscapeClosed?: () => void;
  /** Backspace in an empty input (the last chip goes). */
  onBackspaceEmpty?: () => void;
  /** Whether the input holds no text. */
  inputEmpty: boolean;
  /**
   * Keys pressed with Alt belong to the widget around the picker (the task tree moves a task with
   * Alt+arrows from anywhere inside it); otherwise Alt+Down opens the list, as the APG says.
   */
  leaveAltKeys?: boolean;
}

export interface ComboboxKeys<T> {
  /** Index of the active option among the results. */
  active: number;
  setActive: (index: number | ((current: number) => number)) => void;
  /** The option Enter would choose; undefined while the list is closed or empty. */
  activeOption: T | undefined;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

export function useComboboxKeys<T>(options: ComboboxKeysOptions<T>): ComboboxKeys<T> {
  const { results, open, setOpen, choose, canChoose = true } = options;
  const [active, setActive] = useState(0);
  const activeOption = open ? results[Math.min(active, results.length - 1)] : undefined;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey && options.leaveAltKeys) return;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open) setOpen(true);
        else setActive((a) => Math.min(a + 1, results.length - 1));
        break;
      case "ArrowUp":
        event.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
        break;
      case "Home":
        if (open) {
          event.preventDefault();
          setActive(0);
        }
        break;
      case "End":
        if (open) {
          event.preventDefault();
          setActive(results.length - 1);
        }
        break;
      case "Enter":
        if (activeOption !== undefined && canChoose) {
          event.preventDefault();
          choose(activeOption);
        }
        break;
      case "Escape":
        if (open) {
          // Closing the list is all Escape does here: a dialog around the picker stays open.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          options.onClose?.();
        } else {
          options.onEscapeClosed?.();
        }
        break;
      case "Backspace":
        if (options.inputEmpty) options.onBackspaceEmpty?.();
        break;
    }
  };
  return { active, setActive, activeOption, onKeyDown };
}
