import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { formatAgencyList, parseAgencyList, planReducer } from "./plan-reducer.js";

describe("editing a plan", () => {
  it("changes the title and nothing else", () => {
    const next = planReducer(samplePlan, { type: "setTitle", title: "Tiêu đề mới" });
    expect(next).toEqual({ ...samplePlan, title: "Tiêu đề mới" });
  });

  it("adds an empty task at the end with the given id", () => {
    const next = planReducer(samplePlan, { type: "addTask", id: "moi" });
    expect(next.tasks).toHaveLength(samplePlan.tasks.length + 1);
    expect(next.tasks.at(-1)).toEqual({
      id: "moi",
      title: "",
      roles: [],
      time: { raw: "", kind: "unspecified" },
    });
  });

  it("updates one task's fields by id", () => {
    const id = samplePlan.tasks[2]!.id;
    const next = planReducer(samplePlan, { type: "updateTask", id, patch: { product: "Chuyên mục" } });
    expect(next.tasks[2]).toEqual({ ...samplePlan.tasks[2], product: "Chuyên mục" });
    expect(next.tasks[1]).toBe(samplePlan.tasks[1]);
  });

  it("keeps the time as typed and adds what it means", () => {
    const id = samplePlan.tasks[2]!.id;
    const next = planReducer(samplePlan, { type: "setTaskTime", id, text: "Quý IV/2026" });
    expect(next.tasks[2]?.time).toEqual({
      raw: "Quý IV/2026",
      kind: "within",
      period: { unit: "quarter", year: 2026, quarter: 4 },
    });
  });

  it("replaces the lead agencies of a task and keeps its other roles", () => {
    const id = samplePlan.tasks[0]!.id;
    const next = planReducer(samplePlan, {
      type: "setTaskAgencies",
      id,
      role: "lead",
      names: ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"],
    });
    expect(next.tasks[0]?.roles.map((r) => [r.role, r.agency.name])).toEqual([
      ["lead", "Phòng Kinh tế"],
      ["lead", "Phòng Văn hóa - Xã hội"],
      ["support", "Văn phòng HĐND và UBND xã"],
    ]);
  });

  it("removes one task by id", () => {
    const id = samplePlan.tasks[0]!.id;
    const next = planReducer(samplePlan, { type: "removeTask", id });
    expect(next.tasks.map((t) => t.id)).toEqual(samplePlan.tasks.slice(1).map((t) => t.id));
  });

  it("never changes the plan it was given", () => {
    const before = structuredClone(samplePlan);
    planReducer(samplePlan, { type: "addTask", id: "x" });
    expect(samplePlan).toEqual(before);
  });
});

describe("agency lists typed as text", () => {
  it("splits on new lines and semicolons, dropping empty entries", () => {
    expect(
      parseAgencyList("Phòng Văn hóa - Xã hội\n\n  Văn phòng HĐND và UBND xã ; Trưởng các thôn"),
    ).toEqual(["Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Trưởng các thôn"]);
  });

  it("round-trips a list through its text form", () => {
    const names = ["Phòng Kinh tế", "Trung tâm Phục vụ hành chính công xã"];
    expect(parseAgencyList(formatAgencyList(names))).toEqual(names);
  });
});
