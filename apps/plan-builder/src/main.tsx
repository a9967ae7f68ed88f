import "@kehoach/ui/tokens.css";
import { deferServiceWorker } from "@kehoach/site-kit/browser";
import "./app.css";
import { firstLoad, opensEditor } from "./preview/first-preview.js";
import { loadEditor } from "./preview/load-editor.js";
import { parseRoute } from "./routing/hash-route.js";

// The site's service worker downloads the whole site for offline use: after the first load (on
// the editor, its first preview page), so that it does not compete with it.
deferServiceWorker(firstLoad());

// The app is loaded only after @kehoach/site-kit/browser has run: it tells zod that the site's
// CSP forbids eval, and the plan schemas, built as their module loads, would otherwise probe for
// it. (The page fetches the app's code from the start all the same: vite.config.ts preloads it.)
void import("./boot.js");
// Opening a plan, the editor's code is fetched beside the app's, not after it, and then its
// document worker starts (and the sample is fetched, when it is the sample that is opened).
if (opensEditor(window.location.hash)) void loadEditor().catch(() => {});
if (parseRoute(window.location.hash).screen === "sample") void import("@kehoach/plan-model/sample");
