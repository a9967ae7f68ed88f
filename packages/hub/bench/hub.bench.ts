import { performance } from "node:perf_hooks";
import { type Locality, type Plan, type ReportPeriod, validateLocalityData } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import {
  applyMerge,
  checkReturnTarget,
  createAgencyReturn,
  type PeriodEntry,
  parseAgencyReturnJson,
  periodKey,
  planMerge,
} from "@kehoach/report-model";
import { planDoc, progressDoc } from "../src/docs.js";
import { hubLayout } from "../src/layout.js";
import { provision } from "../src/setup/provision.js";
import { createHubSync } from "../src/sync/index.js";
import { type Engine, eventually, startEngine } from "../src/testing/engine.test-helpers.js";
import { NodePouchDB } from "../src/testing/pouch.test-helpers.js";

// Scale of the hub, measured (not a test): a province of 100 communes, a plan of 60 tasks issued
// to all of them, one entry per task and quarter from every commune (100 × 60 × 4 = 24,000),
// collected into the province's roll-up by the engine's continuous replication, and back into
// the Sở's database (the plan's issuer) by one filtered job per commune; a commune's
// first sync of three years of its data into a fresh local copy; and, as the baseline measured in
// the same run, the same 24,000 entries collected the way it is done today: 400 return files
// (one per commune and quarter) made, filled, read back, checked and merged by report-model.
// Engine: PouchDB Server in memory (or the CouchDB that HUB_URL names); the local copy uses
// PouchDB's memory adapter in Node, standing in for IndexedDB in a browser.

const UNITS = 100;
const TASKS = 60;
const QUARTERS = [1, 2, 3, 4] as const;
const YEAR = 2026;
const MID_QUARTER = ["02-10", "05-10", "08-10", "11-10"];

