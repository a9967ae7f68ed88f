import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { siteHeadersFromNginx } from "../src/serve/nginx-headers.js";
import { createSiteServer, listen } from "../src/serve/server.js";
import { repoRoot } from "./sites.js";

/** Serves a built site with exactly the headers of deploy/nginx.conf. */
export async function serveSite(dir: string, port: number) {
  const record = JSON.parse(await readFile(join(dir, "kehoach-site.json"), "utf8")) as {
    basePath: string;
    apps: string[];
  };
  const headers = siteHeadersFromNginx(await readFile(join(repoRoot, "deploy", "nginx.conf"), "utf8"));
  const server = createSiteServer({ root: dir, basePath: record.basePath, apps: record.apps, headers });
  const { url, stop } = await listen(server, port);
  return { origin: url, base: `${url}${record.basePath}`, apps: record.apps, headers, stop };
}
