import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, tempDir, writeTree } from "../test-support/fixtures.js";
import { headersFor, parseNginxConfig, type SiteHeaders, siteHeadersFromNginx } from "./nginx-headers.js";
import { createSiteServer, listen } from "./server.js";

// The deployment guide's nginx file is the one source of the site's security headers: the local
// server and the browser tests read it, so what is tested is what is deployed.

const nginxConf = () => readFile(join(repoRoot, "deploy", "nginx.conf"), "utf8");

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe("deploy/nginx.conf", () => {
  it("sends a Content-Security-Policy with no inline or eval'd script and no inline style", async () => {
    const { fixed } = siteHeadersFromNginx(await nginxConf());
    const csp = directives(fixed["Content-Security-Policy"] ?? "");
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'"]);
    // The only inline style allowed is the empty one (the scroll lock's element; see browser/csp.ts).
    const empty = createHash("sha256").update("").digest("base64");
    expect(csp.get("style-src")).toEqual(["'self'", `'sha256-${empty}'`]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
  });

  it("sends the other security headers on every response", async () => {
    const { fixed } = siteHeadersFromNginx(await nginxConf());
    expect(fixed).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cross-Origin-Opener-Policy": "same-origin",
      "X-Frame-Options": "DENY",
    });
    expect(fixed["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
  });

  it("lets only Storybook run inline scripts, and keeps the other headers there", async () => {
    const headers = siteHeadersFromNginx(await nginxConf());
    const storybook = headersFor(headers, "/storybook/iframe.html").fixed;
    expect(directives(storybook["Content-Security-Policy"] ?? "").get("script-src")).toEqual([
      "'self'",
      "'unsafe-inline'",
    ]);
    expect(storybook["X-Content-Type-Options"]).toBe("nosniff");
    expect(headersFor(headers, "/plan-builder/").fixed).toBe(headers.fixed);
  });

  it("caches hashed build files for a year and makes pages and sw.js revalidate", async () => {
    const { mapped } = siteHeadersFromNginx(await nginxConf());
    const cache = mapped["Cache-Control"];
    expect(cache?.("/plan-builder/assets/index-AbCdEf12.js")).toBe("public, max-age=31536000, immutable");
    expect(cache?.("/sw.js")).toBe("no-cache");
    expect(cache?.("/plan-builder/index.html")).toBe("no-cache");
  });
});

describe("reading nginx configuration", () => {
  it("keeps quoted values whole and skips comments", () => {
    const parsed = parseNginxConfig(`# a comment
      server { root /x; add_header A "one; two" always; # trailing
        location / { try_files $uri =404; } }`);
    expect(parsed[0]?.children?.[1]).toEqual({ name: "add_header", args: ["A", "one; two", "always"] });
  });

  it("gives a location with add_header of its own only its own headers, as nginx does", () => {
    const headers = siteHeadersFromNginx(
      `server { root /x; add_header A "1"; location / { try_files $uri =404; } location /sb/ { add_header B "2"; } }`,
    );
    expect(headersFor(headers, "/app/").fixed).toEqual({ A: "1" });
    expect(headersFor(headers, "/sb/iframe.html").fixed).toEqual({ B: "2" });
  });

  it("refuses add_header in a regex location, whose paths it cannot tell", () => {
    expect(() =>
      siteHeadersFromNginx(`server { root /x; add_header A "1"; location ~ ^/(a|b)/ { add_header B "2"; } }`),
    ).toThrow(/location ~ \^\/\(a\|b\)\/ dùng add_header/);
  });

  it("refuses a header that names a map the file does not define", () => {
    expect(() => siteHeadersFromNginx(`server { root /x; add_header Cache-Control $nothing; }`)).toThrow(
      /không có map \$uri \$nothing/,
    );
  });

  it("reports an unclosed block", () => {
    expect(() => parseNginxConfig("server { root /x;")).not.toThrow();
    expect(() => parseNginxConfig("server { root /x }")).toThrow(/thiếu ";"/);
  });
});

describe("the local server", () => {
  let url: string;
  let stop: () => Promise<void>;
  let headers: SiteHeaders;

  beforeAll(async () => {
    const root = await writeTree(await tempDir("serve"), {
      "index.html": "<h1>trang đầu</h1>",
      "plan-builder/index.html": "<h1>soạn kế hoạch</h1>",
      "plan-builder/assets/index-AbCdEf12.js": "export {}",
      "secret.txt": "x",
      "storybook/index.html": "<h1>storybook</h1>",
    });
    headers = siteHeadersFromNginx(await nginxConf());
    const server = createSiteServer({ root, basePath: "/kehoach/", apps: ["plan-builder"], headers });
    ({ url, stop } = await listen(server, 0));
  });
  afterAll(() => stop());

  it("serves the site under its base path with the headers of deploy/nginx.conf", async () => {
    const response = await fetch(`${url}/kehoach/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<h1>trang đầu</h1>");
    expect(response.headers.get("content-security-policy")).toBe(headers.fixed["Content-Security-Policy"]);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  it("sends / to the base path and a folder without its slash to the folder", async () => {
    const root = await fetch(`${url}/`, { redirect: "manual" });
    expect([root.status, root.headers.get("location")]).toEqual([302, "/kehoach/"]);
    const folder = await fetch(`${url}/kehoach/plan-builder`, { redirect: "manual" });
    expect([folder.status, folder.headers.get("location")]).toEqual([301, "/kehoach/plan-builder/"]);
  });

  it("opens the app's page for a deep link and caches hashed assets for a year", async () => {
    expect(await (await fetch(`${url}/kehoach/plan-builder/ke-hoach/123`)).text()).toBe(
      "<h1>soạn kế hoạch</h1>",
    );
    const asset = await fetch(`${url}/kehoach/plan-builder/assets/index-AbCdEf12.js`);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  });

  it("applies the Storybook location inside the base path, as the guide's sub-path variant does", async () => {
    const storybook = await fetch(`${url}/kehoach/storybook/`);
    expect(storybook.headers.get("content-security-policy")).toContain("script-src 'self' 'unsafe-inline'");
    expect(storybook.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    const app = await fetch(`${url}/kehoach/plan-builder/`);
    expect(app.headers.get("content-security-policy")).toBe(headers.fixed["Content-Security-Policy"]);
  });

  it("answers 404, with the headers, outside the site and for missing files", async () => {
    for (const path of ["/other/", "/kehoach/missing.js", "/kehoach/%2e%2e/%2e%2e/etc/passwd"]) {
      const response = await fetch(`${url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
});
