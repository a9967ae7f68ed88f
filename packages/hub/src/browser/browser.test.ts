import type { Plan, ReportPeriod } from "@kehoach/plan-model";
import { samplePlan } from "@kehoach/plan-model/sample";
import type { PeriodEntry } from "@kehoach/report-model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planDocId, progressDocId } from "../ids.js";
import { hubLayout } from "../layout.js";
import { provision } from "../setup/provision.js";
import type { PouchDoc } from "../sync/pouch.js";
import { type Engine, eventually, startEngine } from "../testing/engine.test-helpers.js";
import { removeHub } from "../testing/hub.test-helpers.js";
import { testLocality } from "../testing/locality.test-helpers.js";
import { provincePlan } from "../testing/plan.test-helpers.js";
import { NodePouchDB } from "../testing/pouch.test-helpers.js";
import { type CuttableProxy, startProxy } from "../testing/proxy.test-helpers.js";
import { hubPlanStore } from "./hub-plans.js";
import { hubProgressLog, periodOfEntry, periodState, setPeriodState } from "./hub-progress.js";
import { progressConflicts, resolveProgressConflict } from "./progress-conflicts.js";
import { type ConnectionKind, type KeyValueStorage, openSiteHub, type SiteHub } from "./site-hub.js";

// The hub as the apps' pages use it, against a real engine over HTTP (PouchDB Server started for
// this file, or the CouchDB 3 HUB_URL names). A "browser" here is a storage for the remembered
// connection, a cookie jar that outlives a page (as a browser's does) and a local database name;
// reloading the page is opening the site's hub again with the same three.

const locality = testLocality();
const layout = hubLayout(locality);
const unit = (code: string) => layout.units.find((u) => u.code === code)!;
const xaAn = unit("xa-an");
const soNoiVu = unit("so-noi-vu");
const binh = unit("phuong-binh");
const issued = provincePlan("kh-giao");
const delivered = { unit: "so-noi-vu", id: issued.id };
const q2: ReportPeriod = { kind: "quarter", year: 2026, quarter: 2 };
let engine: Engine;
let proxy: CuttableProxy;
const passwords = new Map<string, string>();
const pages: SiteHub[] = [];
let browsers = 0;

interface Browser {
  storage: KeyValueStorage;
  fetch: typeof fetch;
  name: string;
  /** Forgets the session cookie, as its expiry would. */
  expire(): void;
}

function browser(): Browser {
  const items = new Map<string, string>();
  let cookie: string | undefined;
  const name = `browser-${++browsers}`;
  return {
    name,
    storage: {
      getItem: (k) => items.get(k) ?? null,
      setItem: (k, v) => void items.set(k, v),
      removeItem: (k) => void items.delete(k),
    },
    fetch: (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
      const headers = new Headers(init?.headers as ConstructorParameters<typeof Headers>[0]);
      if (cookie && !headers.has("cookie")) headers.set("cookie", cookie);
      const response = await fetch(input, { ...init, headers });
      for (const line of response.headers.getSetCookie()) {
        const match = /^AuthSession=([^;]*)/.exec(line);
        if (match) cookie = match[1] ? `AuthSession=${match[1]}` : undefined;
      }
      return response;
    }) as typeof fetch,
    expire: () => {
      cookie = undefined;
    },
  };
}

async function page(b: Browser, url = engine.url, kind: ConnectionKind = "unit"): Promise<SiteHub> {
  const hub = await openSiteHub({
    hubUrl: url,
    kind,
    PouchDB: NodePouchDB,
    storage: b.storage,
    sync: {
      fetch: b.fetch,
      localOptions: { adapter: "memory" },
      localName: (db) => `${b.name}-${db}`,
      retry: { initial: 100, max: 400 },
      watchNetwork: false,
    },
  });
  pages.push(hub);
  return hub;
}

const synced = (hub: SiteHub, what = "the page to be in sync") =>
  eventually(what, async () => hub.sync.state().status === "synced" && hub.sync.state().pending === 0);

async function hubDoc(db: string, id: string) {
  const res = await engine.request<PouchDoc>("GET", `/${db}/${encodeURIComponent(id)}`);
  return res.status === 200 ? res.body : undefined;
}

const docsOf = (hub: SiteHub) => ({
  db: hub.local(),
  unit: hub.unit() as string,
  user: hub.connection()!.name,
});

