import { z } from "zod";

// Every accommodation the site's Content-Security-Policy (deploy/nginx.conf: no eval, no inline
// script, no inline style) needs from the libraries of the apps, in one file. A page gets them
// from `import "@kehoach/site-kit/browser"`; a worker that builds zod schemas imports
// "@kehoach/site-kit/browser/csp" as its first line. Both must run before any schema module loads.

/**
 * 1. Zod 4 probes for eval (`new Function("")`) when it builds its first object schema, to compile
 *    faster parsers. Under the policy the probe fails quietly, but the browser still reports a
 *    violation. Saying up front that there is no eval skips the probe; the parsers are the ones
 *    zod uses under the policy anyway, so nothing gets slower. Node (the CLI, the tests) never
 *    loads this file and keeps the compiled parsers.
 */
export function forbidEval(): void {
  z.config({ jitless: true });
}

/**
 * 2. Radix's scroll lock (react-remove-scroll-bar, through react-style-singleton) writes its CSS
 *    into a new <style> element, which the policy blocks: the page behind a dialog could then
 *    scroll. That code takes the old `element.styleSheet.cssText` path when the element offers
 *    one; here it does, and the CSS goes into a constructed stylesheet adopted by the document
 *    (CSSOM, which the policy allows, as it comes from the site's own scripts). The element is
 *    inserted empty, and the policy allows exactly the empty <style> by its hash.
 */
const adopted = new WeakMap<HTMLStyleElement, CSSStyleSheet>();

export function installConstructedStyles(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view || !("adoptedStyleSheets" in doc) || typeof view.CSSStyleSheet !== "function") return false;
  const proto = view.HTMLStyleElement.prototype;
  if ("styleSheet" in proto) return false;
  Object.defineProperty(proto, "styleSheet", {
    configurable: true,
    get(this: HTMLStyleElement) {
      // Only an element being built by script (not in the page, still empty); any other <style>
      // keeps the standard behaviour.
      if (this.isConnected || this.textContent !== "") return undefined;
      const element = this;
      return {
        set cssText(css: string) {
          const sheet = new view.CSSStyleSheet();
          sheet.replaceSync(css);
          const previous = adopted.get(element);
          doc.adoptedStyleSheets = [...doc.adoptedStyleSheets.filter((s) => s !== previous), sheet];
          adopted.set(element, sheet);
        },
      };
    },
  });
  // When the library removes its element, its stylesheet goes too.
  new view.MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.removedNodes) {
        const sheet = adopted.get(node as HTMLStyleElement);
        if (!sheet || (node as HTMLStyleElement).isConnected) continue;
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        adopted.delete(node as HTMLStyleElement);
      }
    }
  }).observe(doc.head, { childList: true });
  return true;
}

/** Both, for a page (with its document) or a worker (zod only). Safe to call more than once. */
export function applyStrictCsp(): void {
  forbidEval();
  if (typeof document !== "undefined" && document.head) installConstructedStyles(document);
}

applyStrictCsp();
