import { parseRoute } from "../routing/hash-route.js";

// The end of the editor's first load: the first page of its first preview is on screen, or the
// preview could not be made. The site's service worker waits for it (deferServiceWorker of
// @kehoach/site-kit/browser) before it downloads the whole site for offline use, which would
// otherwise compete with the editor and the PDF engine for the network and the CPU.

let settle: () => void = () => {};
const settled = new Promise<void>((resolve) => {
  settle = resolve;
});

/** Called by the preview when its first page is shown, or when it cannot show one. */
export function firstPreviewSettled(): void {
  settle();
}

/** Whether the page opens on the editor: a plan's address, or the sample's, which opens it. */
export function opensEditor(hash: string): boolean {
  const screen = parseRoute(hash).screen;
  return screen === "editor" || screen === "sample";
}

/**
 * What the page's first load is: on the editor (or the sample, which opens it), until the first
 * preview page; on another screen, nothing more than the page itself. Leaving the editor before
 * the preview came ends it too.
 */
export function firstLoad(win: Window = window): Promise<void> {
  if (!opensEditor(win.location.hash)) return Promise.resolve();
  const left = () => {
    if (!opensEditor(win.location.hash)) settle();
  };
  win.addEventListener("hashchange", left);
  return settled.finally(() => win.removeEventListener("hashchange", left));
}
