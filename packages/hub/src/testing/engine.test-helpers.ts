import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { basicAuth } from "../setup/couch.js";

// The engine the tests talk to, only ever over HTTP. Without HUB_URL: PouchDB Server from npm,
// in memory, on 127.0.0.1, started from an empty temporary folder (it writes config.json and
// log.txt where it starts). With HUB_URL (an admin URL, http://admin:secret@host:5984): that
// server, a real CouchDB 3; each test file then works under its own locality slug and removes
// what it made.

export interface Engine {
  /** Base URL without credentials. */
  url: string;
  admin: { name: string; password: string };
  /** Which engine this run used, for the test names and the README. */
  label: string;
  /** Admin request helper. */
  request<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  stop(): Promise<void>;
}

export async function startEngine(): Promise<Engine> {
  const external = process.env.HUB_URL;
  if (external) return externalEngine(external);
  return pouchdbServer();
}

function requester(url: string, admin: { name: string; password: string }) {
  return async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: basicAuth(admin.name, admin.password),
        accept: "application/json",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
  };
}

async function externalEngine(hubUrl: string): Promise<Engine> {
  const parsed = new URL(hubUrl);
  const admin = { name: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
  parsed.username = "";
  parsed.password = "";
  const url = parsed.href.replace(/\/+$/, "");
  const request = requester(url, admin);
  const welcome = await request<{ version?: string; couchdb?: string }>("GET", "/");
  return {
    url,
    admin,
    label: `CouchDB ${welcome.body.version ?? "?"} (HUB_URL)`,
    request,
    stop: async () => undefined,
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function pouchdbServer(): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve("pouchdb-server/package.json")), "bin", "pouchdb-server");
  const folder = await mkdtemp(join(tmpdir(), "kehoach-hub-"));
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [bin, "--in-memory", "--no-stdout-logs", "--host", "127.0.0.1", "--port", String(port)],
    {
      cwd: folder,
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  // Never left behind, even when a test process ends without calling stop().
  const killOnExit = () => child.kill();
  process.once("exit", killOnExit);
  let stopping = false;
  child.once("exit", (code) => {
    if (!stopping)
      process.stderr.write(`PouchDB Server exited (${code}) during the tests:\n${stderr.slice(-4000)}\n`);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PouchDB Server stopped: ${stderr}`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`PouchDB Server did not start on ${url}: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const admin = { name: "admin", password: "test-admin-secret" };
  const made = await fetch(`${url}/_config/admins/${admin.name}`, {
    method: "PUT",
    body: JSON.stringify(admin.password),
  });
  if (!made.ok) throw new Error(`Could not create the admin: ${made.status}`);
  const version = (require("pouchdb-server/package.json") as { version: string }).version;
  return {
    url,
    admin,
    label: `PouchDB Server ${version} (in memory)`,
    request: requester(url, admin),
    async stop() {
      stopping = true;
      process.removeListener("exit", killOnExit);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill();
        await exited;
      }
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` holds (replication is asynchronous); fails with `what` after the timeout. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeout = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ""}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
