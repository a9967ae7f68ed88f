import type { Role } from "@kehoach/plan-model";
import type { FindingCode, LineRange } from "../types.js";
import { splitAgencies } from "./agencies.js";

// A task as read from the source, before it becomes a plan Task: prose blocks and table rows both
// produce this, so the rest of the importer does not care where a task came from.

export interface RoleDraft {
  role: Role;
  /** The label as written ("Cơ quan tham mưu"), when the role came from a label. */
  label: string;
  names: string[];
  lines: LineRange | undefined;
}

export interface DraftNote {
  code: FindingCode;
  message: string;
  lines?: LineRange | undefined;
}

export interface TaskDraft {
  kind: "task" | "group";
  ref: string;
  title: string;
  content?: string | undefined;
  product?: string | undefined;
  forms?: string | undefined;
  note?: string | undefined;
  roles: RoleDraft[];
  /** The time as written; undefined when the task has no time field at all, "" when it was empty. */
  time: string | undefined;
  lines: LineRange;
  parts: { title?: LineRange; leads?: LineRange; supports?: LineRange; time?: LineRange };
  from: "prose" | "table";
  notes: DraftNote[];
  children: TaskDraft[];
}

export function roleFromKind(kind: string): Role | null {
  switch (kind) {
    case "lead":
    case "agencies":
      return "lead";
    case "advisor":
      return "advisor";
    case "support":
      return "support";
    case "monitor":
      return "monitor";
    default:
      return null;
  }
}

/** Splits a list of agencies into a role draft, noting fragments that may have been two agencies. */
export function roleDraft(
  role: Role,
  label: string,
  text: string,
  lines: LineRange | undefined,
  notes: DraftNote[],
): RoleDraft {
  const split = splitAgencies(text);
  for (const fragment of split.doubtful)
    notes.push({
      code: "agency-split-uncertain",
      message: `Không chắc "${fragment}" là phần tên của cơ quan đứng trước hay là một cơ quan riêng.`,
      lines,
    });
  return { role, label, names: split.names, lines };
}
