import site from "virtual:kehoach/site";
import { startSiteHub } from "@kehoach/hub/browser";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { TextProvider } from "./i18n/context.js";

// The province's reader works on a local copy of the roll-up, opened before the first render.
const started = await startSiteHub({ hubUrl: site.hubUrl, kind: "province" });

const root = document.getElementById("root");
if (!root) throw new Error("Thiếu phần tử #root trong index.html");
createRoot(root).render(
  <StrictMode>
    <TextProvider>
      <App hub={started.hub} startError={started.error} />
    </TextProvider>
  </StrictMode>,
);
