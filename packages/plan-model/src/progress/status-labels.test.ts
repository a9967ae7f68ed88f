import { describe, expect, it } from "vitest";
import {
  isDoneStatus,
  STATUS_LABELS,
  STATUS_LABELS_EN,
  STATUS_SEVERITY,
  stateOfStatus,
  statusLabel,
  TASK_STATUSES,
} from "./status.js";

describe("the five task statuses, owned here for every package and app", () => {
  it("have a Vietnamese and an English label each, all different", () => {
    for (const labels of [STATUS_LABELS, STATUS_LABELS_EN]) {
      expect(Object.keys(labels).sort()).toEqual([...TASK_STATUSES].sort());
      expect(new Set(Object.values(labels)).size).toBe(TASK_STATUSES.length);
    }
    expect(statusLabel("overdue")).toBe("Đang thực hiện quá hạn");
    expect(statusLabel("overdue", "en")).toBe("In progress, overdue");
    for (const label of Object.values(STATUS_LABELS)) expect(label).toBe(label.normalize("NFC"));
  });

  it("count as done only when finished, on time or late", () => {
    expect(TASK_STATUSES.filter(isDoneStatus)).toEqual(["done_on_time", "done_late"]);
  });

  it("record in an entry the state they stand for", () => {
    expect(TASK_STATUSES.map(stateOfStatus)).toEqual([
      "done",
      "done",
      "in_progress",
      "in_progress",
      "not_started",
    ]);
  });

  it("keep a distinct severity each, so that each has its own look on screen", () => {
    expect(new Set(TASK_STATUSES.map((s) => STATUS_SEVERITY[s])).size).toBe(TASK_STATUSES.length);
  });
});
