// Whether the editor shows the document beside the plan: on by default, turned off with the
// toolbar's "Xem trước" (remembered in this browser) or for one page with ?xem-truoc=tat. The
// editor reads it for its toolbar; the app reads it before the editor has loaded, to start pdf.js
// only when a preview will be drawn.

const KEY = "plan-builder:preview";

export function previewChosen(): boolean {
  if (new URLSearchParams(window.location.search).get("xem-truoc") === "tat") return false;
  try {
    return localStorage.getItem(KEY) !== "off";
  } catch {
    return true;
  }
}

export function rememberPreviewChoice(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? "on" : "off");
  } catch {
    // The choice then lasts for this page only.
  }
}