function locality(): Locality {
  const pad = (i: number) => String(i).padStart(3, "0");
  const result = validateLocalityData({
    schemaVersion: 1,
    slug: `bench${Date.now().toString(36)}`,
    name: "Tỉnh Đo Tải",
    unitId: "tinh",
    units: [
      { id: "tinh", name: "Đo Tải", type: "tinh", level: "province" },
      ...Array.from({ length: UNITS }, (_, i) => ({
        id: `xa-${pad(i + 1)}`,
        name: `Xã Số ${i + 1}`,
        type: "xa",
        level: "commune",
        parentId: "tinh",
        hubCode: `xa-${pad(i + 1)}`,
      })),
    ],
    agencies: [
      {
        id: "so-noi-vu",
        name: "Sở Nội vụ",
        kind: "co_quan_chuyen_mon",
        unitId: "tinh",
        hubCode: "so-noi-vu",
      },
      ...Array.from({ length: UNITS }, (_, i) => ({
        id: `ubnd-xa-${pad(i + 1)}`,
        name: `Ủy ban nhân dân Xã Số ${i + 1}`,
        kind: "ubnd",
        unitId: `xa-${pad(i + 1)}`,
      })),
      {
        id: "ubnd-cac-xa",
        name: "UBND các xã",
        kind: "group",
        memberRule: { kinds: ["ubnd"], parentUnitId: "tinh" },
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.locality;
}

function provincePlan(lead: { id: string; name: string }): Plan {
  const tasks = Array.from({ length: TASKS }, (_, i) => ({
    ...structuredClone(samplePlan.tasks[i % samplePlan.tasks.length]!),
    id: `t${String(i + 1).padStart(2, "0")}`,
    ref: undefined,
    children: undefined,
    roles: [{ role: "lead" as const, agency: lead }],
  }));
  return { ...structuredClone(samplePlan), id: "kh-cchc-2026", tasks };
}

function entry(taskId: string, year: number, quarter: number): PeriodEntry {
  return {
    id: `${taskId}@${year}-Q${quarter}`,
    taskId,
    date: `${year}-${MID_QUARTER[quarter - 1]}`,
    state: quarter === 4 ? "done" : "in_progress",
    percent: quarter * 25,
    result: `Đã thực hiện quý ${quarter}`,
    indicators: [{ label: "Tin, bài", value: quarter * 3, unit: "tin, bài" }],
    evidence: [],
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function run(): Promise<void> {
  const engine: Engine = await startEngine();
  try {
    const loc = locality();
    const layout = hubLayout(loc);
    const communes = layout.units.filter((u) => u.kind === "unit");
    const plan = provincePlan({ id: "ubnd-cac-xa", name: "UBND các xã" });
    const planRef = { unit: "so-noi-vu", id: plan.id };

    let t = performance.now();
    const first = await provision({ url: engine.url, admin: engine.admin, locality: loc });
    const provisionMs = performance.now() - t;
    const so = layout.units.find((u) => u.code === "so-noi-vu")!;
    const issued = planDoc(plan, "issued", { unit: "so-noi-vu", by: so.user });
    await engine.request("PUT", `/${so.database}/${encodeURIComponent(issued._id)}`, issued);
    t = performance.now();
    await provision({ url: engine.url, admin: engine.admin, locality: loc });
    const publishMs = performance.now() - t;

    // 1. 24,000 entries written in the communes' databases, collected into the province.
    const seedStart = performance.now();
    await Promise.all(
      communes.map(async (unit) => {
        const docs = QUARTERS.flatMap((q) =>
          plan.tasks.map((task) =>
            progressDoc(
              {
                plan: planRef,
                period: { kind: "quarter", year: YEAR, quarter: q },
                entry: entry(task.id, YEAR, q),
              },
              { unit: unit.code, by: unit.user },
            ),
          ),
        );
        const res = await engine.request<unknown[]>("POST", `/${unit.database}/_bulk_docs`, { docs });
        if (res.status !== 201) throw new Error(`seed ${unit.database}: ${res.status}`);
      }),
    );
    const seededMs = performance.now() - seedStart;
    const expected = UNITS * TASKS * QUARTERS.length;
    const countProvince = async () => {
      const res = await engine.request<{ rows: unknown[] }>(
        "GET",
        `/${layout.province.database}/_all_docs?startkey=${encodeURIComponent('"progress:"')}&endkey=${encodeURIComponent('"progress:\ufff0"')}`,
      );
      return res.body.rows.length;
    };
    // The same entries also go back to the Sở, whose plan gave the tasks (one job per commune).
    const countIssuer = async () => {
      const res = await engine.request<{ rows: { id: string }[] }>(
        "GET",
        `/${so.database}/_all_docs?startkey=${encodeURIComponent('"progress:"')}&endkey=${encodeURIComponent('"progress:\ufff0"')}`,
      );
      return res.body.rows.filter((r) => !r.id.startsWith("progress:so-noi-vu:")).length;
    };
    let collectMs = 0;
    let issuerMs = 0;
    await eventually(
      "the province and the Sở to hold every entry",
      async () => {
        if (!collectMs && (await countProvince()) >= expected) collectMs = performance.now() - seedStart;
        if (!issuerMs && (await countIssuer()) >= expected) issuerMs = performance.now() - seedStart;
        return collectMs > 0 && issuerMs > 0;
      },
      600_000,
    );
    let unitTotal = 0;
    for (const unit of communes) {
      const res = await engine.request<{ rows: unknown[] }>(
        "GET",
        `/${unit.database}/_all_docs?startkey=${encodeURIComponent(`"progress:${unit.code}:"`)}&endkey=${encodeURIComponent(`"progress:${unit.code}:\ufff0"`)}`,
      );
      unitTotal += res.body.rows.length;
    }
    const provinceTotal = await countProvince();
    const issuerTotal = await countIssuer();

    // 2. A commune's first sync of three years of its data.
    const unit = communes[0]!;
    const older = [YEAR - 2, YEAR - 1].flatMap((year) =>
      QUARTERS.flatMap((q) =>
        plan.tasks.map((task) =>
          progressDoc(
            { plan: planRef, period: { kind: "quarter", year, quarter: q }, entry: entry(task.id, year, q) },
            { unit: unit.code, by: unit.user },
          ),
        ),
      ),
    );
    await engine.request("POST", `/${unit.database}/_bulk_docs`, { docs: older });
    const info = await engine.request<{ doc_count: number }>("GET", `/${unit.database}`);
    const password = first.credentials.find((c) => c.user === unit.user)!.password;
    const firstSyncs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const sync = createHubSync({
        hubUrl: engine.url,
        PouchDB: NodePouchDB,
        localOptions: { adapter: "memory" },
        localName: (db) => `bench-${i}-${db}`,
        retry: { initial: 200, max: 1_000 },
      });
      const start = performance.now();
      await sync.login(unit.user, password);
      await sync.start();
      await eventually(
        "the first sync",
        async () =>
          sync.state().status === "synced" && (await sync.local().info()).doc_count >= info.body.doc_count,
        300_000,
      );
      firstSyncs.push(performance.now() - start);
      await sync.logout({ removeLocalCopy: true });
    }
    firstSyncs.sort((a, b) => a - b);
    const firstSyncMs = firstSyncs[1]!;

    // 3. Baseline: the same 24,000 entries through 400 return files, in this process.
    const cutoff = { closingDay: 14 };
    const returnsStart = performance.now();
    let merged = 0;
    for (const commune of communes) {
      const agency = loc.agencies.find((a) => a.unitId === commune.directoryId && a.kind === "ubnd")!;
      const own = provincePlan({ id: agency.id, name: agency.name });
      let log: PeriodEntry[] = [];
      for (const q of QUARTERS) {
        const period: ReportPeriod = { kind: "quarter", year: YEAR, quarter: q };
        const issuedReturn = createAgencyReturn({
          plan: own,
          period,
          cutoff,
          log,
          agencyKey: `id:${agency.id}`,
          issuedBy: "Sở Nội vụ",
          returnId: `${commune.code}-${periodKey(period)}`,
        });
        const filled = {
          ...issuedReturn,
          entries: own.tasks.map((task) => entry(task.id, YEAR, q)),
          filledAt: new Date().toISOString(),
        };
        const file = JSON.stringify(filled);
        const read = parseAgencyReturnJson(file);
        if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 2)));
        const check = checkReturnTarget(read.value, own, period, cutoff);
        if (!check.ok) throw new Error(check.message);
        const mergePlan = planMerge({
          window: read.value.window,
          taskIds: read.value.tasks.map((x) => x.id),
          ours: log,
          theirs: read.value.entries,
          base: read.value.base,
        });
        const result = applyMerge(log, mergePlan, {});
        if (!result.ok) throw new Error("undecided conflicts");
        log = result.log;
      }
      merged += log.length;
    }
    const returnsMs = performance.now() - returnsStart;

    console.log(`\nProvince hub (${engine.label}; local copies: PouchDB memory adapter in Node)`);
    console.log(
      `Provisioning ${layout.units.length} unit databases: ${seconds(provisionMs)}; publishing a 60-task plan to ${UNITS} communes: ${seconds(publishMs)}`,
    );
    console.table([
      {
        case: `hub: ${expected} entries from ${UNITS} communes into the province (write → all in roll-up)`,
        time: seconds(collectMs),
        "docs/s": Math.round(expected / (collectMs / 1000)),
        "units side": unitTotal,
        "province side": provinceTotal,
        "× return files": (collectMs / returnsMs).toFixed(2),
      },
      {
        case: `hub: the same entries back into the Sở's database, whose plan gave the tasks (write → all there)`,
        time: seconds(issuerMs),
        "docs/s": Math.round(expected / (issuerMs / 1000)),
        "units side": unitTotal,
        "province side": `${issuerTotal} (Sở)`,
        "× return files": (issuerMs / returnsMs).toFixed(2),
      },
      {
        case: `  of which writing the entries into the ${UNITS} unit databases`,
        time: seconds(seededMs),
        "docs/s": Math.round(expected / (seededMs / 1000)),
      },
      {
        case: `hub: first sync of one commune, 3 years (${info.body.doc_count} docs), median of 3`,
        time: seconds(firstSyncMs),
        "docs/s": Math.round(info.body.doc_count / (firstSyncMs / 1000)),
        "units side": info.body.doc_count,
      },
      {
        case: `return files (baseline): ${UNITS * QUARTERS.length} files made, filled, read, checked, merged`,
        time: seconds(returnsMs),
        "docs/s": Math.round(merged / (returnsMs / 1000)),
        "units side": expected,
        "province side": merged,
        "× return files": "1.00",
      },
    ]);
    if (provinceTotal !== unitTotal || issuerTotal !== unitTotal || merged !== expected) {
      console.log(
        `COUNTS DIFFER: units ${unitTotal}, province ${provinceTotal}, Sở ${issuerTotal}, return files ${merged}`,
      );
      process.exitCode = 1;
    } else {
      console.log(
        `Counts equal on every side (units, province, Sở): ${provinceTotal} entries; nothing lost.`,
      );
    }
    console.log(
      "The return-file time is machine time only; each of those files is also sent and imported by a person.",
    );
  } finally {
    await engine.stop();
  }
}
