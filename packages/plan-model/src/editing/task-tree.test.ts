import { describe, expect, it } from "vitest";
import type { Task } from "../index.js";
import {
  getTask,
  indentTask,
  insertTask,
  moveTaskBy,
  moveTaskTo,
  newTask,
  outdentTask,
  removeTask,
  taskPaths,
  taskPlanPath,
} from "./task-tree.js";

const t = (id: string, children?: Task[]): Task => ({
  ...newTask(id),
  title: id,
  ...(children ? { children } : {}),
});
const ids = (tasks: readonly Task[]): unknown =>
  tasks.map((task) => (task.children ? [task.id, ids(task.children)] : task.id));

const tree = [t("a"), t("b", [t("b1"), t("b2")]), t("c")];

describe("the task tree", () => {
  it("names a nested task by the same path the validation rules use", () => {
    expect(taskPlanPath([1, 0])).toEqual(["tasks", 1, "children", 0]);
    expect(getTask(tree, [1, 1])?.id).toBe("b2");
  });

  it("inserts a task where asked and says where it went", () => {
    const { tasks, path } = insertTask(tree, [1], 1, t("new"));
    expect(ids(tasks)).toEqual(["a", ["b", ["b1", "new", "b2"]], "c"]);
    expect(path).toEqual([1, 1]);
  });

  it("removes a task with its sub-tasks and hands the removed task back for undo", () => {
    const { tasks, removed } = removeTask(tree, [1]);
    expect(ids(tasks)).toEqual(["a", "c"]);
    expect(removed?.children).toHaveLength(2);
  });

  it("drops the children list when its last sub-task is removed", () => {
    const once = removeTask(tree, [1, 0]).tasks;
    const twice = removeTask(once, [1, 0]).tasks;
    expect(twice[1]).not.toHaveProperty("children");
  });

  it("moves a task up and down among its siblings, and refuses to go past either end", () => {
    expect(ids(moveTaskBy(tree, [2], -1)!.tasks)).toEqual(["a", "c", ["b", ["b1", "b2"]]]);
    expect(moveTaskBy(tree, [1, 1], -1)!.path).toEqual([1, 0]);
    expect(moveTaskBy(tree, [0], -1)).toBeNull();
    expect(moveTaskBy(tree, [1, 1], 1)).toBeNull();
  });

  it("nests a task under the one above it and takes it out again", () => {
    const nested = indentTask(tree, [2])!;
    expect(ids(nested.tasks)).toEqual(["a", ["b", ["b1", "b2", "c"]]]);
    expect(nested.path).toEqual([1, 2]);
    const back = outdentTask(nested.tasks, nested.path)!;
    expect(ids(back.tasks)).toEqual(["a", ["b", ["b1", "b2"]], "c"]);
    expect(back.path).toEqual([2]);
    expect(indentTask(tree, [0])).toBeNull();
    expect(outdentTask(tree, [0])).toBeNull();
  });

  it("drops a dragged task at a position counted before the move", () => {
    expect(ids(moveTaskTo(tree, [0], [], 3)!.tasks)).toEqual([["b", ["b1", "b2"]], "c", "a"]);
    expect(ids(moveTaskTo(tree, [2], [], 0)!.tasks)).toEqual(["c", "a", ["b", ["b1", "b2"]]]);
    const intoGroup = moveTaskTo(tree, [0], [1], 1)!;
    expect(ids(intoGroup.tasks)).toEqual([["b", ["b1", "a", "b2"]], "c"]);
    expect(intoGroup.path).toEqual([0, 1]);
  });

  it("never drops a task inside itself", () => {
    expect(moveTaskTo(tree, [1], [1], 0)).toBeNull();
  });

  it("walks every task in document order", () => {
    expect(taskPaths(tree)).toEqual([[0], [1], [1, 0], [1, 1], [2]]);
  });

  it("never changes the tree it was given", () => {
    const before = structuredClone(tree);
    indentTask(tree, [2]);
    moveTaskTo(tree, [0], [1], 0);
    removeTask(tree, [1, 0]);
    expect(tree).toEqual(before);
  });
});
