import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { planDoc } from "@kehoach/hub";
import { provision } from "@kehoach/hub/setup";
import { validateLocalityData } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import { PORTS } from "./ports.ts";

// The hub of the e2e: PouchDB Server from npm (the hub package's test engine), in memory, on the
// fixed port the apps were built with, provisioned for Nghệ An by hub:setup's own library
// function, as an IT officer would with `pnpm hub:setup`. Talked to only over HTTP.

const ADMIN = { name: "admin", password: "e2e-admin-secret" };

export interface E2eHub {
  url: string;
  /** Passwords of the accounts provisioning made, by user name. */
  passwords: Map<string, string>;
  /** The server admin's Authorization header, to look at the hub as the tests' referee. */
  adminAuthorization: string;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PouchDB Server stopped: ${log()}`);
    try {
      if ((await fetch(`${url}/`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`PouchDB Server did not start on ${url}: ${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startHub(port: number = PORTS.hub): Promise<E2eHub> {
  const url = `http://127.0.0.1:${port}`;
  const require = createRequire(new URL("../../../packages/hub/package.json", import.meta.url));
  const bin = join(dirname(require.resolve("pouchdb-server/package.json")), "bin", "pouchdb-server");
  const folder = await mkdtemp(join(tmpdir(), "kehoach-e2e-hub-"));
  const child = spawn(
    process.execPath,
    [bin, "--in-memory", "--no-stdout-logs", "--host", "127.0.0.1", "--port", String(port)],
    { cwd: folder, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const kill = () => child.kill();
  process.once("exit", kill);
  await waitFor(url, child, () => stderr.slice(-2000));
  const made = await fetch(`${url}/_config/admins/${ADMIN.name}`, {
    method: "PUT",
    body: JSON.stringify(ADMIN.password),
  });
  if (!made.ok) throw new Error(`Could not create the hub's admin: ${made.status}`);

  const text = readFileSync(new URL("../../../localities/nghe-an/locality.json", import.meta.url), "utf8");
  const read = validateLocalityData(JSON.parse(text));
  if (!read.ok) throw new Error(`localities/nghe-an: ${JSON.stringify(read.problems)}`);
  const report = await provision({ url, admin: ADMIN, locality: read.locality });
  const passwords = new Map(report.credentials.map((c) => [c.user, c.password]));
  return {
    url,
    passwords,
    adminAuthorization: `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString("base64")}`,
    async stop() {
      process.removeListener("exit", kill);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill();
        await exited;
      }
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** The commune's plan, issued, written into its database with its own account (as the plan builder does). */
export async function issueCommunePlan(
  hub: E2eHub,
  user: string,
  unit: string,
  database: string,
): Promise<void> {
  const login = await fetch(`${hub.url}/_session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: user, password: hub.passwords.get(user) }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const doc = planDoc(samplePlan, "issued", { unit, by: user });
  const res = await fetch(`${hub.url}/${database}/${encodeURIComponent(doc._id)}`, {
    method: "PUT",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify(doc),
  });
  if (!res.ok) throw new Error(`The commune's plan was refused: ${res.status} ${await res.text()}`);
}
