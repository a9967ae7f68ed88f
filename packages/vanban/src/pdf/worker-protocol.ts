import type { FontSet } from "../fonts/font-set.js";
import type { VanBan } from "../model.js";
import type { LayoutProfile } from "../profile.js";

// The messages between a page and a PDF worker. Fonts cross once (the worker keeps them, and
// with them its parsed-font cache); each render sends a document and gets the PDF bytes back,
// their buffer transferred rather than copied.

export type PdfWorkerRequest =
  | { type: "fonts"; fonts: FontSet }
  | {
      type: "render";
      id: number;
      doc: VanBan;
      profile?: LayoutProfile | undefined;
      /** Issuing rather than a draft (RenderPdfOptions.issuing). */
      issuing?: boolean | undefined;
    };

export interface PdfWorkerError {
  /** "ProfileError", "VanBanError" or another error's name. */
  name: string;
  /** Vietnamese message, ready to show. */
  message: string;
  /** The problems of a ProfileError or VanBanError, as plain data. */
  problems?: unknown[];
}

export type PdfWorkerResponse =
  | { type: "rendered"; id: number; bytes: Uint8Array }
  | { type: "failed"; id: number; error: PdfWorkerError };

/** The part of a Worker, a worker's global scope or a MessagePort that the protocol uses. */
export interface MessageEndpoint {
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  removeEventListener?(type: "message", listener: (event: { data: unknown }) => void): void;
  /** MessagePorts deliver only after start(). */
  start?(): void;
}
