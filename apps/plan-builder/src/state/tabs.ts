// Tabs of the builder (and of the other apps) on one origin talk over a BroadcastChannel: an
// editor says which plan it has open, so a second tab on the same plan is detected in both tabs,
// and says when it saved, so the other tab can take the new version or ask which to keep.

export type TabMessage =
  | { type: "hello"; tab: string; planId: string }
  | { type: "here"; tab: string; planId: string }
  | { type: "bye"; tab: string; planId: string }
  | { type: "saved"; tab: string; planId: string; revision: number }
  /** The plan was deleted: a tab that has it open closes it instead of saving it back. */
  | { type: "deleted"; tab: string; planId: string }
  | { type: "library-changed"; tab: string };

export const TAB_ID =
  typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : String(Math.random());
const CHANNEL = "kehoach-plan-builder";

export function openTabChannel(onMessage: (message: TabMessage) => void): {
  post: (message: TabMessage) => void;
  close: () => void;
} {
  if (typeof BroadcastChannel === "undefined") return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    if (event.data && event.data.tab !== TAB_ID) onMessage(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}

/** Tells the other tabs that a plan was deleted (and that the list of plans changed). */
export function announcePlanDeleted(planId: string): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: "deleted", tab: TAB_ID, planId } satisfies TabMessage);
  channel.postMessage({ type: "library-changed", tab: TAB_ID } satisfies TabMessage);
  channel.close();
}

/** Tells the other tabs that the list of plans changed (a plan saved, deleted or imported). */
export function announceLibraryChange(): void {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ type: "library-changed", tab: TAB_ID } satisfies TabMessage);
  channel.close();
}
