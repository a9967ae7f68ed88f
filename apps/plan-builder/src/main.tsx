import "@kehoach/ui/tokens.css";
import "@kehoach/site-kit/browser";
import "./app.css";

// The app is loaded only after the line above has run: it tells zod that the site's CSP forbids
// eval, and the plan schemas, built as their module loads, would otherwise probe for it.
void import("./boot.js");
