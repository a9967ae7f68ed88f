// Why the browser did not store something, in the words the app shows: never the browser's own
// message ("QuotaExceededError", "The transaction was aborted"), which means nothing to an official.

export type WriteFailure =
  /** The origin's storage quota is full (QuotaExceededError). */
  | { kind: "quota" }
  /** plan-store refused the plan itself; `detail` is its Vietnamese reason, naming the field. */
  | { kind: "invalid"; detail: string }
  /** Any other refusal of IndexedDB (private window, storage switched off, a broken database). */
  | { kind: "unavailable" };

export function describeWriteError(error: unknown): WriteFailure {
  const name = typeof error === "object" && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === "QuotaExceededError") return { kind: "quota" };
  // A DOMException is the browser's; a plain Error with a message is plan-store's validation.
  const fromBrowser = typeof DOMException !== "undefined" && error instanceof DOMException;
  if (!fromBrowser && error instanceof Error && error.message.trim() !== "")
    return { kind: "invalid", detail: error.message };
  return { kind: "unavailable" };
}

/** Seconds before the n-th retry of a refused autosave (0-based): soon first, then less often. */
export function retryDelayMs(attempt: number): number {
  const steps = [2_000, 5_000, 10_000, 20_000, 30_000];
  return steps[Math.min(attempt, steps.length - 1)] as number;
}
