import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { build, createServer, preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteHeadersFromNginx } from "./serve/nginx-headers.js";
import { repoRoot, repoWithLocalities, writeTree } from "./test-support/fixtures.js";
import { kehoachSite, siteAppLinks } from "./vite.js";
import { viteServerHeaders } from "./vite-headers.js";

// Every app's dev and preview servers answer with the headers of deploy/nginx.conf, read by the
// one reader, and the site's app list reaches the page through virtual:kehoach/site.

const nginx = () => readFile(join(repoRoot, "deploy", "nginx.conf"), "utf8");

describe("the site's headers on an app's Vite servers", () => {
  it("are the site's own on the preview, Cache-Control included", async () => {
    const headers = siteHeadersFromNginx(await nginx());
    const page = viteServerHeaders(headers, "/kehoach/plan-builder/", "/kehoach/", "preview");
    expect(page["Content-Security-Policy"]).toBe(headers.fixed["Content-Security-Policy"]);
    expect(page["X-Frame-Options"]).toBe("DENY");
    expect(page["Cache-Control"]).toBe("no-cache");
    const asset = viteServerHeaders(headers, "/kehoach/plan-builder/assets/a-1.js", "/kehoach/", "preview");
    expect(asset["Cache-Control"]).toBe("public, max-age=31536000, immutable");
  });

  it("report the policy without enforcing it on the dev server, whose hot reload needs inline code", async () => {
    const headers = siteHeadersFromNginx(await nginx());
    const dev = viteServerHeaders(headers, "/plan-builder/src/App.tsx", "/", "dev");
    expect(dev["Content-Security-Policy"]).toBeUndefined();
    expect(dev["Content-Security-Policy-Report-Only"]).toBe(headers.fixed["Content-Security-Policy"]);
    expect(dev["Cache-Control"]).toBeUndefined();
    expect(dev["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("the site's apps for the shell", () => {
  it("lists the apps in the order of the work, whatever their folders' order", () => {
    const links = siteAppLinks(
      ["report-generator", "matrix-viewer", "plan-builder"].map((sitePath) => ({
        sitePath,
        summary: "Tóm tắt",
        summaryEn: "Summary",
      })),
      "/",
    );
    expect(links.map((l) => [l.id, l.summaryEn])).toEqual([
      ["plan-builder", "Summary"],
      ["matrix-viewer", "Summary"],
      ["report-generator", "Summary"],
    ]);
  });

  it("lists every app but the landing page, under the base path, in both languages", () => {
    const links = siteAppLinks(
      [
        { sitePath: "", title: "Trang đầu" },
        { sitePath: "plan-builder", title: "Soạn kế hoạch", titleEn: "Plan builder" },
        { sitePath: "new-app", title: "Ứng dụng mới" },
      ],
      "/kehoach/",
    );
    expect(links).toEqual([
      {
        id: "plan-builder",
        href: "/kehoach/plan-builder/",
        title: "Soạn kế hoạch",
        titleEn: "Plan builder",
        summary: "",
        summaryEn: "",
      },
      {
        id: "new-app",
        href: "/kehoach/new-app/",
        title: "Ứng dụng mới",
        titleEn: "Ứng dụng mới",
        summary: "",
        summaryEn: "",
      },
    ]);
  });
});

describe("an app built and previewed with the plugin", { timeout: 60_000 }, () => {
  let scratch: string;
  let server: Awaited<ReturnType<typeof preview>>;
  let base: string;

  beforeAll(async () => {
    scratch = await repoWithLocalities("kim-lien");
    await writeTree(scratch, {
      "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
      "deploy/nginx.conf": await nginx(),
      "apps/landing/package.json": JSON.stringify({ name: "landing", kehoach: { sitePath: "" } }),
      "apps/tasks/package.json": JSON.stringify({
        name: "tasks",
        kehoach: { sitePath: "tasks", title: "Nhiệm vụ", titleEn: "Tasks" },
      }),
      "apps/tasks/index.html":
        '<!doctype html><html lang="vi"><body><script type="module" src="./main.js"></script></body></html>',
      "apps/tasks/main.js":
        'import site from "virtual:kehoach/site";\ndocument.body.dataset.apps = JSON.stringify(site.apps);\n',
    });
    const root = join(scratch, "apps", "tasks");
    const config = {
      root,
      configFile: false as const,
      logLevel: "silent" as const,
      plugins: [kehoachSite({ app: "tasks" })],
      preview: { host: "127.0.0.1", port: 0 },
    };
    await build(config);
    server = await preview(config);
    base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/tasks/`;
  });

  afterAll(async () => {
    await server?.close();
  });

  it("serves the page with the site's Content-Security-Policy and security headers", async () => {
    const response = await fetch(base);
    expect(response.status).toBe(200);
    const expected = siteHeadersFromNginx(await nginx()).fixed;
    expect(response.headers.get("content-security-policy")).toBe(expected["Content-Security-Policy"]);
    expect(response.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(response.headers.get("cache-control")).toBe("no-cache");
  });

  it("bundles the app list the shell shows", async () => {
    const html = await (await fetch(base)).text();
    const script = /src="([^"]+\.js)"/.exec(html)?.[1];
    const code = await (await fetch(new URL(script as string, base))).text();
    expect(code).toContain("/tasks/");
    expect(code).toContain("Nhiệm vụ");
    expect(code).toContain("Tasks");
    const asset = await fetch(new URL(script as string, base));
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("gives the dev server the same headers, with the policy reported rather than enforced", async () => {
    const dev = await createServer({
      root: join(scratch, "apps", "tasks"),
      configFile: false,
      logLevel: "silent",
      plugins: [kehoachSite({ app: "tasks" })],
      server: { host: "127.0.0.1", port: 0, ws: false },
    });
    await dev.listen();
    try {
      const address = dev.httpServer?.address() as AddressInfo | null | undefined;
      if (!address) throw new Error("the dev server did not listen");
      const port = address.port;
      const response = await fetch(`http://127.0.0.1:${port}/tasks/`);
      expect(response.headers.get("content-security-policy-report-only")).toContain("script-src 'self'");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    } finally {
      await dev.close();
    }
  });
});
