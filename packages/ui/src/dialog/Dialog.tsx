import * as RadixDialog from "@radix-ui/react-dialog";
import { type ReactElement, type ReactNode, useEffect, useRef } from "react";
import { cx } from "../internal/cx.js";
import { CloseIcon } from "../internal/icons.js";
import { useMessages } from "../messages/context.js";
import { releaseBodyPointerEvents } from "./release-body.js";
import "../internal/base.css";
import "../button/button.css";
import "./dialog.css";

export type DialogSize = "sm" | "md" | "lg";

export interface DialogProps {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Required: it names the dialog for screen readers (aria-labelledby). */
  title: ReactNode;
  /** Hide the title visually while keeping it as the accessible name. */
  hideTitle?: boolean;
  description?: ReactNode;
  children?: ReactNode;
  /** The action buttons, laid out at the end of the dialog. */
  footer?: ReactNode;
  /** An element that opens the dialog (uncontrolled use); focus returns to it on close. */
  trigger?: ReactElement;
  size?: DialogSize;
  /** Label of the × button; defaults to the messages' "Đóng hộp thoại". */
  closeLabel?: string;
  /** false hides the × button (e.g. a ConfirmDialog whose footer has Cancel). */
  showCloseButton?: boolean;
  /** The dialog's role: "alertdialog" for a confirmation that interrupts work. */
  role?: "dialog" | "alertdialog";
  className?: string;
  /** Outside clicks close the dialog unless false (a form with unsaved input may say false). */
  dismissOnOutsideClick?: boolean;
}

export function Dialog({
  open,
  defaultOpen,
  onOpenChange,
  title,
  hideTitle = false,
  description,
  children,
  footer,
  trigger,
  size = "md",
  closeLabel,
  showCloseButton = true,
  role = "dialog",
  className,
  dismissOnOutsideClick = true,
}: DialogProps) {
  const messages = useMessages();
  const wasOpen = useRef(open ?? defaultOpen ?? false);
  // What had the keyboard when the dialog opened: it gets it back on close. Radix returns focus
  // only to its own trigger, so a dialog opened by state (no `trigger`) left it on <body>.
  const opener = useRef<HTMLElement | null>(null);
  const content = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open === undefined) return;
    if (wasOpen.current && !open) releaseBodyPointerEvents();
    wasOpen.current = open;
  }, [open]);
  const handleOpenChange = (next: boolean) => {
    onOpenChange?.(next);
    if (!next && open === undefined) releaseBodyPointerEvents();
  };
  const rootProps = {
    ...(open !== undefined ? { open } : {}),
    ...(defaultOpen !== undefined ? { defaultOpen } : {}),
    onOpenChange: handleOpenChange,
  };
  return (
    <RadixDialog.Root {...rootProps}>
      {trigger !== undefined && <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger>}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="kh-dialog-overlay" data-slot="dialog-overlay" />
        <RadixDialog.Content
          className={cx("kh-dialog", className)}
          data-slot="dialog-content"
          data-size={size}
          role={role}
          ref={content}
          onOpenAutoFocus={() => {
            const active = document.activeElement;
            opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
          }}
          onCloseAutoFocus={(event) => {
            const target = opener.current;
            opener.current = null;
            if (trigger !== undefined) return; // Radix gives it back to the trigger
            event.preventDefault();
            // The app moved the keyboard on purpose while closing (to the field a finding names).
            const active = document.activeElement;
            if (active && active !== document.body && !content.current?.contains(active)) return;
            if (target?.isConnected) target.focus();
          }}
          {...(description === undefined ? { "aria-describedby": undefined } : {})}
          {...(dismissOnOutsideClick
            ? {}
            : { onPointerDownOutside: (event: Event) => event.preventDefault() })}
        >
          <div className="kh-dialog__header" data-slot="dialog-header">
            <RadixDialog.Title
              className={cx("kh-dialog__title", hideTitle && "kh-visually-hidden")}
              data-slot="dialog-title"
            >
              {title}
            </RadixDialog.Title>
            {showCloseButton && (
              <RadixDialog.Close
                className="kh-dialog__close kh-focusable"
                data-slot="dialog-close"
                aria-label={closeLabel ?? messages.dialog.close}
              >
                <CloseIcon />
              </RadixDialog.Close>
            )}
          </div>
          {description !== undefined && (
            <RadixDialog.Description className="kh-dialog__description" data-slot="dialog-description">
              {description}
            </RadixDialog.Description>
          )}
          {children !== undefined && (
            <div className="kh-dialog__body" data-slot="dialog-body">
              {children}
            </div>
          )}
          {footer !== undefined && (
            <div className="kh-dialog__footer" data-slot="dialog-footer">
              {footer}
            </div>
          )}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** Wrap a button in this inside `children` or `footer` to close the dialog when pressed. */
export const DialogClose = RadixDialog.Close;
