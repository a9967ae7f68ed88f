import "../internal/base.css";
import "../button/button.css";
import "./dialog.css";

export { ConfirmDialog, type ConfirmDialogProps } from "./ConfirmDialog.js";
export { Dialog, DialogClose, type DialogProps, type DialogSize } from "./Dialog.js";
