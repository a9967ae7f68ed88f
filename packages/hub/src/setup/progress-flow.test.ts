import type { Plan, ReportPeriod } from "@kehoach/plan-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { periodDoc, planDoc, progressDoc } from "../docs.js";
import type { PlanRef } from "../ids.js";
import { hubLayout } from "../layout.js";
import { type Engine, eventually, startEngine } from "../testing/engine.test-helpers.js";
import { hubState, localityJobs, removeHub } from "../testing/hub.test-helpers.js";
import { testLocality } from "../testing/locality.test-helpers.js";
import { provincePlan } from "../testing/plan.test-helpers.js";
import { type CliIo, main } from "./cli.js";
import { type ProgressFlow, provision } from "./provision.js";

// A plan issued by one unit (the Sở Nội vụ) gives tasks to communes; the communes write their
// progress into their own databases, and provisioning's jobs carry it into the Sở's database (as
// well as into the province's roll-up). Everything goes through HTTP to the engine, each write by
// the account that would make it in production.

const locality = testLocality();
const layout = hubLayout(locality);
const unit = (code: string) => layout.units.find((u) => u.code === code)!;
const xaAn = unit("xa-an");
const binh = unit("phuong-binh");
const so = unit("so-noi-vu");
const plan = provincePlan("kh-luong-tien-do");
const ref: PlanRef = { unit: "so-noi-vu", id: plan.id };
const q2: ReportPeriod = { kind: "quarter", year: 2026, quarter: 2 };
const q3: ReportPeriod = { kind: "quarter", year: 2026, quarter: 3 };
const planId = `plan:so-noi-vu:${plan.id}`;
const passwords = new Map<string, string>();
let engine: Engine;

const dbPath = (db: string, id: string) => `/${db}/${encodeURIComponent(id)}`;

