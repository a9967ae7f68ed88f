import site from "virtual:kehoach/site";
import { startSiteHub } from "@kehoach/hub/browser";
import { ToastProvider } from "@kehoach/ui/toast";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { TextProvider } from "./i18n/context.js";

// With a province hub and a connection this browser remembers, the plans and the log are the
// unit's replicated copy from here on (plan-store's sources); without one, nothing changes.
await startSiteHub({ hubUrl: site.hubUrl, kind: "unit" });

const root = document.getElementById("root");
if (!root) throw new Error("Thiếu phần tử #root trong index.html");
createRoot(root).render(
  <StrictMode>
    <TextProvider>
      <ToastProvider>
        <App />
      </ToastProvider>
    </TextProvider>
  </StrictMode>,
);
