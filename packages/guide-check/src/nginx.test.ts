import { execFile, spawnSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// docs/deploying.md §2 tells an IT officer to copy deploy/nginx.conf, set the domain and the
// certificate, and run `nginx -t`. Here nginx itself (Debian's, when installed) checks the file
// as shipped and in its sub-path variant, then serves a small site with it, so the headers the
// guide promises are the headers nginx sends — the Storybook location included.

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const hasNginx = spawnSync("nginx", ["-v"]).status === 0;
const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;

let dir: string;

/** deploy/nginx.conf with this test's certificate, site folder and ports, and nothing else changed. */
async function configured(variant: "root" | "subpath", ports: { http: number; https: number }) {
  let conf = await readFile(join(repoRoot, "deploy", "nginx.conf"), "utf8");
  conf = conf
    .replaceAll("/etc/ssl/kehoach/fullchain.pem", join(dir, "cert.pem"))
    .replaceAll("/etc/ssl/kehoach/privkey.pem", join(dir, "key.pem"))
    .replace(/listen 80;/gu, `listen 127.0.0.1:${ports.http};`)
    .replace(/listen \[::\]:80;/gu, "")
    .replace(/listen 443 ssl http2;/gu, `listen 127.0.0.1:${ports.https} ssl http2;`)
    .replace(/listen \[::\]:443 ssl http2;/gu, "");
  if (variant === "root")
    return conf.replace("root /var/www/kehoach;", `root ${join(dir, "www", "kehoach")};`);
  // The guide's sub-path variant: "root /var/www;" and the commented locations in place of the two.
  const commented = /# Under a sub-path instead[\s\S]*?\n((?:\s*#.*\n)+)/u.exec(conf);
  if (!commented) throw new Error("deploy/nginx.conf không còn phần hướng dẫn đặt dưới thư mục con");
  const locations = commented[1]!
    .split("\n")
    .filter((l) => /^\s*#\s{3}/u.test(l))
    .map((l) => l.replace(/^(\s*)#\s{3}/u, "$1"))
    .join("\n");
  return conf
    .replace("root /var/www/kehoach;", `root ${join(dir, "www")};`)
    .replace(/ {4}# A deep link inside an app[\s\S]*?location \/ \{[\s\S]*?\n {4}\}\n/u, `${locations}\n`)
    .replace("location /storybook/ {", "location /kehoach/storybook/ {");
}

async function nginxMain(siteConf: string, name: string): Promise<string> {
  const prefix = join(dir, name);
  await mkdir(join(prefix, "logs"), { recursive: true });
  await writeFile(join(prefix, "kehoach.conf"), siteConf);
  const main = `pid ${join(prefix, "nginx.pid")};
error_log ${join(prefix, "logs", "error.log")};
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${join(prefix, "body")};
  proxy_temp_path ${join(prefix, "proxy")};
  fastcgi_temp_path ${join(prefix, "fastcgi")};
  uwsgi_temp_path ${join(prefix, "uwsgi")};
  scgi_temp_path ${join(prefix, "scgi")};
  include ${join(prefix, "kehoach.conf")};
}
`;
  await writeFile(join(prefix, "nginx.conf"), main);
  return join(prefix, "nginx.conf");
}

function get(port: number, path: string): Promise<{ status: number; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, rejectUnauthorized: false, servername: "ke-hoach.example.gov.vn" },
      (res) => {
        res.resume();
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string> }),
        );
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const SECURITY_HEADERS = [
  "content-security-policy",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "cross-origin-opener-policy",
  "cross-origin-resource-policy",
  "x-frame-options",
  "strict-transport-security",
  "cache-control",
];

describe.runIf(hasNginx && hasOpenssl)("deploy/nginx.conf, checked and run by nginx", () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kehoach-nginx-"));
    // nginx's workers run as www-data when the master is root: they must be able to read the site.
    await chmod(dir, 0o755);
    await run("openssl", [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=ke-hoach.example.gov.vn",
      "-keyout",
      join(dir, "key.pem"),
      "-out",
      join(dir, "cert.pem"),
    ]);
    for (const base of [join(dir, "www", "kehoach")]) {
      for (const page of ["", "plan-builder/", "storybook/"]) {
        await mkdir(join(base, page), { recursive: true });
        await writeFile(join(base, page, "index.html"), "<!doctype html><title>Kế hoạch Kit</title>");
      }
    }
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("passes nginx -t as shipped and in the guide's sub-path variant", async () => {
    for (const variant of ["root", "subpath"] as const) {
      const main = await nginxMain(await configured(variant, { http: 18080, https: 18443 }), variant);
      const { stderr } = await run("nginx", ["-t", "-c", main]);
      expect(stderr).toContain("test is successful");
    }
  });

  it("sends every security header on the apps, a deep link and Storybook", async () => {
    const ports = { http: 18081, https: 18444 };
    const main = await nginxMain(await configured("root", ports), "served");
    await run("nginx", ["-c", main]);
    try {
      const app = await get(ports.https, "/plan-builder/");
      const deep = await get(ports.https, "/plan-builder/ke-hoach/123");
      const storybook = await get(ports.https, "/storybook/");
      for (const res of [app, deep, storybook]) {
        expect(res.status).toBe(200);
        for (const header of SECURITY_HEADERS) expect(Object.keys(res.headers)).toContain(header);
      }
      expect(app.headers["x-frame-options"]).toBe("DENY");
      expect(storybook.headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(storybook.headers["permissions-policy"]).toBe(app.headers["permissions-policy"]);
      expect(app.headers["content-security-policy"]).not.toContain("unsafe-inline");
    } finally {
      await run("nginx", ["-c", main, "-s", "stop"]);
    }
  });
});
