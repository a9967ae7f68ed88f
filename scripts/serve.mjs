#!/usr/bin/env node
// Serves the assembled site (dist/site) on 127.0.0.1 with the same security headers the
// deployment guide asks of nginx. For trying the toolkit locally, not for production.
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "site");
const host = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? 4173);

const TYPES = {
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
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

const SECURITY_HEADERS = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
};

async function resolveFile(urlPath) {
  const decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, "index.html");
    if (await stat(index).catch(() => null)) return index;
  }
  // A deep link inside an app (/plan-builder/anything) opens that app's page.
  const app = decoded.split("/").filter(Boolean)[0];
  if (app && !extname(decoded)) {
    const appIndex = join(root, app, "index.html");
    if (await stat(appIndex).catch(() => null)) return appIndex;
  }
  return null;
}

const server = createServer(async (req, res) => {
  try {
    const file = await resolveFile(req.url ?? "/");
    if (!file) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", ...SECURITY_HEADERS });
      res.end("Không tìm thấy trang.");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const immutable = /[.-][A-Za-z0-9_-]{8,}\.(js|css|ttf|woff2|png|svg)$/.test(file);
    res.writeHead(200, {
      "Content-Type": type,
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      ...SECURITY_HEADERS,
    });
    createReadStream(file).pipe(res);
  } catch (error) {
    res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end(`Lỗi máy chủ: ${error instanceof Error ? error.message : String(error)}`);
  }
});

server.listen(port, host, async () => {
  console.log(`Kế hoạch Kit đang chạy tại http://${host}:${port}/`);
  const entries = await readdir(root, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.isDirectory() && (await stat(join(root, entry.name, "index.html")).catch(() => null))) {
      console.log(`  http://${host}:${port}/${entry.name}/`);
    }
  }
  console.log("Nhấn Ctrl+C để dừng.");
});
