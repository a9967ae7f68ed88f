import { describe, expect, it } from "vitest";
import { getIn, insertAt, moveItem, parsePath, removeAt, setIn } from "./paths.js";

describe("changing a value by its path", () => {
  const plan = {
    title: "A",
    tasks: [{ title: "x" }, { title: "y" }],
    signer: { title: "Chủ tịch", name: "B" },
  };

  it("sets a nested value and shares every branch it did not touch", () => {
    const next = setIn(plan, ["tasks", 1, "title"], "z");
    expect(next.tasks[1]).toEqual({ title: "z" });
    expect(next.tasks[0]).toBe(plan.tasks[0]);
    expect(next.signer).toBe(plan.signer);
    expect(plan.tasks[1]!.title).toBe("y");
  });

  it("removes an optional field when it is set to undefined", () => {
    expect(setIn(plan, ["signer", "name"], undefined).signer).toEqual({ title: "Chủ tịch" });
  });

  it("creates the objects and lists a path needs", () => {
    expect(setIn({}, ["budget", "sources", 0], "ngân sách")).toEqual({ budget: { sources: ["ngân sách"] } });
  });

  it("inserts, removes and moves list items", () => {
    expect(getIn(insertAt(plan, ["tasks"], 1, { title: "m" }), ["tasks", 1, "title"])).toBe("m");
    expect(removeAt(plan, ["tasks"], 0).tasks).toEqual([{ title: "y" }]);
    expect(moveItem(plan, ["tasks"], 0, 1).tasks.map((t) => t.title)).toEqual(["y", "x"]);
    expect(moveItem(plan, ["tasks"], 0, 5)).toBe(plan);
  });

  it("reads the machine paths of validation findings", () => {
    expect(parsePath("tasks[1].children[0].roles[2]")).toEqual(["tasks", 1, "children", 0, "roles", 2]);
    expect(parsePath("title")).toEqual(["title"]);
  });
});
