import type { Task } from "../index.js";
import type { Path } from "./paths.js";

// The task table is a tree: groups ("I. Tuyên truyền trên Trang thông tin điện tử"), tasks, and
// sub-tasks. A task is addressed by its indices from the root ([1, 0] is the first child of the
// second task), which is also how validation findings name it ("tasks[1].children[0]").
// Every operation returns a new tree and where the moved task now stands, so focus can follow it.

export type TaskPath = readonly number[];

export function taskPlanPath(path: TaskPath): Path {
  const out: (string | number)[] = [];
  path.forEach((index, depth) => {
    out.push(depth === 0 ? "tasks" : "children", index);
  });
  return out;
}

export function getTask(tasks: readonly Task[], path: TaskPath): Task | undefined {
  let list: readonly Task[] | undefined = tasks;
  let task: Task | undefined;
  for (const index of path) {
    task = list?.[index];
    if (!task) return undefined;
    list = task.children;
  }
  return task;
}

function siblingsOf(tasks: readonly Task[], parent: TaskPath): readonly Task[] {
  if (parent.length === 0) return tasks;
  return getTask(tasks, parent)?.children ?? [];
}

/** Replaces the children list of `parent` ([] for the root) and returns the new root list. */
function withSiblings(tasks: readonly Task[], parent: TaskPath, list: Task[]): Task[] {
  if (parent.length === 0) return list;
  return updateTask(tasks, parent, (task) => {
    const { children: _old, ...rest } = task;
    return list.length > 0 ? { ...rest, children: list } : rest;
  });
}

export function updateTask(tasks: readonly Task[], path: TaskPath, change: (task: Task) => Task): Task[] {
  const [index, ...rest] = path;
  if (index === undefined) return tasks.slice();
  return tasks.map((task, i) => {
    if (i !== index) return task;
    if (rest.length === 0) return change(task);
    return { ...task, children: updateTask(task.children ?? [], rest, change) };
  });
}

export function newTask(id: string, kind: "task" | "group" = "task"): Task {
  return {
    id,
    ...(kind === "group" ? { kind: "group" as const } : {}),
    title: "",
    roles: [],
    time: { raw: "", kind: "unspecified" },
  };
}

export function insertTask(
  tasks: readonly Task[],
  parent: TaskPath,
  index: number,
  task: Task,
): { tasks: Task[]; path: TaskPath } {
  const list = siblingsOf(tasks, parent).slice();
  const at = Math.max(0, Math.min(index, list.length));
  list.splice(at, 0, task);
  return { tasks: withSiblings(tasks, parent, list), path: [...parent, at] };
}

export function removeTask(
  tasks: readonly Task[],
  path: TaskPath,
): { tasks: Task[]; removed: Task | undefined } {
  const parent = path.slice(0, -1);
  const index = path[path.length - 1];
  const list = siblingsOf(tasks, parent).slice();
  if (index === undefined || index >= list.length) return { tasks: tasks.slice(), removed: undefined };
  const [removed] = list.splice(index, 1);
  return { tasks: withSiblings(tasks, parent, list), removed };
}

/** One place up or down among its siblings; null at the end of the list. */
export function moveTaskBy(
  tasks: readonly Task[],
  path: TaskPath,
  delta: -1 | 1,
): { tasks: Task[]; path: TaskPath } | null {
  const parent = path.slice(0, -1);
  const index = path[path.length - 1] as number;
  const list = siblingsOf(tasks, parent).slice();
  const target = index + delta;
  if (target < 0 || target >= list.length) return null;
  const [task] = list.splice(index, 1) as [Task];
  list.splice(target, 0, task);
  return { tasks: withSiblings(tasks, parent, list), path: [...parent, target] };
}

/** Makes the task the last sub-task of the task above it; null when it is the first of its list. */
export function indentTask(tasks: readonly Task[], path: TaskPath): { tasks: Task[]; path: TaskPath } | null {
  const index = path[path.length - 1] as number;
  if (index === 0) return null;
  const parent = path.slice(0, -1);
  const newParent = [...parent, index - 1];
  const { tasks: without, removed } = removeTask(tasks, path);
  if (!removed) return null;
  const childCount = getTask(without, newParent)?.children?.length ?? 0;
  return insertTask(without, newParent, childCount, removed);
}

/** Moves a sub-task out, right after the task it belonged to; null at the top level. */
export function outdentTask(
  tasks: readonly Task[],
  path: TaskPath,
): { tasks: Task[]; path: TaskPath } | null {
  if (path.length < 2) return null;
  const parent = path.slice(0, -1);
  const grandParent = parent.slice(0, -1);
  const parentIndex = parent[parent.length - 1] as number;
  const { tasks: without, removed } = removeTask(tasks, path);
  if (!removed) return null;
  return insertTask(without, grandParent, parentIndex + 1, removed);
}

export function isInside(path: TaskPath, ancestor: TaskPath): boolean {
  return ancestor.length <= path.length && ancestor.every((index, i) => path[i] === index);
}

/**
 * Drag and drop: moves the task at `from` to stand at `index` of `parent`'s list, where `index`
 * counts positions in the list before the move. A task cannot be dropped inside itself.
 */
export function moveTaskTo(
  tasks: readonly Task[],
  from: TaskPath,
  parent: TaskPath,
  index: number,
): { tasks: Task[]; path: TaskPath } | null {
  if (isInside(parent, from)) return null;
  const fromParent = from.slice(0, -1);
  const fromIndex = from[from.length - 1] as number;
  const { tasks: without, removed } = removeTask(tasks, from);
  if (!removed) return null;
  // Removing the task shifts later siblings (and later ancestors of the target) up by one.
  const adjusted = parent.slice();
  if (fromParent.length <= adjusted.length && fromParent.every((v, i) => adjusted[i] === v)) {
    const depth = fromParent.length;
    if (depth < adjusted.length && (adjusted[depth] as number) > fromIndex) {
      adjusted[depth] = (adjusted[depth] as number) - 1;
    }
  }
  let at = index;
  if (
    fromParent.length === parent.length &&
    fromParent.every((v, i) => parent[i] === v) &&
    index > fromIndex
  ) {
    at -= 1;
  }
  if (
    fromParent.length === parent.length &&
    fromParent.every((v, i) => parent[i] === v) &&
    at === fromIndex
  ) {
    return null;
  }
  return insertTask(without, adjusted, at, removed);
}

/** Every task path in document order, with its depth: what the keyboard walks through. */
export function taskPaths(tasks: readonly Task[], parent: TaskPath = []): TaskPath[] {
  return tasks.flatMap((task, i) => {
    const path = [...parent, i];
    return [path, ...taskPaths(task.children ?? [], path)];
  });
}

export function countTasks(tasks: readonly Task[]): number {
  return tasks.reduce((sum, task) => sum + 1 + countTasks(task.children ?? []), 0);
}
