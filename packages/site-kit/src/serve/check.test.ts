import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SiteRecord } from "../site/assemble.js";
import { repoRoot, tempDir, writeTree } from "../test-support/fixtures.js";
import { checkSite, pagesOf } from "./check.js";
import { siteHeadersFromNginx } from "./nginx-headers.js";
import { createSiteServer, listen } from "./server.js";

// `pnpm start --check` must fail on a site a person could not use: a page or a file it loads
// missing. The check opens the same first pages a person would.

const record: SiteRecord = {
  slug: "kim-lien",
  basePath: "/",
  version: "1",
  apps: ["plan-builder", "matrix-viewer"],
  storybook: false,
  precachedFiles: 0,
  precachedBytes: 0,
};

const page = (script: string) =>
  `<!doctype html><html lang="vi"><head><script type="module" src="${script}"></script></head><body><div id="root"></div></body></html>`;

async function served(files: Record<string, string>) {
  const root = await tempDir("check-");
  await writeTree(root, files);
  const headers = siteHeadersFromNginx(await readFile(join(repoRoot, "deploy", "nginx.conf"), "utf8"));
  const server = createSiteServer({ root, basePath: "/", apps: record.apps, headers });
  return listen(server, 0);
}

const complete = {
  "index.html": page("./assets/landing.js"),
  "assets/landing.js": "console.log(1)",
  "plan-builder/index.html": page("./assets/app.js"),
  "plan-builder/assets/app.js": "console.log(2)",
  "matrix-viewer/index.html": page("./assets/app.js"),
  "matrix-viewer/assets/app.js": "console.log(3)",
};

describe("the run command's check", () => {
  it("opens the landing page, every app and the sample plan, with the files they load", async () => {
    const { url, stop } = await served(complete);
    try {
      const result = await checkSite(record, url);
      expect(result.problems).toEqual([]);
      expect(result.pages.map((p) => p.label)).toEqual([
        "trang đầu",
        "plan-builder",
        "matrix-viewer",
        "kế hoạch mẫu",
      ]);
      expect(pagesOf(record, url).at(-1)?.url).toBe(`${url}/plan-builder/#/mau`);
    } finally {
      await stop();
    }
  });

  it("fails on a missing script, naming its address", async () => {
    const { "matrix-viewer/assets/app.js": _, ...broken } = complete;
    const { url, stop } = await served(broken);
    try {
      const result = await checkSite(record, url);
      expect(result.problems).toEqual([
        `Tệp của trang matrix-viewer ${url}/matrix-viewer/assets/app.js: không có trong bản dựng (máy chủ trả trang HTML thay thế).`,
      ]);
    } finally {
      await stop();
    }
  });

  it("fails when an app was not built at all, and when nothing listens", async () => {
    const { "plan-builder/index.html": _, ...broken } = complete;
    const { url, stop } = await served(broken);
    try {
      const result = await checkSite(record, url);
      expect(result.problems.some((p) => p.includes("plan-builder") && p.includes("404"))).toBe(true);
    } finally {
      await stop();
    }
    const nobody = await checkSite(record, url);
    expect(nobody.problems[0]).toContain("không kết nối được");
  });
});

describe("the local server", () => {
  it("stops on SIGTERM with nothing left listening (it runs in the process that was started)", async () => {
    const { spawn } = await import("node:child_process");
    const { SITE_INFO_FILE } = await import("../site/precache.js");
    const root = await tempDir("sigterm-");
    await writeTree(root, { ...complete, [SITE_INFO_FILE]: JSON.stringify(record) });
    const child = spawn(process.execPath, [join(repoRoot, "scripts", "serve.mjs"), root], {
      env: { ...process.env, PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const found = /đang chạy tại (http:\/\/[\d.:]+)/u.exec(out);
        if (found) resolve(found[1]!);
      });
      child.once("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect((await fetch(`${url}/`)).status).toBe(200);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_c, s) => resolve(s)));
    child.kill("SIGTERM");
    expect(await exited).toBe("SIGTERM");
    await expect(fetch(`${url}/`)).rejects.toThrow();
  }, 30_000);
});
