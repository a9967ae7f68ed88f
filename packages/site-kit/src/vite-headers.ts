import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { headersWithHub } from "./hub-url.js";
import { responseHeaders, type SiteHeaders, siteHeadersFromNginx } from "./serve/nginx-headers.js";

// The site's response headers on every app's Vite servers, read from deploy/nginx.conf through the
// one reader (serve/nginx-headers.ts): an app's preview, and the browser tests that run against
// it, answer exactly as the deployed site does, so a policy violation shows up there first.

export type ServerKind = "dev" | "preview";

/** The headers of `<repo>/deploy/nginx.conf`, or null when the repository has none. */
export function readSiteHeaders(repoRoot: string): SiteHeaders | null {
  const file = join(repoRoot, "deploy", "nginx.conf");
  if (!existsSync(file)) return null;
  return siteHeadersFromNginx(readFileSync(file, "utf8"));
}

/**
 * What a Vite server sends for a path. The preview sends the site's headers unchanged. The dev
 * server sends them too, with two differences it needs to work at all: the Content-Security-Policy
 * goes as Content-Security-Policy-Report-Only (hot reload injects inline scripts and <style>
 * elements, which the policy forbids; the console still reports every violation), and no
 * Cache-Control from the site's map (dev modules change on every edit; Vite sets its own).
 */
export function viteServerHeaders(
  headers: SiteHeaders,
  path: string,
  basePath: string,
  kind: ServerKind,
  hubUrl?: string,
): Record<string, string> {
  // A site built with HUB_URL may also talk to the province hub (hub-url.ts).
  const all = headersWithHub(responseHeaders(headers, path, basePath), hubUrl);
  if (kind === "preview") return all;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(all)) {
    const lower = name.toLowerCase();
    if (lower === "cache-control") continue;
    out[lower === "content-security-policy" ? "Content-Security-Policy-Report-Only" : name] = value;
  }
  return out;
}

/** A connect middleware that sets those headers before Vite answers. */
export function siteHeadersMiddleware(
  headers: SiteHeaders,
  basePath: string,
  kind: ServerKind,
  hubUrl?: string,
) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    let path = "/";
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://site").pathname);
    } catch {
      // A malformed path still gets the site-wide headers.
    }
    for (const [name, value] of Object.entries(viteServerHeaders(headers, path, basePath, kind, hubUrl))) {
      res.setHeader(name, value);
    }
    next();
  };
}
