import { en, say } from "@kehoach/text-vi";
import { fold } from "../text.js";
import type { RoleDraft, TaskDraft } from "./draft.js";

// The same task written twice (in the body and again in the appendix table, or twice in a table)
// is one task: the first keeps its place and takes what only the second says (a lead, partners, a
// time, a product), and a note points at the second's lines.

/** A task's title with case, marks and punctuation folded away: two tasks with one key are one. */
export function titleKey(title: string): string {
  return fold(title)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function hasRole(t: TaskDraft, lead: boolean): boolean {
  return t.roles.some(
    (r) => r.names.length > 0 && (lead ? r.role === "lead" || r.role === "advisor" : r.role === "support"),
  );
}

function absorb(into: TaskDraft, other: TaskDraft): void {
  const take = (lead: boolean) =>
    other.roles.filter((r: RoleDraft) =>
      lead ? r.role === "lead" || r.role === "advisor" : r.role === "support",
    );
  if (!hasRole(into, true)) into.roles.push(...take(true));
  if (!hasRole(into, false)) into.roles.push(...take(false));
  if (!into.time && other.time) {
    into.time = other.time;
    if (other.parts.time) into.parts.time = other.parts.time;
  }
  into.product ??= other.product;
  into.notes.push({
    code: "task-merged",
    message: say(
      `Nhiệm vụ này được ghi hai lần (dòng ${into.lines.from} và dòng ${other.lines.from}); đã gộp thành một.`,
      en`This task is written twice (lines ${into.lines.from} and ${other.lines.from}); the two were merged into one.`,
    ),
    lines: other.lines,
  });
}

export function mergeDuplicates(tasks: readonly TaskDraft[]): TaskDraft[] {
  const seen = new Map<string, TaskDraft>();
  const walk = (list: readonly TaskDraft[]): TaskDraft[] => {
    const out: TaskDraft[] = [];
    for (const t of list) {
      if (t.kind === "task") {
        const k = titleKey(t.title);
        const first = k.split(" ").length >= 3 ? seen.get(k) : undefined;
        if (first && first !== t) {
          absorb(first, t);
          continue;
        }
        if (k) seen.set(k, t);
      }
      const children = walk(t.children);
      if (t.kind === "group" && children.length === 0 && t.children.length > 0) continue;
      t.children = children;
      out.push(t);
    }
    return out;
  };
  return walk(tasks);
}
