import { samplePlan } from "@kehoach/plan-model/sample";
import { describe, expect, it } from "vitest";
import { COALESCE_MS, editorReducer, initialEditorState } from "./history.js";

const start = initialEditorState(samplePlan);
const type = (state: typeof start, title: string, at: number) =>
  editorReducer(state, { type: "set", path: ["title"], value: title, coalesce: "title", at });

describe("undo and redo of edits", () => {
  it("makes typing in one field a single step", () => {
    let state = type(start, "T", 1000);
    state = type(state, "Ti", 1100);
    state = type(state, "Tiê", 1200);
    expect(state.past).toHaveLength(1);
    const undone = editorReducer(state, { type: "undo" });
    expect(undone.present.title).toBe(samplePlan.title);
    expect(editorReducer(undone, { type: "redo" }).present.title).toBe("Tiê");
  });

  it("starts a new step after a pause or in another field", () => {
    let state = type(start, "A", 1000);
    state = type(state, "AB", 1000 + COALESCE_MS + 1);
    expect(state.past).toHaveLength(2);
    state = editorReducer(state, {
      type: "set",
      path: ["place"],
      value: "X",
      coalesce: "place",
      at: 1000 + COALESCE_MS + 2,
    });
    expect(state.past).toHaveLength(3);
  });

  it("drops the redo steps once a new edit is made", () => {
    let state = type(start, "A", 1000);
    state = editorReducer(state, { type: "undo" });
    state = editorReducer(state, { type: "remove", path: ["tasks"], index: 0, at: 5000 });
    expect(state.future).toEqual([]);
    expect(state.present.tasks).toHaveLength(samplePlan.tasks.length - 1);
  });

  it("ignores an edit that changes nothing, and undo or redo with nothing to do", () => {
    expect(editorReducer(start, { type: "move", path: ["tasks"], from: 0, to: 0 })).toBe(start);
    expect(editorReducer(start, { type: "undo" })).toBe(start);
    expect(editorReducer(start, { type: "redo" })).toBe(start);
  });

  it("tells a loaded plan from an edited one, so only edits are saved", () => {
    expect(start.edited).toBe(false);
    expect(type(start, "A", 1).edited).toBe(true);
    expect(editorReducer(type(start, "A", 1), { type: "load", plan: samplePlan }).edited).toBe(false);
  });
});
