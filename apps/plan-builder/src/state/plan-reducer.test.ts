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
    expect(next.tasks.at(-1)).toEqual({ id: "moi", content: "", leads: [], supports: [], time: "" });
  });

  it("updates one task's fields by id", () => {
    const id = samplePlan.tasks[2]!.id;
    const next = planReducer(samplePlan, { type: "updateTask", id, patch: { time: "Quý IV/2026" } });
    expect(next.tasks[2]).toEqual({ ...samplePlan.tasks[2], time: "Quý IV/2026" });
    expect(next.tasks[1]).toBe(samplePlan.tasks[1]);
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
