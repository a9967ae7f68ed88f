import type { ReportPeriod } from "@kehoach/plan-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planDoc, progressDoc } from "../docs.js";
import { progressDocId } from "../ids.js";
import { hubLayout } from "../layout.js";
import { provision } from "../setup/provision.js";
import { type Engine, eventually, startEngine } from "../testing/engine.test-helpers.js";
import { removeHub } from "../testing/hub.test-helpers.js";
import { testLocality } from "../testing/locality.test-helpers.js";
import { provincePlan } from "../testing/plan.test-helpers.js";
import { NodePouchDB } from "../testing/pouch.test-helpers.js";
import { type CuttableProxy, startProxy } from "../testing/proxy.test-helpers.js";
import { createHubSync, type HubSync, HubSyncError } from "./index.js";
import type { PouchDoc } from "./pouch.js";

// Everything here goes through HTTP to a real engine: PouchDB Server started for this file, or
// the CouchDB 3 that HUB_URL names. Units and their accounts are made by provisioning, as in
// production; devices are PouchDB databases in memory, one per simulated browser.

const locality = testLocality();
const layout = hubLayout(locality);
const unit = (code: string) => layout.units.find((u) => u.code === code)!;
const xaAn = unit("xa-an");
const binh = unit("phuong-binh");
const soNoiVu = unit("so-noi-vu");
const plan = provincePlan();
const planRef = { unit: "so-noi-vu", id: plan.id };
const q2: ReportPeriod = { kind: "quarter", year: 2026, quarter: 2 };
let engine: Engine;
let proxy: CuttableProxy;
const passwords = new Map<string, string>();
const devices: HubSync[] = [];
let deviceCount = 0;

function device(url = engine.url): HubSync {
  const sync = createHubSync({
    hubUrl: url,
    PouchDB: NodePouchDB,
    localOptions: { adapter: "memory" },
    localName: (db) => `device-${++deviceCount}-${db}`,
    retry: { initial: 100, max: 500 },
  });
  devices.push(sync);
  return sync;
}

async function signedIn(code: string, url?: string): Promise<HubSync> {
  const sync = device(url);
  const u = unit(code);
  await sync.login(u.user, passwords.get(u.user) as string);
  await sync.start();
  return sync;
}

const synced = (sync: HubSync, what = "the device to be in sync") =>
  eventually(what, async () => sync.state().status === "synced" && sync.state().pending === 0);

function entry(taskId: string, percent: number, result = "Đã đăng 3 tin, bài") {
  return {
    id: `${taskId}@2026-Q2`,
    taskId,
    date: "2026-06-10",
    state: "in_progress" as const,
    percent,
    result,
    indicators: [{ label: "Tin, bài", value: 3, unit: "tin, bài" }],
    evidence: [],
  };
}

async function save(sync: HubSync, doc: PouchDoc): Promise<void> {
  const db = sync.local();
  const current = await db.get(doc._id).catch(() => undefined);
  await db.put({ ...doc, ...(current?._rev ? { _rev: current._rev } : {}) });
}

async function hubDoc(db: string, id: string) {
  const res = await engine.request<PouchDoc>("GET", `/${db}/${encodeURIComponent(id)}`);
  return res.status === 200 ? res.body : undefined;
}

