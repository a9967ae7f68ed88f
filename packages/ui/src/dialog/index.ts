export { ConfirmDialog, type ConfirmDialogProps } from "./ConfirmDialog.js";
export { Dialog, DialogClose, type DialogProps, type DialogSize } from "./Dialog.js";
