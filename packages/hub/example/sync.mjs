// A unit's browser, played by Node: sign in to the hub, sync live, write a progress entry, watch
// the state, sign out and remove the local copy. See the README ("Try it") for the three commands
// that start a local hub and provision it first; run after `pnpm --filter @kehoach/hub build`.
//   node packages/hub/example/sync.mjs [hub-users.csv] [hub url]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { progressDoc } from "@kehoach/hub";
import { createHubSync, describeSyncState } from "@kehoach/hub/sync";

const require = createRequire(import.meta.url);
// In an app: `import PouchDB from "pouchdb-browser"` (IndexedDB). In Node: core + memory adapter.
const PouchDB = require("pouchdb-core")
  .plugin(require("pouchdb-adapter-memory"))
  .plugin(require("pouchdb-adapter-http"))
  .plugin(require("pouchdb-replication"));

const [csv = "hub-users.csv", hubUrl = "http://127.0.0.1:5984"] = process.argv.slice(2);
const row = readFileSync(csv, "utf8")
  .split("\n")
  .map((line) => line.split(","))
  .find((cells) => cells[1] === "xa-kim-lien@nghe-an");
if (!row) throw new Error(`${csv} has no row for xa-kim-lien@nghe-an: run pnpm hub:setup first`);

const hub = createHubSync({ hubUrl, PouchDB, localOptions: { adapter: "memory" } });
const stop = hub.subscribe((state) => console.log(describeSyncState(state)));
const session = await hub.login(row[1], row[2]); // the password is sent once and not kept
console.log(`Signed in as ${session.name}, database ${session.database}`);
await hub.start();

const entry = {
  id: "t02@2026-Q2",
  taskId: "t02",
  date: "2026-06-10",
  state: "in_progress",
  percent: 40,
  indicators: [{ label: "Tin, bài", value: 12, unit: "tin, bài" }],
  evidence: [],
};
const doc = progressDoc(
  {
    plan: { unit: "xa-kim-lien", id: "kh-kim-lien-2026" },
    period: { kind: "quarter", year: 2026, quarter: 2 },
    entry,
  },
  { unit: "xa-kim-lien", by: session.name },
);
const existing = await hub
  .local()
  .get(doc._id)
  .catch(() => undefined);
await hub.local().put({ ...doc, ...(existing ? { _rev: existing._rev } : {}) });

await new Promise((resolve) => {
  const off = hub.subscribe((s) => {
    if (s.status !== "synced" || s.pending > 0) return;
    off();
    resolve();
  });
});
console.log(`On the hub: ${doc._id}`);
stop();
await hub.logout({ removeLocalCopy: true });
