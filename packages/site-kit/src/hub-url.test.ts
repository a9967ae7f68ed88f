import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { build, preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HubUrlError, headersWithHub, parseHubUrl, policyWithHub } from "./hub-url.js";
import { siteHeadersFromNginx } from "./serve/nginx-headers.js";
import { createSiteServer, listen } from "./serve/server.js";
import { repoRoot, repoWithLocalities, tempDir, writeTree } from "./test-support/fixtures.js";
import { kehoachSite } from "./vite.js";
import { viteServerHeaders } from "./vite-headers.js";

// HUB_URL at build time is the only thing that lets the site's pages talk to anything but their
// own origin, and only to the hub's origin: checked on the policy of deploy/nginx.conf itself.

const nginx = async () =>
  siteHeadersFromNginx(await readFile(join(repoRoot, "deploy", "nginx.conf"), "utf8"));
const connectSrc = (policy: string | undefined) =>
  (policy ?? "")
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find((words) => words[0] === "connect-src")
    ?.slice(1);

describe("HUB_URL", () => {
  it("is the hub's address without a trailing slash, or nothing when unset or blank", () => {
    expect(parseHubUrl("https://hub.nghean.gov.vn/")).toBe("https://hub.nghean.gov.vn");
    expect(parseHubUrl(" https://ke-hoach.nghean.gov.vn/couchdb// ")).toBe(
      "https://ke-hoach.nghean.gov.vn/couchdb",
    );
    expect(parseHubUrl("http://127.0.0.1:5984")).toBe("http://127.0.0.1:5984");
    expect(parseHubUrl(undefined)).toBeUndefined();
    expect(parseHubUrl("  ")).toBeUndefined();
  });

  it("refuses a password, another scheme, a query or a non-address, saying why in Vietnamese", () => {
    expect(() => parseHubUrl("https://admin:secret@hub.nghean.gov.vn")).toThrow(
      /không đưa bí mật vào trang tĩnh/,
    );
    expect(() => parseHubUrl("ftp://hub.nghean.gov.vn")).toThrow(/phải dùng https/);
    expect(() => parseHubUrl("https://hub.nghean.gov.vn/?db=x")).toThrow(HubUrlError);
    expect(() => parseHubUrl("hub.nghean.gov.vn")).toThrow(/không phải một địa chỉ/);
  });
});

describe("the site's policy with a hub", () => {
  it("adds only the hub's origin to connect-src, and leaves every other directive as deployed", async () => {
    const policy = (await nginx()).fixed["Content-Security-Policy"] as string;
    const withHub = policyWithHub(policy, "https://hub.nghean.gov.vn/couchdb");
    expect(connectSrc(policy)).toEqual(["'self'"]);
    expect(connectSrc(withHub)).toEqual(["'self'", "https://hub.nghean.gov.vn"]);
    const others = (p: string) =>
      p
        .split(";")
        .map((d) => d.trim())
        .filter((d) => !d.startsWith("connect-src"));
    expect(others(withHub)).toEqual(others(policy));
    expect(policyWithHub(withHub, "https://hub.nghean.gov.vn")).toBe(withHub);
    expect(policyWithHub(policy, undefined)).toBe(policy);
  });

  it("gives a policy without connect-src one that keeps 'self' (default-src no longer governs it)", () => {
    expect(policyWithHub("default-src 'self'; object-src 'none'", "https://hub.example.gov.vn")).toBe(
      "default-src 'self'; object-src 'none'; connect-src 'self' https://hub.example.gov.vn",
    );
    expect(policyWithHub("connect-src 'none'", "https://hub.example.gov.vn")).toBe(
      "connect-src https://hub.example.gov.vn",
    );
  });

  it("reaches an app's preview and dev servers, enforced and report-only alike", async () => {
    const headers = await nginx();
    const hub = "https://hub.nghean.gov.vn";
    const preview = viteServerHeaders(headers, "/report-generator/", "/", "preview", hub);
    expect(connectSrc(preview["Content-Security-Policy"])).toEqual(["'self'", hub]);
    const dev = viteServerHeaders(headers, "/report-generator/", "/", "dev", hub);
    expect(connectSrc(dev["Content-Security-Policy-Report-Only"])).toEqual(["'self'", hub]);
    const without = viteServerHeaders(headers, "/report-generator/", "/", "preview");
    expect(connectSrc(without["Content-Security-Policy"])).toEqual(["'self'"]);
    expect(headersWithHub({ "X-Frame-Options": "DENY" }, hub)).toEqual({ "X-Frame-Options": "DENY" });
  });

  describe("on the local server of an assembled site built with HUB_URL", () => {
    let url = "";
    let stop: () => Promise<void> = async () => undefined;
    beforeAll(async () => {
      const root = await tempDir("kehoach-hub-url-");
      await writeTree(root, { "index.html": "<h1>trang đầu</h1>" });
      const server = createSiteServer({
        root,
        basePath: "/",
        apps: [],
        headers: await nginx(),
        hubUrl: "https://hub.nghean.gov.vn",
      });
      ({ url, stop } = await listen(server, 0));
    });
    afterAll(() => stop());

    it("names the hub in connect-src", async () => {
      const response = await fetch(`${url}/`);
      expect(connectSrc(response.headers.get("content-security-policy") ?? "")).toEqual([
        "'self'",
        "https://hub.nghean.gov.vn",
      ]);
    });
  });
});

describe("an app built with a hub", { timeout: 60_000 }, () => {
  let server: Awaited<ReturnType<typeof preview>>;
  let base = "";
  const hub = "https://hub.nghean.gov.vn";

  beforeAll(async () => {
    const scratch = await repoWithLocalities("kim-lien");
    await writeTree(scratch, {
      "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
      "deploy/nginx.conf": await readFile(join(repoRoot, "deploy", "nginx.conf"), "utf8"),
      "apps/landing/package.json": JSON.stringify({ name: "landing", kehoach: { sitePath: "" } }),
      "apps/sync/package.json": JSON.stringify({ name: "sync", kehoach: { sitePath: "sync" } }),
      "apps/sync/index.html":
        '<!doctype html><html lang="vi"><body><script type="module" src="./main.js"></script></body></html>',
      "apps/sync/main.js":
        'import site from "virtual:kehoach/site";\ndocument.body.dataset.hub = String(site.hubUrl);\n',
    });
    const config = {
      root: join(scratch, "apps", "sync"),
      configFile: false as const,
      logLevel: "silent" as const,
      plugins: [kehoachSite({ app: "sync", hubUrl: `${hub}/` })],
      preview: { host: "127.0.0.1", port: 0 },
    };
    await build(config);
    server = await preview(config);
    base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/sync/`;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("knows the hub's address and may connect to its origin, and to nothing else", async () => {
    const response = await fetch(base);
    expect(connectSrc(response.headers.get("content-security-policy") ?? "")).toEqual(["'self'", hub]);
    const script = /src="([^"]+\.js)"/.exec(await response.text())?.[1];
    const code = await (await fetch(new URL(script as string, base))).text();
    // The minifier may quote it any way; the address itself is what must be there.
    expect(code).toMatch(new RegExp(`hubUrl:[\`"']${hub.replaceAll(".", "\\.")}[\`"']`));
  });
});