async function asUser(code: string, method: string, path: string, body?: unknown) {
  const u = unit(code);
  const login = await fetch(`${engine.url}/_session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: u.user, password: passwords.get(u.user) }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const res = await fetch(`${engine.url}${path}`, {
    method,
    headers: { cookie, "content-type": "application/json", accept: "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as { reason?: string } };
}

beforeAll(async () => {
  engine = await startEngine();
  proxy = await startProxy(engine.url);
  const first = await provision({ url: engine.url, admin: engine.admin, locality });
  for (const c of first.credentials) passwords.set(c.user, c.password);
  // The Sở issues a plan from its own browser; the next provisioning run publishes it.
  const so = await signedIn("so-noi-vu");
  await save(so, planDoc(plan, "issued", { unit: "so-noi-vu", by: soNoiVu.user }) as unknown as PouchDoc);
  await synced(so, "the Sở's plan to reach the hub");
  await so.logout();
  await provision({ url: engine.url, admin: engine.admin, locality });
}, 60_000);

afterAll(async () => {
  for (const d of devices) await d.logout().catch(() => undefined);
  await proxy.close();
  await removeHub(engine, locality);
  await engine.stop();
});

describe(`sync with the hub (engine: ${process.env.HUB_URL ? "CouchDB at HUB_URL" : "PouchDB Server"})`, () => {
  it("delivers an issued plan to the communes it assigns tasks to, with the tasks in their rules", async () => {
    const delivered = await hubDoc(xaAn.database, `plan:so-noi-vu:${plan.id}`);
    expect(delivered?._rev).toBe((await hubDoc(soNoiVu.database, `plan:so-noi-vu:${plan.id}`))?._rev);
    const design = await hubDoc(xaAn.database, "_design/kehoach");
    expect((design?.kehoach as { assignments?: unknown } | undefined)?.assignments).toEqual({
      [`so-noi-vu:${plan.id}`]: ["t-all", "t-an"],
    });
  });

  it("replicates both ways: one device's entry reaches the hub, the province roll-up and the unit's other device", async () => {
    const office = await signedIn("xa-an");
    const laptop = await signedIn("xa-an");
    const doc = progressDoc(
      { plan: planRef, period: q2, entry: entry("t-an", 40) },
      { unit: "xa-an", by: xaAn.user },
    );
    await save(office, doc as unknown as PouchDoc);
    await eventually("the entry on the hub", () => hubDoc(xaAn.database, doc._id));
    await eventually("the entry in the province roll-up", () => hubDoc(layout.province.database, doc._id));
    const onLaptop = await eventually("the entry on the other device", () =>
      laptop
        .local()
        .get(doc._id)
        .catch(() => undefined),
    );
    expect((onLaptop.entry as { percent: number }).percent).toBe(40);
    await synced(office);
    expect(office.state()).toMatchObject({ status: "synced", label: "Đã đồng bộ", pending: 0, conflicts: 0 });
    expect(office.state().lastSyncAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The delivered plan is read in the commune but never sent back up as the commune's.
    expect(await laptop.local().get(`plan:so-noi-vu:${plan.id}`)).toMatchObject({ unit: "so-noi-vu" });
  });

  it("keeps edits made offline, counts them as waiting, and sends them when the connection is back", async () => {
    const sync = await signedIn("xa-an", proxy.url);
    await synced(sync);
    await proxy.cut();
    const a = progressDoc(
      { plan: planRef, period: q2, entry: entry("t-all", 10) },
      { unit: "xa-an", by: xaAn.user },
    );
    const b = progressDoc(
      {
        plan: planRef,
        period: { kind: "quarter", year: 2026, quarter: 3 },
        entry: { ...entry("t-all", 20), id: "t-all@2026-Q3", date: "2026-09-10" },
      },
      { unit: "xa-an", by: xaAn.user },
    );
    await save(sync, a as unknown as PouchDoc);
    await save(sync, b as unknown as PouchDoc);
    await eventually("the device to see it is offline with 2 changes waiting", async () => {
      const s = sync.state();
      return s.status === "offline" && s.label === "Ngoại tuyến" && s.pending === 2;
    });
    expect(await hubDoc(xaAn.database, a._id)).toBeUndefined();
    await proxy.restore();
    await sync.reconnect();
    await synced(sync, "the offline edits to be sent");
    expect(await hubDoc(xaAn.database, a._id)).toMatchObject({ entry: { percent: 10 } });
    expect(await hubDoc(xaAn.database, b._id)).toMatchObject({ entry: { percent: 20 } });
  });

  it("two units' offline edits on one shared task stay apart (one writer per document) and both reach the province", async () => {
    const an = await signedIn("xa-an", proxy.url);
    const bm = await signedIn("phuong-binh", proxy.url);
    await Promise.all([synced(an), synced(bm)]);
    await proxy.cut();
    const half: ReportPeriod = { kind: "halfYear", year: 2026 };
    const shared = { ...entry("t-all", 70, "An Hòa"), id: "t-all@2026-H1" };
    const docA = progressDoc(
      { plan: planRef, period: half, entry: shared },
      { unit: "xa-an", by: xaAn.user },
    );
    const docB = progressDoc(
      { plan: planRef, period: half, entry: { ...shared, percent: 30, result: "Bình Minh" } },
      { unit: "phuong-binh", by: binh.user },
    );
    await save(an, docA as unknown as PouchDoc);
    await save(bm, docB as unknown as PouchDoc);
    await proxy.restore();
    await Promise.all([an.reconnect(), bm.reconnect()]);
    const inProvince = await eventually("both entries in the province", async () => {
      const [x, y] = await Promise.all([
        hubDoc(layout.province.database, docA._id),
        hubDoc(layout.province.database, docB._id),
      ]);
      return x && y ? [x, y] : undefined;
    });
    expect(inProvince.map((d) => (d.entry as { result: string }).result)).toEqual(["An Hòa", "Bình Minh"]);
    expect(inProvince.every((d) => !d._conflicts)).toBe(true);
  });

  it("two devices of one unit editing the same entry offline: both sides are shown, and resolving keeps every version", async () => {
    const office = await signedIn("xa-an", proxy.url);
    const agency = await signedIn("xa-an", proxy.url);
    const base = progressDoc(
      {
        plan: planRef,
        period: { kind: "year", year: 2026 },
        entry: { ...entry("t-an", 50), id: "t-an@2026-Y" },
      },
      { unit: "xa-an", by: xaAn.user },
    );
    await save(office, base as unknown as PouchDoc);
    await eventually("the entry on the agency's device", () =>
      agency
        .local()
        .get(base._id)
        .catch(() => undefined),
    );
    await Promise.all([synced(office), synced(agency)]);
    await proxy.cut();
    await save(office, {
      ...(base as unknown as PouchDoc),
      entry: { ...base.entry, percent: 60, result: "Văn phòng: 60%" },
    });
    await save(agency, {
      ...(base as unknown as PouchDoc),
      entry: { ...base.entry, percent: 80, result: "Phòng VH-XH: 80%" },
    });
    await proxy.restore();
    await Promise.all([office.reconnect(), agency.reconnect()]);
    const [conflict] = await eventually("the conflict on the office's device", async () => {
      const list = await office.conflicts();
      return list.length === 1 && list[0]?.others.length === 1 ? list : undefined;
    });
    const sides = [conflict!.winner, ...conflict!.others]
      .map((v) => (v.doc.entry as { result: string }).result)
      .sort();
    expect(sides).toEqual(["Phòng VH-XH: 80%", "Văn phòng: 60%"]);
    await eventually("the shell's conflict count", async () => office.state().conflicts === 1);

    const merged = {
      ...conflict!.winner.doc,
      entry: { ...base.entry, percent: 80, result: "Văn phòng: 60%; Phòng VH-XH: 80%" },
    };
    await office.resolveConflict(base._id, { merged });
    // Waited for by the merged text: the agency's own version has 80% too, and before the office's
    // resolution arrives it stands alone on the agency's device, with no conflict to show.
    const resolved = await eventually("the resolution on the agency's device", async () => {
      const doc = await agency.local().get(base._id, { conflicts: true });
      return !doc._conflicts?.length && (doc.entry as { result: string }).result === merged.entry.result
        ? doc
        : undefined;
    });
    expect((resolved.entry as { result: string }).result).toBe("Văn phòng: 60%; Phòng VH-XH: 80%");
    const archived = await eventually("both set-aside versions on the hub", async () => {
      const res = await engine.request<{ rows: { doc: PouchDoc }[] }>(
        "GET",
        `/${xaAn.database}/_all_docs?include_docs=true&startkey=${encodeURIComponent('"archive:xa-an:"')}&endkey=${encodeURIComponent('"archive:xa-an:\ufff0"')}`,
      );
      const bodies = res.body.rows
        .filter((r) => r.doc.of === base._id)
        .map((r) => (r.doc.body as { entry: { result: string } }).entry.result);
      return bodies.length === 2 ? bodies.sort() : undefined;
    });
    expect(archived).toEqual(["Phòng VH-XH: 80%", "Văn phòng: 60%"]);
    await eventually("no conflict left on the office's device", async () => office.state().conflicts === 0);
  });

  it("a commune's account gets 401 or 403 on another unit's database and cannot write the province roll-up", async () => {
    const read = await asUser("xa-an", "GET", `/${binh.database}/_all_docs`);
    expect([401, 403]).toContain(read.status);
    const write = await asUser("xa-an", "PUT", `/${binh.database}/x`, { a: 1 });
    expect([401, 403]).toContain(write.status);
    const province = await asUser("xa-an", "PUT", `/${layout.province.database}/x`, { a: 1 });
    expect([401, 403]).toContain(province.status);
    const design = await asUser("xa-an", "PUT", `/${xaAn.database}/_design/evil`, {
      validate_doc_update: "function(){}",
    });
    expect([401, 403]).toContain(design.status);
  });

  it("validate_doc_update refuses a forged write: another unit's document, or progress on a task not given to the unit", async () => {
    const forged = progressDoc(
      { plan: planRef, period: q2, entry: entry("t-all", 99) },
      { unit: "phuong-binh", by: xaAn.user },
    );
    const other = await asUser("xa-an", "PUT", `/${xaAn.database}/${encodeURIComponent(forged._id)}`, forged);
    expect(other.status).toBe(403);
    expect(other.body.reason).toContain("thuộc đơn vị khác");
    const notMine = progressDoc(
      { plan: planRef, period: q2, entry: entry("t-ca", 5) },
      { unit: "xa-an", by: xaAn.user },
    );
    const task = await asUser(
      "xa-an",
      "PUT",
      `/${xaAn.database}/${encodeURIComponent(notMine._id)}`,
      notMine,
    );
    expect(task.status).toBe(403);
    expect(task.body.reason).toBe(
      `Nhiệm vụ "t-ca" của kế hoạch "${plan.id}" (so-noi-vu) không giao cho xã An Hòa.`,
    );
    const malformed = await asUser(
      "xa-an",
      "PUT",
      `/${xaAn.database}/${encodeURIComponent(notMine._id.replace("t-ca", "t-an"))}`,
      {
        ...notMine,
        _id: notMine._id.replace("t-ca", "t-an"),
        taskId: "t-an",
        entry: { ...notMine.entry, taskId: "t-an", state: "xong" },
      },
    );
    expect(malformed.status).toBe(403);

    // Written through the app, the refusal is kept and shown, not lost.
    const sync = await signedIn("xa-an");
    await save(sync, notMine as unknown as PouchDoc);
    const refused = await eventually("the refusal in the sync state", async () =>
      sync.state().refused.find((r) => r.id === notMine._id),
    );
    expect(refused.reason).toContain("không giao cho xã An Hòa");
    expect(await hubDoc(xaAn.database, notMine._id)).toBeUndefined();
    expect(await sync.local().get(notMine._id)).toBeDefined();
  });

  it("a province reader pulls the whole roll-up read-only, and the roll-up refuses its writes", async () => {
    const reader = device();
    const session = await reader.login(layout.province.user, passwords.get(layout.province.user) as string);
    expect(session).toMatchObject({ database: layout.province.database, readOnly: true });
    await reader.start();
    const entryId = progressDocId("xa-an", planRef, "t-an", "2026-Q2");
    await eventually("the commune's entry on the province reader's device", () =>
      reader
        .local()
        .get(entryId)
        .catch(() => undefined),
    );
    await synced(reader);
    const login = await fetch(`${engine.url}/_session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: layout.province.user, password: passwords.get(layout.province.user) }),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const write = await fetch(`${engine.url}/${layout.province.database}/x`, {
      method: "PUT",
      headers: { cookie, "content-type": "application/json" },
      body: "{}",
    });
    expect(write.status).toBe(403);
    expect(((await write.json()) as { reason: string }).reason).toContain("chỉ đọc");
  });

  it("signs in with the session cookie only, refuses a wrong password, and can remove the local copy on logout", async () => {
    await expect(device().login(xaAn.user, "sai")).rejects.toThrow(
      new HubSyncError("Sai tên đăng nhập hoặc mật khẩu.", "unauthorized"),
    );
    const sync = await signedIn("xa-an");
    await synced(sync);
    expect(JSON.stringify(sync.state())).not.toContain(passwords.get(xaAn.user) as string);
    const name = `device-${deviceCount}-${xaAn.database}`;
    expect((await sync.local().info()).doc_count).toBeGreaterThan(0);
    await sync.logout({ removeLocalCopy: true });
    expect(sync.state().status).toBe("signed-out");
    const again = new NodePouchDB(name, { adapter: "memory" });
    expect((await again.info()).doc_count).toBe(0);
    await again.destroy();
    const progress = progressDocId("xa-an", planRef, "t-an", "2026-Q2");
    expect(await hubDoc(xaAn.database, progress)).toBeDefined();
  });
});
