import "@kehoach/ui/tokens.css";
import "@kehoach/site-kit/browser";
import "./app.css";

// The app is loaded only after @kehoach/site-kit/browser has run: it tells zod that the site's
// CSP forbids eval, and the schemas, built as their modules load, would otherwise probe for it
// (a static import can be bundled into a chunk that runs before this one's body).
void import("./boot.js");