function entry(taskId: string, percent: number, result: string, key = "2026-Q2"): PeriodEntry {
  return {
    id: `${taskId}@${key}`,
    taskId,
    date: "2026-06-10",
    state: "in_progress",
    percent,
    result,
    indicators: [{ label: "Tin, bài", value: 3, unit: "tin, bài" }],
    evidence: [],
  };
}

beforeAll(async () => {
  engine = await startEngine();
  proxy = await startProxy(engine.url);
  const first = await provision({ url: engine.url, admin: engine.admin, locality });
  for (const c of first.credentials) passwords.set(c.user, c.password);
  // The Sở issues a plan assigning tasks to the communes; provisioning delivers it.
  const so = await page(browser());
  await so.login(soNoiVu.user, passwords.get(soNoiVu.user) as string);
  await hubPlanStore(docsOf(so)).save(issued);
  await synced(so, "the Sở's plan on the hub");
  await so.logout();
  await provision({ url: engine.url, admin: engine.admin, locality });
}, 90_000);

afterAll(async () => {
  for (const p of pages) await p.logout().catch(() => undefined);
  await proxy.close();
  await removeHub(engine, locality);
  await engine.stop();
});

describe(`the hub in a site's pages (engine: ${process.env.HUB_URL ? "CouchDB at HUB_URL" : "PouchDB Server"})`, () => {
  it("remembers the connection without the password, and reopens the copy offline after a reload", async () => {
    const b = browser();
    const first = await page(b, proxy.url);
    const password = passwords.get(xaAn.user) as string;
    await first.login(xaAn.user, password);
    await synced(first);
    expect(first.connection()).toMatchObject({ name: xaAn.user, database: xaAn.database, readOnly: false });
    expect(b.storage.getItem("kehoach:hub-connection")).not.toContain(password);
    const plans = hubPlanStore(docsOf(first));
    const own: Plan = { ...structuredClone(samplePlan), id: "kh-rieng", title: "Kế hoạch riêng của xã" };
    await plans.save(own);
    const onHub = await eventually("the plan on the hub", () =>
      hubDoc(xaAn.database, planDocId("xa-an", "kh-rieng")),
    );
    expect(onHub).toMatchObject({ status: "issued", plan: { title: "Kế hoạch riêng của xã" } });
    await synced(first);

    // The page reloads while the hub cannot be reached: the copy opens, the status says offline.
    await proxy.cut();
    const reloaded = await page(b, proxy.url);
    expect(reloaded.sync.state()).toMatchObject({ status: "offline", user: xaAn.user });
    const readBack = await hubPlanStore(docsOf(reloaded)).read("kh-rieng");
    expect(readBack).toMatchObject({ ok: true, plan: { title: "Kế hoạch riêng của xã" } });
    const log = hubProgressLog(docsOf(reloaded));
    await log.putEntry("kh-giao", entry("t-an", 30, "Ghi khi mất mạng"));
    await eventually("the offline write counted as waiting", async () => reloaded.sync.state().pending === 1);
    const id = progressDocId("xa-an", delivered, "t-an", "2026-Q2");
    expect(await hubDoc(xaAn.database, id)).toBeUndefined();

    await proxy.restore();
    await reloaded.sync.reconnect();
    await synced(reloaded, "the offline write to reach the hub");
    expect(await hubDoc(xaAn.database, id)).toMatchObject({
      entry: { percent: 30, result: "Ghi khi mất mạng" },
    });
    await eventually("the entry in the province's roll-up", () => hubDoc(layout.province.database, id));
  });

  it("says when a new device's copy has first caught up, so its lists are not read empty", async () => {
    const hub = await page(browser());
    await hub.login(xaAn.user, passwords.get(xaAn.user) as string);
    await hub.firstSync(15_000);
    expect(hub.sync.state().lastSyncAt).toBeDefined();
    const plans = await hubPlanStore({ ...docsOf(hub), ready: hub.firstSync() }).list();
    expect(plans.map((p) => p.id)).toContain("kh-giao");
  });

  it("keeps the copy open when the session has expired, and resumes on the same copy after signing in again", async () => {
    const b = browser();
    const first = await page(b);
    await first.login(xaAn.user, passwords.get(xaAn.user) as string);
    await synced(first);
    b.expire();
    const reloaded = await page(b);
    expect(reloaded.sync.state()).toMatchObject({ status: "error", signInAgain: true });
    expect(reloaded.sync.state().message).toContain("đăng nhập lại");
    const copy = reloaded.local();
    expect((await hubPlanStore(docsOf(reloaded)).read("kh-giao")).ok).toBe(true);
    await hubProgressLog(docsOf(reloaded)).putEntry("kh-giao", entry("t-all", 15, "Trong lúc hết phiên"));
    await reloaded.login(xaAn.user, passwords.get(xaAn.user) as string);
    expect(reloaded.local()).toBe(copy);
    await synced(reloaded, "the write made while signed out to reach the hub");
    expect(await hubDoc(xaAn.database, progressDocId("xa-an", delivered, "t-all", "2026-Q2"))).toMatchObject({
      entry: { result: "Trong lúc hết phiên" },
    });
  });

  it("takes only its kind of account: no province reader in a unit's page, no unit in the province's", async () => {
    const unitPage = await page(browser());
    await expect(
      unitPage.login(layout.province.user, passwords.get(layout.province.user) as string),
    ).rejects.toThrow(/tài khoản đọc của tỉnh/);
    expect(unitPage.connection()).toBeUndefined();
    expect(unitPage.sync.state().status).toBe("signed-out");
    const provincePage = await page(browser(), engine.url, "province");
    await expect(provincePage.login(xaAn.user, passwords.get(xaAn.user) as string)).rejects.toThrow(
      /tài khoản của một đơn vị/,
    );
    const reader = await provincePage.login(
      layout.province.user,
      passwords.get(layout.province.user) as string,
    );
    expect(reader).toMatchObject({ database: layout.province.database, readOnly: true });
    expect(provincePage.unit()).toBeUndefined();
  });

  it("lists the unit's plans and those delivered to it; the delivered ones are read-only", async () => {
    const hub = await page(browser());
    await hub.login(xaAn.user, passwords.get(xaAn.user) as string);
    await synced(hub);
    const plans = hubPlanStore(docsOf(hub));
    const draft: Plan = {
      ...structuredClone(samplePlan),
      id: "kh-nhap",
      issuedOn: { year: 2026 },
      title: "Dự thảo",
    };
    const first = await plans.save(draft, new Date("2026-03-01T00:00:00Z"));
    const second = await plans.save({ ...draft, title: "Dự thảo, sửa" }, new Date("2026-03-02T00:00:00Z"));
    expect(second.revision).toBeGreaterThan(first.revision);
    expect((await hub.local().get(planDocId("xa-an", "kh-nhap"))).status).toBe("draft");
    const list = await plans.list();
    expect(list.find((p) => p.id === "kh-giao")).toMatchObject({ readOnlyFrom: "so-noi-vu", readable: true });
    expect(list.find((p) => p.id === "kh-nhap")).toMatchObject({
      title: "Dự thảo, sửa",
      readable: true,
      revision: second.revision,
    });
    expect(list.find((p) => p.id === "kh-nhap")?.readOnlyFrom).toBeUndefined();
    await expect(plans.save({ ...issued, title: "Sửa trộm" })).rejects.toThrow(
      /do đơn vị so-noi-vu ban hành/,
    );
    await expect(plans.remove("kh-giao")).rejects.toThrow(/chỉ xem và báo cáo/);
    await plans.setMeta("currentPlanId", "kh-nhap");
    expect(await plans.getMeta("currentPlanId")).toBe("kh-nhap");
    await plans.remove("kh-nhap");
    expect(await plans.read("kh-nhap")).toEqual({ ok: false, reason: "missing" });
    await synced(hub);
    expect(await hubDoc(xaAn.database, planDocId("xa-an", "kh-nhap"))).toBeUndefined();
    // The device's settings never leave it.
    expect(await hubDoc(xaAn.database, "_local/kehoach-meta:currentPlanId")).toBeUndefined();
  });

  it("keeps the log as one document per task and period, writes nothing unchanged, and marks the period sent", async () => {
    const hub = await page(browser());
    await hub.login(xaAn.user, passwords.get(xaAn.user) as string);
    await synced(hub);
    const docs = docsOf(hub);
    const log = hubProgressLog(docs);
    const a = entry("t-an", 60, "Đã tuyên truyền 3 thôn");
    const b = entry("t-all", 20, "Đang chuẩn bị", "2026-Q3");
    await log.replaceLog("kh-giao", [a, b]);
    const id = progressDocId("xa-an", delivered, "t-an", "2026-Q2");
    const rev = (await hub.local().get(id))._rev;
    await log.putEntry("kh-giao", { ...a });
    expect((await hub.local().get(id))._rev).toBe(rev);
    expect((await log.log("kh-giao")).map((e) => e.id).sort()).toEqual(["t-all@2026-Q3", "t-an@2026-Q2"]);
    await log.replaceLog("kh-giao", [a]);
    expect((await log.log("kh-giao")).map((e) => e.id)).toEqual(["t-an@2026-Q2"]);
    await expect(log.replaceLog("kh-giao", [a, { ...a, percent: 70 }])).rejects.toThrow(/cùng thuộc một kỳ/);
    expect((await log.allEntries()).filter((e) => e.planId === "kh-giao").map((e) => e.entry.id)).toContain(
      "t-an@2026-Q2",
    );
    await expect(log.putEntry("khong-co", a)).rejects.toThrow(/không có trong dữ liệu của đơn vị/);
    expect(periodOfEntry({ ...a, id: "nhap-tay" })).toEqual({
      kind: "adhoc",
      from: "2026-06-10",
      to: "2026-06-10",
    });
    await setPeriodState(docs, "kh-giao", q2, "submitted");
    expect(await periodState(docs, "kh-giao", q2)).toMatchObject({ status: "submitted", plan: delivered });
    await synced(hub);
    const onHub = await hubDoc(layout.province.database, id).then(
      (d) => d ?? eventually("the entry in the roll-up", () => hubDoc(layout.province.database, id)),
    );
    expect(onHub).toMatchObject({ entry: { percent: 60 } });
  });

  it("shows the issuer, in its log of a plan it issued, what the units it gives tasks to reported, as theirs and never as its own", async () => {
    const commune = await page(browser());
    await commune.login(xaAn.user, passwords.get(xaAn.user) as string);
    await synced(commune);
    const reported = entry("t-an", 45, "Xã đã tuyên truyền tại 4 thôn", "2026-Q4");
    await hubProgressLog(docsOf(commune)).putEntry("kh-giao", reported);

    // A ward (its code sorts before the Sở's, the commune's after) reports the task all communes share.
    const ward = await page(browser());
    await ward.login(binh.user, passwords.get(binh.user) as string);
    await synced(ward);
    const wardEntry = entry("t-all", 30, "Phường đã đăng 3 tin", "2026-Q4");
    await hubProgressLog(docsOf(ward)).putEntry("kh-giao", wardEntry);

    const office = await page(browser());
    await office.login(soNoiVu.user, passwords.get(soNoiVu.user) as string);
    const log = hubProgressLog(docsOf(office));
    const arrivedId = "t-an@2026-Q4@xa-an";
    const arrived = await eventually("the commune's and the ward's entries in the Sở's log", async () => {
      const entries = await log.log("kh-giao");
      const found = entries.find((e) => e.id === arrivedId);
      return found && entries.some((e) => e.id === "t-all@2026-Q4@phuong-binh") ? found : undefined;
    });
    expect(arrived).toEqual({ ...reported, id: arrivedId });
    expect((await log.log("kh-giao")).find((e) => e.id === "t-all@2026-Q4@phuong-binh")).toEqual({
      ...wardEntry,
      id: "t-all@2026-Q4@phuong-binh",
    });
    // The office's own entry of the period stands beside it, never in its place.
    const own = entry("t-an", 50, "Sở tổng hợp", "2026-Q4");
    await log.putEntry("kh-giao", own);
    const both = await log.log("kh-giao");
    expect(
      both
        .filter((e) => e.taskId === "t-an" && e.id.startsWith("t-an@2026-Q4"))
        .map((e) => e.id)
        .sort(),
    ).toEqual(["t-an@2026-Q4", arrivedId]);
    const theirId = progressDocId("xa-an", delivered, "t-an", "2026-Q4");
    const theirRev = (await office.local().get(theirId))._rev;
    // The whole log handed back (as after merging a return file) leaves their entry as it is...
    await log.replaceLog("kh-giao", both);
    await log.replaceLog(
      "kh-giao",
      both.filter((e) => e.id !== arrivedId),
    );
    expect((await office.local().get(theirId))._rev).toBe(theirRev);
    // ...and a change to it is refused whole, as is writing it as the office's own.
    const changed = both.map((e) => (e.id === arrivedId ? { ...e, percent: 99 } : e));
    await expect(log.replaceLog("kh-giao", changed)).rejects.toThrow(/do đơn vị xa-an báo cáo/);
    await expect(log.putEntry("kh-giao", { ...arrived, percent: 99 })).rejects.toThrow(
      /chỉ xa-an sửa được mục này/,
    );
    expect((await log.allEntries()).map((e) => e.entry.id)).not.toContain(arrivedId);
    await synced(office);
    expect(await hubDoc(soNoiVu.database, theirId)).toMatchObject({ unit: "xa-an", entry: { percent: 45 } });
    expect(
      await hubDoc(soNoiVu.database, progressDocId("so-noi-vu", delivered, "t-an", "2026-Q4")),
    ).toMatchObject({ unit: "so-noi-vu", entry: { result: "Sở tổng hợp" } });
    // The commune's log of the Sở's plan is its own entries alone: nothing of the Sở's or the ward's.
    const communeLog = await hubProgressLog(docsOf(commune)).log("kh-giao");
    expect(communeLog.filter((e) => e.id.includes("2026-Q4"))).toEqual([reported]);
  });

  it("shows two devices' offline edits of one entry for the review, and keeps the one chosen without losing the other", async () => {
    const office = await page(browser(), proxy.url);
    const agency = await page(browser(), proxy.url);
    await office.login(xaAn.user, passwords.get(xaAn.user) as string);
    await agency.login(xaAn.user, passwords.get(xaAn.user) as string);
    await Promise.all([synced(office), synced(agency)]);
    const base = entry("t-an", 40, "Bản chung", "2026-Y");
    await hubProgressLog(docsOf(office)).putEntry("kh-giao", base);
    const id = progressDocId("xa-an", delivered, "t-an", "2026-Y");
    await eventually("the entry on the agency's device", () =>
      agency
        .local()
        .get(id)
        .catch(() => undefined),
    );
    await Promise.all([synced(office), synced(agency)]);
    await proxy.cut();
    await hubProgressLog(docsOf(office)).putEntry("kh-giao", {
      ...base,
      percent: 50,
      result: "Văn phòng: 50%",
    });
    await hubProgressLog(docsOf(agency)).putEntry("kh-giao", {
      ...base,
      percent: 90,
      result: "Phòng VH-XH: 90%",
    });
    await proxy.restore();
    await Promise.all([office.sync.reconnect(), agency.sync.reconnect()]);
    const [conflict] = await eventually("the conflict on the office's device", async () => {
      const list = await progressConflicts(office.sync, docsOf(office), "kh-giao");
      return list.length === 1 ? list : undefined;
    });
    expect(conflict?.base).toMatchObject({ percent: 40, result: "Bản chung" });
    expect([conflict?.winner.entry.result, conflict?.other.entry.result].sort()).toEqual([
      "Phòng VH-XH: 90%",
      "Văn phòng: 50%",
    ]);
    await resolveProgressConflict(office.sync, docsOf(office), conflict!, {
      ...base,
      percent: 90,
      result: "Văn phòng: 50%; Phòng VH-XH: 90%",
    });
    expect(await progressConflicts(office.sync, docsOf(office), "kh-giao")).toEqual([]);
    const onAgency = await eventually("the resolution on the agency's device", async () => {
      const doc = await agency.local().get(id, { conflicts: true });
      const e = doc.entry as PeriodEntry;
      return !doc._conflicts?.length && e.result === "Văn phòng: 50%; Phòng VH-XH: 90%" ? doc : undefined;
    });
    expect((onAgency.entry as PeriodEntry).result).toBe("Văn phòng: 50%; Phòng VH-XH: 90%");
    const archived = await eventually("both versions set aside on the hub", async () => {
      const res = await engine.request<{ rows: { doc: PouchDoc }[] }>(
        "GET",
        `/${xaAn.database}/_all_docs?include_docs=true&startkey=${encodeURIComponent('"archive:xa-an:"')}&endkey=${encodeURIComponent('"archive:xa-an:\ufff0"')}`,
      );
      const bodies = res.body.rows
        .filter((r) => r.doc.of === id)
        .map((r) => (r.doc.body as { entry: PeriodEntry }).entry.result);
      return bodies.length === 2 ? bodies.sort() : undefined;
    });
    expect(archived).toEqual(["Phòng VH-XH: 90%", "Văn phòng: 50%"]);
  });

  it("signs out and forgets the connection, removing the copy on this device when asked", async () => {
    const b = browser();
    const hub = await page(b);
    await hub.login(xaAn.user, passwords.get(xaAn.user) as string);
    await synced(hub);
    await hub.logout({ removeLocalCopy: true });
    expect(hub.connection()).toBeUndefined();
    expect(b.storage.getItem("kehoach:hub-connection")).toBeNull();
    const again = new NodePouchDB(`${b.name}-${xaAn.database}`, { adapter: "memory" });
    expect((await again.info()).doc_count).toBe(0);
    await again.destroy();
    const reloaded = await page(b);
    expect(reloaded.connection()).toBeUndefined();
    expect(reloaded.sync.state().status).toBe("signed-out");
  });
});
