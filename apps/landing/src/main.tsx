// The landing page: what the toolkit is and the site's apps, in the same frame as every app (the
// locality's banner and header, the one language switch, where the data lives, backup and restore).
import "@kehoach/ui/tokens.css";
import "@kehoach/site-kit/browser";
import "./landing.css";
import site from "virtual:kehoach/site";
import { SHELL_TEXT } from "@kehoach/site-kit/browser/shell";
import { AppTextProvider } from "@kehoach/ui/messages";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Landing } from "./Landing.js";

const root = document.getElementById("root");
if (!root) throw new Error("Thiếu phần tử #root trong index.html");
createRoot(root).render(
  <StrictMode>
    <AppTextProvider catalogue={SHELL_TEXT}>
      <Landing site={site} />
    </AppTextProvider>
  </StrictMode>,
);
