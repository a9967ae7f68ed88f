// The browser half of the site kit, one line in each app's entry, before anything else:
//
//   import "@kehoach/site-kit/browser";
//
// It tells the libraries what the site's Content-Security-Policy forbids (csp.ts, first), registers
// the site's service worker when the page belongs to an assembled site, and shows when the page
// is offline and still usable. Nothing here runs in Node; the build half is "@kehoach/site-kit"
// and "@kehoach/site-kit/vite".
import "./csp.js";
import "./offline.css";
import { startOffline } from "./offline-status.js";

export { applyStrictCsp, forbidEval, installConstructedStyles } from "./csp.js";
export {
  deferServiceWorker,
  MAX_SERVICE_WORKER_DEFERRAL_MS,
  mountOfflineStatus,
  OFFLINE_MESSAGES,
  OFFLINE_MESSAGES_EN,
  type OfflineStatus,
  startOffline,
} from "./offline-status.js";

if (typeof window !== "undefined" && typeof document !== "undefined") {
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", () => startOffline(window), { once: true });
  } else {
    startOffline(window);
  }
}
