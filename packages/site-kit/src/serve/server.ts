import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { headersWithHub } from "../hub-url.js";
import { responseHeaders, type SiteHeaders } from "./nginx-headers.js";

// A small static server that behaves like deploy/nginx.conf for the assembled site: the same
// headers (read from that file), the site under its base path, a folder's index.html, and an app's
// page for a deep link inside the app. For trying a build locally and for the tests; production
// uses nginx (docs/deploying.md).

export interface SiteServerOptions {
  /** The assembled site (dist/site). */
  root: string;
  /** "/" or "/kehoach/", as built. */
  basePath: string;
  /** The app folders ("plan-builder", …), for deep links. */
  apps: string[];
  headers: SiteHeaders;
  /** The province hub the site was built with: its origin joins connect-src, as in docs/hub.md. */
  hubUrl?: string | undefined;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

export function createSiteServer(options: SiteServerOptions): Server {
  const root = normalize(options.root);
  const base = options.basePath;

  const send = (res: ServerResponse, status: number, path: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, {
      ...headersWithHub(responseHeaders(options.headers, path, base), options.hubUrl),
      ...extra,
    });
  };

  return createServer(async (req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://site").pathname);
    } catch {
      send(res, 400, "/", { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Địa chỉ không hợp lệ.");
      return;
    }
    if (!path.startsWith(base)) {
      if (`${path}/` === base || path === "/") {
        send(res, 302, path, { Location: base });
        res.end();
      } else {
        send(res, 404, path, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("Không tìm thấy trang.");
      }
      return;
    }
    const found = await resolveFile(root, path.slice(base.length), options.apps);
    if (found.kind === "redirect") {
      send(res, 301, path, { Location: `${path}/` });
      res.end();
      return;
    }
    if (found.kind === "missing") {
      send(res, 404, path, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Không tìm thấy trang.");
      return;
    }
    send(res, 200, path, {
      "Content-Type": TYPES[extname(found.file)] ?? "application/octet-stream",
      "Content-Length": String(found.size),
    });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    createReadStream(found.file).pipe(res);
  });
}

type Found = { kind: "file"; file: string; size: number } | { kind: "redirect" } | { kind: "missing" };

/** nginx's `try_files $uri $uri/ …` with the deep-link rule of deploy/nginx.conf. */
async function resolveFile(root: string, relative: string, apps: string[]): Promise<Found> {
  const candidate = normalize(join(root, relative));
  if (candidate !== root && !candidate.startsWith(root + sep)) return { kind: "missing" };
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return { kind: "file", file: candidate, size: info.size };
  if (info?.isDirectory()) {
    if (relative !== "" && !relative.endsWith("/")) return { kind: "redirect" };
    const index = join(candidate, "index.html");
    const indexInfo = await stat(index).catch(() => null);
    if (indexInfo?.isFile()) return { kind: "file", file: index, size: indexInfo.size };
  }
  const app = relative.split("/")[0];
  if (app && relative.includes("/") && apps.includes(app)) {
    const appIndex = join(root, app, "index.html");
    const appInfo = await stat(appIndex).catch(() => null);
    if (appInfo?.isFile()) return { kind: "file", file: appIndex, size: appInfo.size };
  }
  return { kind: "missing" };
}

/** Starts the server and resolves once it listens; `stop()` closes it and every open connection. */
export async function listen(
  server: Server,
  port: number,
  host = "127.0.0.1",
): Promise<{ url: string; stop: () => Promise<void> }> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
