import { cleanTyping } from "@kehoach/text-vi";
import type { PlanEdit } from "./history.js";

// Every value an edit brings into the plan, cleaned as a field is while typed in: NFC, no
// zero-width, bidirectional or control characters, spaces kept (the store trims when it saves).

function clean(value: unknown): unknown {
  if (typeof value === "string") return cleanTyping(value);
  if (Array.isArray(value)) return value.map(clean);
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = clean(inner);
    return out;
  }
  return value;
}

export function cleanEdit(edit: PlanEdit): PlanEdit {
  switch (edit.type) {
    case "set":
    case "insert":
      return { ...edit, value: clean(edit.value) };
    default:
      // Moves, removals, task trees and whole plans are made of values that came in by these.
      return edit;
  }
}
