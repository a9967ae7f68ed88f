import type { Locality } from "@kehoach/plan-model";
import { type HubLayout, hubLayout } from "../layout.js";
import type { Engine } from "./engine.test-helpers.js";

// What a locality's provisioning left on the engine, read back over HTTP, for comparing two
// states; and the removal of all of it after a test file (needed against a shared CouchDB).

export async function hubState(engine: Engine, locality: Locality): Promise<Record<string, unknown>> {
  const layout = hubLayout(locality);
  const state: Record<string, unknown> = {};
  for (const db of [layout.province.database, ...layout.units.map((u) => u.database)]) {
    const info = await engine.request("GET", `/${db}`);
    if (info.status !== 200) {
      state[db] = info.status;
      continue;
    }
    const docs = await engine.request<{ rows: { id: string; value: { rev: string } }[] }>(
      "GET",
      `/${db}/_all_docs`,
    );
    state[db] = {
      security: (await engine.request("GET", `/${db}/_security`)).body,
      docs: docs.body.rows.map((r) => `${r.id}@${r.value.rev}`),
    };
  }
  for (const user of [layout.province.user, layout.replicator.user, ...layout.units.map((u) => u.user)]) {
    const doc = await engine.request<{ _rev?: string; roles?: string[] }>(
      "GET",
      `/_users/org.couchdb.user:${encodeURIComponent(user)}`,
    );
    state[`user ${user}`] = doc.status === 200 ? { rev: doc.body._rev, roles: doc.body.roles } : doc.status;
  }
  for (const unit of layout.units) {
    const job = await engine.request("GET", `/_replicator/${unit.database}`);
    // The engine writes its own state into a job document; what provisioning wrote is the rest.
    state[`job ${unit.database}`] = job.status === 200 ? canonicalJob(job.body) : job.status;
  }
  // The jobs carrying progress back to issuers: "kh_<slug>_<unit>:<plan key>".
  for (const job of await localityJobs(engine, layout)) {
    if (job.id.includes(":")) state[`job ${job.id}`] = canonicalJob(job.doc);
  }
  return state;
}

/** Every _replicator document of the locality (their ids start with "kh_<slug>_"). */
export async function localityJobs(
  engine: Engine,
  layout: HubLayout,
): Promise<{ id: string; doc: Record<string, unknown> }[]> {
  const prefix = JSON.stringify(`kh_${layout.locality}_`);
  const end = JSON.stringify(`kh_${layout.locality}_\ufff0`);
  const res = await engine.request<{ rows: { id: string; doc: Record<string, unknown> }[] }>(
    "GET",
    `/_replicator/_all_docs?include_docs=true&startkey=${encodeURIComponent(prefix)}&endkey=${encodeURIComponent(end)}`,
  );
  return res.body.rows.map((r) => ({ id: r.id, doc: r.doc }));
}

function canonicalJob(doc: Record<string, unknown>): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .filter((k) => k !== "_rev" && !k.startsWith("_replication_") && k !== "userCtx")
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sort(doc));
}

export async function removeHub(engine: Engine, locality: Locality): Promise<void> {
  // PouchDB Server is thrown away whole (and crashes when a running job's document is deleted).
  if (!engine.label.startsWith("CouchDB")) return;
  const layout: HubLayout = hubLayout(locality);
  for (const job of await localityJobs(engine, layout)) {
    await engine.request("DELETE", `/_replicator/${encodeURIComponent(job.id)}?rev=${job.doc._rev}`);
  }
  for (const user of [layout.province.user, layout.replicator.user, ...layout.units.map((u) => u.user)]) {
    const path = `/_users/org.couchdb.user:${encodeURIComponent(user)}`;
    const doc = await engine.request<{ _rev?: string }>("GET", path);
    if (doc.status === 200) await engine.request("DELETE", `${path}?rev=${doc.body._rev}`);
  }
  for (const db of [layout.province.database, ...layout.units.map((u) => u.database)]) {
    await engine.request("DELETE", `/${db}`);
  }
}
