import { useEffect, useState } from "react";

// Routes live in the hash ("#/ke-hoach/<id>"), so the app works from any folder it is deployed
// in (BASE_PATH) and from a static host that knows nothing about client-side routes.

export type Route =
  | { screen: "library" }
  | { screen: "editor"; planId: string }
  | { screen: "import-text" }
  | { screen: "sample" }
  | { screen: "not-found"; hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "");
  if (path === "" || path === "/") return { screen: "library" };
  const editor = /^\/ke-hoach\/([^/]+)$/.exec(path);
  if (editor?.[1]) return { screen: "editor", planId: decodeURIComponent(editor[1]) };
  if (path === "/nhap-van-ban") return { screen: "import-text" };
  if (path === "/mau") return { screen: "sample" };
  return { screen: "not-found", hash: path };
}

export function editorHref(planId: string): string {
  return `#/ke-hoach/${encodeURIComponent(planId)}`;
}

export const LIBRARY_HREF = "#/";
export const IMPORT_TEXT_HREF = "#/nhap-van-ban";
/** Opens the sample plan (stored on first use). */
export const SAMPLE_HREF = "#/mau";

export function navigate(href: string): void {
  if (window.location.hash === href) return;
  window.location.hash = href;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return route;
}
