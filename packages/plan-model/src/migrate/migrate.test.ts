import { describe, expect, it } from "vitest";
import { samplePlanV1 } from "../fixtures/kim-lien-v1.test-helpers.js";
import { parsePlanJson, serializePlan, validatePlanData } from "../load.js";
import { samplePlan } from "../sample/index.js";
import { migratePlan } from "./index.js";

describe("a format 1 file", () => {
  const loaded = validatePlanData(structuredClone(samplePlanV1));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const plan = loaded.plan;

  it("loads as format 2 without losing a task, an agency or a time as written", () => {
    expect(plan.schemaVersion).toBe(2);
    expect(plan.tasks).toHaveLength(samplePlanV1.tasks.length);
    plan.tasks.forEach((task, i) => {
      const old = samplePlanV1.tasks[i]!;
      expect(task.id).toBe(old.id);
      expect(task.title).toBe(old.content);
      expect(task.product).toBe(old.product);
      expect(task.roles.filter((r) => r.role === "lead").map((r) => r.agency.name)).toEqual(old.leads);
      expect(task.roles.filter((r) => r.role === "support").map((r) => r.agency.name)).toEqual(old.supports);
      expect(task.time.raw).toBe(old.time);
    });
  });

  it("gets the same tasks, times and bases as the hand-converted sample", () => {
    expect(plan.tasks.map(({ id, title, roles, time }) => ({ id, title, roles, time }))).toEqual(
      samplePlan.tasks.map(({ id, title, roles, time }) => ({ id, title, roles, time })),
    );
    expect(plan.bases).toEqual(samplePlan.bases);
    expect(plan.recipients).toEqual(samplePlan.recipients);
  });

  it("keeps the place of the task table among the sections", () => {
    const blocks = plan.sections.flatMap((s) => s.content);
    expect(blocks).toContainEqual({ kind: "slot", slot: "tasks" });
  });

  it("is migrated once: migrating the result again changes nothing", () => {
    expect(migratePlan(plan)).toBe(plan);
    const again = parsePlanJson(serializePlan(plan));
    expect(again).toEqual({ ok: true, plan });
  });

  it("reports problems in the terms of format 1 when it is broken", () => {
    const broken = {
      ...structuredClone(samplePlanV1),
      tasks: [{ id: "x", content: "", leads: "Phòng", supports: [], time: "" }],
    };
    expect(validatePlanData(broken)).toMatchObject({
      ok: false,
      problems: [{ path: "tasks[0].leads", where: "Nhiệm vụ 1 › Cơ quan chủ trì" }],
    });
  });
});
