import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { request } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type Engine, startEngine } from "./testing/engine.test-helpers.js";

// deploy/hub cannot be started here (no Docker): the compose file is checked as data, and the
// nginx configuration is checked by nginx itself (`nginx -t`), then run for real in front of the
// test engine, with the cluster's host names pointed at it and a throwaway certificate.

const deploy = join(import.meta.dirname, "..", "..", "..", "deploy", "hub");
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
const SITE = "https://ke-hoach.example.gov.vn";

describe("deploy/hub/docker-compose.yml", () => {
  it("parses as YAML and runs three CouchDB 3 nodes, a backup node and nginx, with the setup jobs", async () => {
    const compose = parse(await readFile(join(deploy, "docker-compose.yml"), "utf8"), { merge: true }) as {
      services: Record<
        string,
        {
          image: string;
          environment?: Record<string, string>;
          volumes?: string[];
          ports?: string[];
          profiles?: string[];
        }
      >;
    };
    const services = compose.services;
    expect(Object.keys(services).sort()).toEqual(
      [
        "backup-setup",
        "cluster-setup",
        "couchdb-1",
        "couchdb-2",
        "couchdb-3",
        "couchdb-backup",
        "nginx",
      ].sort(),
    );
    const nodes = ["couchdb-1", "couchdb-2", "couchdb-3"].map((n) => services[n]!);
    for (const [i, node] of nodes.entries()) {
      expect(node.image).toMatch(/^couchdb:3\./);
      expect(node.environment?.NODENAME).toBe(`couchdb-${i + 1}.hub`);
      expect(node.environment?.COUCHDB_SECRET).toContain("COUCHDB_SECRET");
      expect(node.environment?.ERL_FLAGS).toContain("COUCHDB_ERLANG_COOKIE");
      expect(node.ports).toBeUndefined();
      expect(node.volumes).toContain("./couchdb/10-kehoach.ini:/opt/couchdb/etc/local.d/10-kehoach.ini:ro");
    }
    expect(services["couchdb-backup"]?.environment?.NODENAME).toBe("couchdb-backup.hub");
    expect(services.nginx?.ports).toEqual(["80:80", "443:443"]);
    expect(services["cluster-setup"]?.profiles).toEqual(["setup"]);
    for (const file of [
      "couchdb/10-kehoach.ini",
      "couchdb/20-backup.ini",
      "scripts/cluster-setup.sh",
      "scripts/backup-setup.sh",
      "nginx/hub.conf",
      "nginx/kehoach-hub-proxy.inc",
      ".env.example",
    ]) {
      expect(existsSync(join(deploy, file)), file).toBe(true);
    }
  });
});

describe.skipIf(!NGINX)(`deploy/hub/nginx (nginx at ${NGINX ?? "—"})`, () => {
  let engine: Engine;
  let folder: string;
  let port = 0;
  let nginx: ReturnType<typeof spawn> | undefined;

  beforeAll(async () => {
    engine = await startEngine();
    folder = await mkdtemp(join(tmpdir(), "kehoach-hub-nginx-"));
    await mkdir(join(folder, "conf.d"));
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=hub.example.gov.vn",
        "-keyout",
        join(folder, "privkey.pem"),
        "-out",
        join(folder, "fullchain.pem"),
      ],
      { stdio: "ignore" },
    );
    port = await freePort();
    const upstream = new URL(engine.url).host;
    const hub = (await readFile(join(deploy, "nginx", "hub.conf"), "utf8"))
      .replace(/couchdb-\d\.hub:5984/g, upstream)
      .replace(/\/etc\/nginx\/certs\//g, `${folder}/`)
      .replace(/^\s*listen \[::\].*$/gm, "")
      .replace("listen 80;", `listen 127.0.0.1:${await freePort()};`)
      .replace("listen 443 ssl http2;", `listen 127.0.0.1:${port} ssl http2;`);
    await writeFile(join(folder, "conf.d", "hub.conf"), hub);
    await writeFile(
      join(folder, "conf.d", "kehoach-hub-proxy.inc"),
      await readFile(join(deploy, "nginx", "kehoach-hub-proxy.inc"), "utf8"),
    );
    await writeFile(
      join(folder, "nginx.conf"),
      `daemon off;\nmaster_process off;\npid ${folder}/nginx.pid;\nerror_log ${folder}/error.log warn;\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path ${folder}/body;\n  proxy_temp_path ${folder}/proxy;\n  fastcgi_temp_path ${folder}/fastcgi;\n  uwsgi_temp_path ${folder}/uwsgi;\n  scgi_temp_path ${folder}/scgi;\n  include conf.d/hub.conf;\n}\n`,
    );
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx?.once("exit", r));
      nginx.kill();
      await exited;
    }
    await engine.stop();
    await rm(folder, { recursive: true, force: true });
  });

  const args = () => ["-p", folder, "-c", join(folder, "nginx.conf"), "-e", join(folder, "error.log")];

  it("passes nginx -t", () => {
    const result = spawnSync(NGINX as string, ["-t", ...args()], { encoding: "utf8" });
    expect(result.stderr).toContain("syntax is ok");
    expect(result.status).toBe(0);
  });

  it("proxies the hub over TLS, answers CORS for the site's origin only, closes admin endpoints, limits bodies, and hardens the cookie", async () => {
    nginx = spawn(NGINX as string, args(), { stdio: "ignore" });
    const get = (method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
      new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>(
        (resolve, reject) => {
          const req = request(
            {
              host: "127.0.0.1",
              port,
              method,
              path,
              headers,
              rejectUnauthorized: false,
              servername: "hub.example.gov.vn",
            },
            (res) => {
              res.resume();
              res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
            },
          );
          req.on("error", reject);
          if (body) req.write(body);
          req.end();
        },
      );
    for (let i = 0; ; i++) {
      try {
        await get("GET", "/");
        break;
      } catch (error) {
        if (i > 50) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const root = await get("GET", "/", { origin: SITE });
    expect(root.status).toBe(200);
    expect(root.headers["access-control-allow-origin"]).toBe(SITE);
    expect(root.headers["access-control-allow-credentials"]).toBe("true");
    expect(root.headers["strict-transport-security"]).toBe("max-age=31536000");

    const preflight = await get("OPTIONS", "/kh_x/_bulk_docs", {
      origin: SITE,
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type",
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-origin"]).toBe(SITE);
    expect(preflight.headers["access-control-allow-methods"]).toContain("PUT");

    const stranger = await get("OPTIONS", "/", {
      origin: "https://evil.example",
      "access-control-request-method": "GET",
    });
    expect(stranger.headers["access-control-allow-origin"]).toBeUndefined();
    expect(
      (await get("GET", "/", { origin: "https://evil.example" })).headers["access-control-allow-origin"],
    ).toBeUndefined();

    for (const path of [
      "/_utils/",
      "/_config",
      "/_all_dbs",
      "/_users/org.couchdb.user:x",
      "/_replicator",
      "/_node/_local/_config",
    ]) {
      expect((await get("GET", path)).status, path).toBe(403);
    }
    const huge = "x".repeat(9 * 1024 * 1024);
    expect((await get("POST", "/kh_x/_bulk_docs", { "content-type": "application/json" }, huge)).status).toBe(
      413,
    );

    const login = await get(
      "POST",
      "/_session",
      { "content-type": "application/json", origin: SITE },
      JSON.stringify({ name: engine.admin.name, password: engine.admin.password }),
    );
    expect(login.status).toBe(200);
    const cookie = String(login.headers["set-cookie"]);
    expect(cookie).toMatch(/AuthSession=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
