// `import "@kehoach/site-kit/offline";` in an app's entry: the site's service worker is registered
// (when the page belongs to an assembled site), the page says when it is offline and still usable,
// and the libraries are told what the site's Content-Security-Policy forbids (strict-csp.ts).
import "./strict-csp.js";
import "./offline.css";
import { startOffline } from "./status.js";

export { mountOfflineStatus, OFFLINE_MESSAGES, type OfflineStatus, startOffline } from "./status.js";

if (typeof window !== "undefined" && typeof document !== "undefined") {
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", () => startOffline(window), { once: true });
  } else {
    startOffline(window);
  }
}
