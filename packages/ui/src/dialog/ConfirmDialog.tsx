import { type ReactNode, useState } from "react";
import { Button } from "../button/Button.js";
import { useMessages } from "../messages/context.js";
import { Dialog, DialogClose } from "./Dialog.js";
import "../internal/base.css";
import "../button/button.css";
import "./dialog.css";

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Runs on confirm. A promise keeps the dialog open and busy until it settles; a rejection
   * keeps it open and shows the error's message, so nothing is lost silently. */
  onConfirm: () => void | Promise<void>;
  confirmLabel?: string;
  cancelLabel?: string;
  /** "danger" for an action that deletes or cannot be undone. */
  tone?: "primary" | "danger";
}

export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  onConfirm,
  confirmLabel,
  cancelLabel,
  tone = "primary",
}: ConfirmDialogProps) {
  const messages = useMessages();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = (next: boolean) => {
    if (busy) return;
    if (!next) setError(null);
    onOpenChange(next);
  };
  const confirm = async () => {
    if (busy) return;
    setError(null);
    setBusy(true);
    try {
      await onConfirm();
      setBusy(false);
      onOpenChange(false);
    } catch (reason) {
      setBusy(false);
      setError(reason instanceof Error ? reason.message : String(reason));
    }
  };
  return (
    <Dialog
      open={open}
      onOpenChange={change}
      title={title}
      description={description}
      role="alertdialog"
      size="sm"
      showCloseButton={false}
      dismissOnOutsideClick={false}
      footer={
        <>
          <DialogClose asChild>
            <Button variant="secondary" disabled={busy}>
              {cancelLabel ?? messages.confirmDialog.cancel}
            </Button>
          </DialogClose>
          <Button
            variant={tone}
            onClick={confirm}
            aria-disabled={busy || undefined}
            data-busy={busy || undefined}
          >
            {busy ? messages.confirmDialog.working : (confirmLabel ?? messages.confirmDialog.confirm)}
          </Button>
        </>
      }
    >
      {children}
      {error !== null && (
        <p className="kh-dialog__error" role="alert">
          {messages.common.errorPrefix} {error}
        </p>
      )}
    </Dialog>
  );
}
