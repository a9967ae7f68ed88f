import { formatPath, type Path } from "@kehoach/plan-model/editing";

// Every control carries the path of the value it edits (data-path), so a validation finding or a
// review item can bring the keyboard to it; the element id is the same path in a form ids allow.

export function fieldId(path: Path): string {
  return `f-${path.join("-")}`;
}

export function pathAttr(path: Path): { "data-path": string } {
  return { "data-path": formatPath(path) };
}
