import "@kehoach/ui/tokens.css";
import "@kehoach/site-kit/browser";
import "@kehoach/vanban/html/preview.css";
import "./app.css";
import { ToastProvider } from "@kehoach/ui/toast";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { TextProvider } from "./i18n/context.js";

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
