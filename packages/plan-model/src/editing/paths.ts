import { formatPath, type PathSegment } from "../index.js";

// Every editable value of a plan is addressed by its path ("tasks", 2, "children", 0, "title"), the
// same path the validation rules report. The editor changes a plan only through these helpers,
// which copy what lies on the path and share everything else, so unchanged parts keep their
// identity (and React skips them).

export type Path = readonly PathSegment[];

export { formatPath };

type Container = Record<string, unknown> | unknown[];

export function getIn(root: unknown, path: Path): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A copy of `root` with the value at `path` replaced; `undefined` removes an object key. */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [PathSegment, ...PathSegment[]];
  const container = root as unknown as Container | undefined;
  const child = container === undefined ? undefined : (container as Record<string | number, unknown>)[head];
  const next = setIn(child ?? (typeof rest[0] === "number" ? [] : {}), rest, value);
  if (Array.isArray(container)) {
    const copy = container.slice();
    copy[head as number] = next;
    return copy as T;
  }
  const copy: Record<string, unknown> = { ...(container ?? {}) };
  if (next === undefined && rest.length === 0) delete copy[head as string];
  else copy[head as string] = next;
  return copy as T;
}

/** A copy with the value at `path` changed by `change`. */
export function updateIn<T>(root: T, path: Path, change: (value: unknown) => unknown): T {
  return setIn(root, path, change(getIn(root, path)));
}

function listAt(root: unknown, path: Path): unknown[] {
  const list = getIn(root, path);
  return Array.isArray(list) ? list : [];
}

export function insertAt<T>(root: T, path: Path, index: number, value: unknown): T {
  const list = listAt(root, path).slice();
  list.splice(Math.max(0, Math.min(index, list.length)), 0, value);
  return setIn(root, path, list);
}

export function removeAt<T>(root: T, path: Path, index: number): T {
  const list = listAt(root, path).slice();
  list.splice(index, 1);
  return setIn(root, path, list);
}

/** Moves one item of the list at `path` from `from` to `to` (both indices of the list as it is). */
export function moveItem<T>(root: T, path: Path, from: number, to: number): T {
  const list = listAt(root, path).slice();
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return root;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return setIn(root, path, list);
}

/** "tasks[1].children[0]" → ["tasks", 1, "children", 0]. */
export function parsePath(text: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const match of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) out.push(Number(match[2]));
    else if (match[1] !== undefined) out.push(match[1]);
  }
  return out;
}
