import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { NodePouchDB } from "../testing/pouch.test-helpers.js";
import { hubPlanStore } from "./hub-plans.js";

// The plan builder's editor saves through `update`, from the revision it last read: on a unit's
// copy of its hub database, a plan deleted or saved by another tab (or arriving by replication)
// in between is never brought back or overwritten.

let count = 0;
function unitCopy() {
  const db = new NodePouchDB(`hub-plans-${++count}`, { adapter: "memory" });
  return hubPlanStore({ db, unit: "xa-an", user: "xa-an" });
}

describe("a unit's plans on its copy of the hub", () => {
  it("updates from the revision held, and calls a save elsewhere a conflict", async () => {
    const plans = unitCopy();
    const first = await plans.save(samplePlan);
    const mine = await plans.update({ ...samplePlan, title: "Bản của thẻ này" }, first.revision);
    expect(mine).toMatchObject({ ok: true, revision: first.revision + 1 });
    const stale = await plans.update({ ...samplePlan, title: "Bản cũ của thẻ khác" }, first.revision);
    expect(stale).toEqual({ ok: false, reason: "conflict", revision: first.revision + 1 });
    expect(await plans.read(samplePlan.id)).toMatchObject({ ok: true, plan: { title: "Bản của thẻ này" } });
  });

  it("never brings back a plan deleted since it was read", async () => {
    const plans = unitCopy();
    const first = await plans.save(samplePlan);
    await plans.remove(samplePlan.id);
    expect(await plans.update({ ...samplePlan, title: "Gõ sau khi xóa" }, first.revision)).toEqual({
      ok: false,
      reason: "missing",
    });
    expect(await plans.read(samplePlan.id)).toEqual({ ok: false, reason: "missing" });
  });
});
