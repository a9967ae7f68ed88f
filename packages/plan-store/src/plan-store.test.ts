import { samplePlan } from "@kehoach/plan-model/sample";
import { afterEach, describe, expect, it } from "vitest";
import { openPlanStore, type PlanStore, setPlanStoreSource } from "./plan-store.js";

let store: PlanStore | undefined;
let dbName = "";
let counter = 0;
async function freshStore() {
  counter++;
  dbName = `kehoach-test-${Date.now()}-${counter}`;
  store = await openPlanStore(dbName);
  return store;
}

afterEach(() => store?.close());

describe("plans in IndexedDB", () => {
  it("saves a plan and reads it back identical, with a revision that counts saves", async () => {
    const s = await freshStore();
    expect((await s.save(samplePlan)).revision).toBe(1);
    expect((await s.save({ ...samplePlan, title: "Tiêu đề mới" })).revision).toBe(2);
    const read = await s.read(samplePlan.id);
    expect(read).toMatchObject({ ok: true, revision: 2, plan: { ...samplePlan, title: "Tiêu đề mới" } });
  });

  it("lists plans newest first with their title and year", async () => {
    const s = await freshStore();
    await s.save(samplePlan, new Date("2026-01-01T00:00:00Z"));
    await s.save(
      { ...samplePlan, id: "khac", title: "Kế hoạch khác", planYear: 2027 },
      new Date("2026-02-01T00:00:00Z"),
    );
    expect((await s.list()).map((p) => [p.id, p.title, p.planYear, p.readable])).toEqual([
      ["khac", "Kế hoạch khác", 2027, true],
      [samplePlan.id, samplePlan.title, 2026, true],
    ]);
  });

  it("refuses to save an invalid plan and leaves the stored one as it was", async () => {
    const s = await freshStore();
    await s.save(samplePlan);
    const broken = { ...samplePlan, planYear: "2026" } as unknown as typeof samplePlan;
    await expect(s.save(broken)).rejects.toThrow(/Không lưu kế hoạch không hợp lệ: Năm kế hoạch/);
    expect(await s.read(samplePlan.id)).toMatchObject({ ok: true, revision: 1, plan: samplePlan });
  });

  it("updates a plan only from the revision the editor holds: a save elsewhere is a conflict", async () => {
    const s = await freshStore();
    await s.save(samplePlan);
    expect(await s.update({ ...samplePlan, title: "Bản của thẻ này" }, 1)).toMatchObject({
      ok: true,
      revision: 2,
    });
    // Another tab still holding revision 1 must not overwrite revision 2.
    expect(await s.update({ ...samplePlan, title: "Bản cũ của thẻ khác" }, 1)).toEqual({
      ok: false,
      reason: "conflict",
      revision: 2,
    });
    expect(await s.read(samplePlan.id)).toMatchObject({ revision: 2, plan: { title: "Bản của thẻ này" } });
  });

  it("never brings back a plan deleted since the editor read it", async () => {
    const s = await freshStore();
    await s.save(samplePlan);
    await s.remove(samplePlan.id);
    expect(await s.update({ ...samplePlan, title: "Gõ thêm sau khi bị xóa" }, 1)).toEqual({
      ok: false,
      reason: "missing",
    });
    expect(await s.read(samplePlan.id)).toEqual({ ok: false, reason: "missing" });
  });

  it("settles a delete and an update asked at once in order: the deleted plan stays deleted", async () => {
    const s = await freshStore();
    await s.save(samplePlan);
    const [first, second] = await Promise.all([
      s.remove(samplePlan.id).then(() => "removed"),
      s.update({ ...samplePlan, title: "Cùng lúc" }, 1),
    ]);
    // The delete's transaction runs first; the update's check sees the plan gone.
    expect(first).toBe("removed");
    expect(second).toEqual({ ok: false, reason: "missing" });
    expect(await s.read(samplePlan.id)).toEqual({ ok: false, reason: "missing" });
  });

  it("refuses to update with an invalid plan, leaving the stored one as it was", async () => {
    const s = await freshStore();
    await s.save(samplePlan);
    const broken = { ...samplePlan, planYear: "2026" } as unknown as typeof samplePlan;
    await expect(s.update(broken, 1)).rejects.toThrow(/Không lưu kế hoạch không hợp lệ/);
    expect(await s.read(samplePlan.id)).toMatchObject({ ok: true, revision: 1, plan: samplePlan });
  });

  it("reports a missing plan as missing", async () => {
    const s = await freshStore();
    expect(await s.read("khong-co")).toEqual({ ok: false, reason: "missing" });
  });

  it("keeps a record it cannot read, reporting why, without deleting it", async () => {
    const s = await freshStore();
    await s.save(samplePlan);
    // Simulate data written by a future version with a shape this version does not know.
    const raw = indexedDB.open(dbName);
    await new Promise<void>((resolve) => {
      raw.onsuccess = () => {
        const tx = raw.result.transaction("plans", "readwrite");
        tx.objectStore("plans").put({
          id: "tuong-lai",
          plan: { schemaVersion: 99 },
          updatedAt: "2026-03-01T00:00:00Z",
          revision: 1,
        });
        tx.oncomplete = () => {
          raw.result.close();
          resolve();
        };
      };
    });
    expect(await s.read("tuong-lai")).toMatchObject({ ok: false, reason: "invalid" });
    const listed = await s.list();
    expect(listed.find((p) => p.id === "tuong-lai")).toMatchObject({ readable: false });
  });

  it("keeps small settings beside the plans", async () => {
    const s = await freshStore();
    await s.setMeta("currentPlanId", samplePlan.id);
    expect(await s.getMeta("currentPlanId")).toBe(samplePlan.id);
  });
});

describe("the site's source of plans", () => {
  afterEach(() => setPlanStoreSource(undefined));

  it("opens the source the site set for openPlanStore(), and IndexedDB again once it is unset", async () => {
    const elsewhere = await freshStore();
    await elsewhere.save(samplePlan);
    setPlanStoreSource(async () => elsewhere);
    expect(await openPlanStore()).toBe(elsewhere);
    // A named database is always the browser's own, whatever the site's source.
    const named = await openPlanStore(`${dbName}-named`);
    expect(named).not.toBe(elsewhere);
    expect(await named.list()).toEqual([]);
    named.close();
    setPlanStoreSource(undefined);
    const own = await openPlanStore();
    expect(own).not.toBe(elsewhere);
    own.close();
  });
});