/** A request as one account, signed in with its session cookie as the apps are. */
async function as(user: string, method: string, path: string, body?: unknown) {
  const login = await fetch(`${engine.url}/_session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: user, password: passwords.get(user) }),
  });
  expect(login.status, `sign-in of ${user}`).toBe(200);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const res = await fetch(`${engine.url}${path}`, {
    method,
    headers: { cookie, "content-type": "application/json", accept: "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as { reason?: string; rev?: string } };
}

async function hubDoc(db: string, id: string) {
  const res = await engine.request<Record<string, unknown>>("GET", dbPath(db, id));
  return res.status === 200 ? res.body : undefined;
}

/** The unit's account writes (or rewrites) a document into its own database. */
async function write(who: typeof xaAn, doc: { _id: string; [field: string]: unknown }) {
  const current = await hubDoc(who.database, doc._id);
  const res = await as(who.user, "PUT", dbPath(who.database, doc._id), {
    ...doc,
    ...(current?._rev ? { _rev: current._rev } : {}),
  });
  return res;
}

function entry(taskId: string, key: string, date: string, result: string) {
  return {
    id: `${taskId}@${key}`,
    taskId,
    date,
    state: "in_progress" as const,
    percent: 50,
    result,
    indicators: [{ label: "Tin, bài", value: 4, unit: "tin, bài" }],
    evidence: [],
  };
}

const progress = (by: typeof xaAn, taskId: string, period: ReportPeriod, key: string, result: string) =>
  progressDoc(
    {
      plan: ref,
      period,
      entry: entry(taskId, key, key.endsWith("Q2") ? "2026-06-10" : "2026-09-10", result),
    },
    { unit: by.code, by: by.user },
  );

/** The Sở issues (or re-issues, or takes back to draft) its plan from its own account. */
async function soIssues(p: Plan, status: "issued" | "draft") {
  const res = await write(so, planDoc(p, status, { unit: "so-noi-vu", by: so.user }));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

/** The flows of a report as "source → target [tasks]: action", sorted. */
const flowsOf = (flows: ProgressFlow[]) =>
  flows.map((f) => `${f.from} → ${f.to} [${f.tasks.join(",")}]: ${f.action}`).sort();

/** PouchDB Server keeps a running job's document "triggered" and lets nobody remove it. */
const removed = () => (engine.label.startsWith("CouchDB") ? "remove" : "left");

beforeAll(async () => {
  engine = await startEngine();
  const first = await provision({ url: engine.url, admin: engine.admin, locality });
  for (const c of first.credentials) passwords.set(c.user, c.password);
  expect(first.progressFlows).toEqual([]);
}, 60_000);

afterAll(async () => {
  await removeHub(engine, locality);
  await engine.stop();
});

describe(`progress back to the unit that issued the plan (engine: ${process.env.HUB_URL ? "CouchDB at HUB_URL" : "PouchDB Server"})`, () => {
  it("creates one job per assigned unit for an issued plan, filtered to that plan and the unit's tasks, and prints each in a dry run", async () => {
    await soIssues(plan, "issued");
    // The plan reaches the province by its own job: let it, so the dry run is compared with a still hub.
    await eventually("the Sở's plan in the province", () => hubDoc(layout.province.database, planId));
    const lines: string[] = [];
    const io: CliIo = { out: (l) => lines.push(l), err: (l) => lines.push(l), cwd: process.cwd() };
    const before = await hubState(engine, locality);
    const { writeFile, mkdtemp } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const file = join(await mkdtemp(join(tmpdir(), "kehoach-flow-")), "locality.json");
    await writeFile(file, JSON.stringify(locality));
    const admin = `${engine.admin.name}:${engine.admin.password}`;
    expect(
      await main(["--url", engine.url, "--admin", admin, "--locality", file, "--dry-run"], ".", io),
    ).toBe(0);
    expect(await hubState(engine, locality)).toEqual(before);
    expect(lines).toContain("Sao chép tiến độ về đơn vị ban hành kế hoạch:");
    expect(lines).toContain(
      `  ${xaAn.database} → ${so.database}, kế hoạch “${plan.id}” (2 nhiệm vụ): sẽ tạo lệnh sao chép liên tục`,
    );
    expect(lines).toContain(
      `  ${binh.database} → ${so.database}, kế hoạch “${plan.id}” (1 nhiệm vụ): sẽ tạo lệnh sao chép liên tục`,
    );

    const report = await provision({ url: engine.url, admin: engine.admin, locality });
    expect(flowsOf(report.progressFlows)).toEqual([
      `${binh.database} → ${so.database} [t-all]: create`,
      `${xaAn.database} → ${so.database} [t-all,t-an]: create`,
    ]);
    const job = (await localityJobs(engine, layout)).find((j) =>
      j.id.startsWith(`${xaAn.database}:so-noi-vu:${plan.id}:`),
    );
    expect(job?.doc).toMatchObject({
      source: { url: `${engine.url}/${xaAn.database}` },
      target: { url: `${engine.url}/${so.database}` },
      continuous: true,
      filter: "kehoach/issuer",
      query_params: { plan: `so-noi-vu:${plan.id}`, tasks: "t-all,t-an" },
      kehoach: { locality: layout.locality, unit: "xa-an", issuer: "so-noi-vu", plan: plan.id },
    });
    // Written by the replication account, whose password only the jobs and the users file hold.
    const auth =
      (job?.doc.source as { headers: { Authorization: string } } | undefined)?.headers.Authorization ?? "";
    expect(Buffer.from(auth.slice(6), "base64").toString()).toMatch(
      new RegExp(`^${layout.replicator.user}:`),
    );
  });

  it("a commune's progress and report period on the Sở's plan arrive in the Sở's database, and still in the province's", async () => {
    const doc = progress(xaAn, "t-an", q2, "2026-Q2", "Đã tuyên truyền tại 5 thôn");
    expect((await write(xaAn, doc)).status).toBe(201);
    const shared = progress(binh, "t-all", q2, "2026-Q2", "Phường: 4 tin, bài");
    expect((await write(binh, shared)).status).toBe(201);
    const sent = periodDoc({ plan: ref, period: q2, status: "submitted" }, { unit: "xa-an", by: xaAn.user });
    expect((await write(xaAn, sent)).status).toBe(201);

    const atSo = await eventually("the commune's entry in the Sở's database", () =>
      hubDoc(so.database, doc._id),
    );
    expect(atSo).toMatchObject({ unit: "xa-an", entry: { result: "Đã tuyên truyền tại 5 thôn" } });
    expect(atSo._rev).toBe((await hubDoc(xaAn.database, doc._id))?._rev);
    await eventually("the ward's entry in the Sở's database", () => hubDoc(so.database, shared._id));
    await eventually("the commune's period in the Sở's database", () => hubDoc(so.database, sent._id));
    await eventually("the commune's entry in the province", () => hubDoc(layout.province.database, doc._id));

    // A correction and a removal follow the same way.
    expect((await write(xaAn, { ...doc, entry: { ...doc.entry, percent: 80 } })).status).toBe(201);
    await eventually("the correction in the Sở's database", async () => {
      const d = await hubDoc(so.database, doc._id);
      return (d?.entry as { percent?: number } | undefined)?.percent === 80;
    });
    const removed = await hubDoc(binh.database, shared._id);
    expect(
      (await as(binh.user, "DELETE", `${dbPath(binh.database, shared._id)}?rev=${removed?._rev}`)).status,
    ).toBe(200);
    await eventually(
      "the removal in the Sở's database",
      async () => (await hubDoc(so.database, shared._id)) === undefined,
    );
  });

  it("refuses the same document written straight into the Sở's database by the commune, by the Sở itself, or by the replication account for a task not given", async () => {
    const forged = progress(xaAn, "t-all", q3, "2026-Q3", "Ghi thẳng vào dữ liệu của Sở");
    const byCommune = await as(xaAn.user, "PUT", dbPath(so.database, forged._id), forged);
    expect([401, 403]).toContain(byCommune.status);
    const bySo = await as(so.user, "PUT", dbPath(so.database, forged._id), forged);
    expect(bySo.status).toBe(403);
    expect(bySo.body.reason).toContain("thuộc đơn vị khác");
    const notGiven = progress(binh, "t-an", q3, "2026-Q3", "Nhiệm vụ không giao cho phường");
    const byReplicator = await as(layout.replicator.user, "PUT", dbPath(so.database, notGiven._id), notGiven);
    expect(byReplicator.status).toBe(403);
    expect(byReplicator.body.reason).toContain("Tài khoản sao chép chỉ chuyển vào dữ liệu của Sở Nội vụ");
    expect(await hubDoc(so.database, forged._id)).toBeUndefined();
    expect(await hubDoc(so.database, notGiven._id)).toBeUndefined();
  });

  it("is idempotent: a second run changes no document and no job", async () => {
    const before = await hubState(engine, locality);
    const report = await provision({ url: engine.url, admin: engine.admin, locality });
    expect(report.changed).toBe(false);
    expect(flowsOf(report.progressFlows)).toEqual([
      `${binh.database} → ${so.database} [t-all]: none`,
      `${xaAn.database} → ${so.database} [t-all,t-an]: none`,
    ]);
    expect(await hubState(engine, locality)).toEqual(before);
  });

  it("a task given to another unit after a re-provision stops flowing from the first and flows from the new one", async () => {
    const reassigned: Plan = {
      ...plan,
      tasks: plan.tasks.map((t) =>
        t.id === "t-an"
          ? {
              ...t,
              roles: [{ role: "lead", agency: { id: "ubnd-phuong-binh", name: "UBND phường Bình Minh" } }],
            }
          : t,
      ),
    };
    await soIssues(reassigned, "issued");
    const report = await provision({ url: engine.url, admin: engine.admin, locality });
    expect(flowsOf(report.progressFlows)).toEqual([
      `${binh.database} → ${so.database} [t-all,t-an]: create`,
      `${binh.database} → ${so.database} [t-all]: ${removed()}`,
      `${xaAn.database} → ${so.database} [t-all,t-an]: ${removed()}`,
      `${xaAn.database} → ${so.database} [t-all]: create`,
    ]);
    // The commune can no longer report the task at all...
    const late = progress(xaAn, "t-an", q3, "2026-Q3", "Sau khi đã giao cho phường");
    expect((await write(xaAn, late)).status).toBe(403);
    // ...and one already in its database (an admin puts it there) does not travel to the Sở.
    const stale = await engine.request("PUT", dbPath(xaAn.database, late._id), late);
    expect(stale.status).toBe(201);
    const marker = progress(xaAn, "t-all", q3, "2026-Q3", "Vẫn báo cáo nhiệm vụ chung");
    expect((await write(xaAn, marker)).status).toBe(201);
    await eventually("the commune's later entry in the Sở's database", () => hubDoc(so.database, marker._id));
    await eventually("the stale entry in the province (its own job is unchanged)", () =>
      hubDoc(layout.province.database, late._id),
    );
    expect(await hubDoc(so.database, late._id)).toBeUndefined();
    const fromBinh = progress(binh, "t-an", q3, "2026-Q3", "Phường nhận nhiệm vụ");
    expect((await write(binh, fromBinh)).status).toBe(201);
    await eventually("the ward's entry on its new task in the Sở's database", () =>
      hubDoc(so.database, fromBinh._id),
    );
  });

  it("a plan taken back to draft has its jobs removed (where the engine allows), and issuing it again brings them back", async () => {
    const current = (await hubDoc(so.database, planId)) as { plan: Plan };
    await soIssues(current.plan, "draft");
    const stopped = await provision({ url: engine.url, admin: engine.admin, locality });
    expect(flowsOf(stopped.progressFlows)).toEqual(
      [
        `${binh.database} → ${so.database} [t-all,t-an]: ${removed()}`,
        `${binh.database} → ${so.database} [t-all]: ${removed()}`,
        `${xaAn.database} → ${so.database} [t-all,t-an]: ${removed()}`,
        `${xaAn.database} → ${so.database} [t-all]: ${removed()}`,
      ].sort(),
    );
    const flowJobs = (await localityJobs(engine, layout)).filter((j) => j.id.includes(":"));
    expect(flowJobs).toHaveLength(removed() === "remove" ? 0 : 4);
    const again = await provision({ url: engine.url, admin: engine.admin, locality });
    expect(again.changed).toBe(false);
    // No unit reports on a plan that is not issued: the ward's own rules refuse it.
    const year: ReportPeriod = { kind: "year", year: 2026 };
    const yearEntry = progressDoc(
      { plan: ref, period: year, entry: entry("t-all", "2026-Y", "2026-11-30", "Cả năm") },
      { unit: "phuong-binh", by: binh.user },
    );
    expect((await write(binh, yearEntry)).status).toBe(403);

    await soIssues(current.plan, "issued");
    const restarted = await provision({ url: engine.url, admin: engine.admin, locality });
    const back = removed() === "remove" ? "create" : "none";
    expect(flowsOf(restarted.progressFlows)).toEqual(
      [
        `${binh.database} → ${so.database} [t-all,t-an]: ${back}`,
        `${xaAn.database} → ${so.database} [t-all]: ${back}`,
        ...(back === "none"
          ? [
              `${binh.database} → ${so.database} [t-all]: left`,
              `${xaAn.database} → ${so.database} [t-all,t-an]: left`,
            ]
          : []),
      ].sort(),
    );
    expect((await write(binh, yearEntry)).status).toBe(201);
    await eventually("the ward's entry once the plan is issued again", () =>
      hubDoc(so.database, yearEntry._id),
    );
  });
});
