import type { Role } from "@kehoach/plan-model";
import { en, say, type Wording } from "@kehoach/text-vi";
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
  /** What to review, in Vietnamese and in English. */
  message: Wording;
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
      message: say(
        `Không chắc "${fragment}" là phần tên của cơ quan đứng trước hay là một cơ quan riêng.`,
        en`Not sure whether ${fragment} is part of the name of the agency before it or an agency of its own.`,
      ),
      lines,
    });
  return { role, label, names: split.names, lines };
}

/**
 * Agencies written as a sentence instead of under separate labels: "Phòng Nội vụ chủ trì, phối hợp
 * với các phòng, ban", "Sở Nội vụ (chủ trì); Sở Tài chính, Báo tỉnh (phối hợp)". Returns the parts
 * with their roles; text without such words is all of `fallback`.
 */
export function rolesInSentence(text: string, fallback: Role): { role: Role; text: string }[] {
  const t = text.trim();
  const marked = [...t.matchAll(/\(\s*(chủ trì|phối hợp|tham mưu)\s*\)/giu)];
  if (marked.length > 0) {
    const out: { role: Role; text: string }[] = [];
    let start = 0;
    for (const m of marked) {
      const part = t.slice(start, m.index).replace(/^[\s,;.]+|[\s,;.]+$/gu, "");
      if (part) out.push({ role: markerRole(m[1] as string), text: part });
      start = (m.index as number) + m[0].length;
    }
    const rest = t.slice(start).replace(/^[\s,;.]+|[\s,;.]+$/gu, "");
    if (rest) out.push({ role: fallback, text: rest });
    return out;
  }
  const leadThenSupport =
    /^(.+?)\s*(?:\s(?:là cơ quan\s+)?chủ trì(?:\s+thực hiện)?)?\s*[,;]?\s+\(?(?:và\s+)?phối hợp(?:\s+thực hiện)?(?:\s+với|\s*:)\s+(.+)$/iu.exec(
      t,
    );
  if (leadThenSupport)
    return [
      { role: fallback, text: (leadThenSupport[1] as string).replace(/\s+chủ trì(?:\s+thực hiện)?$/iu, "") },
      { role: "support", text: leadThenSupport[2] as string },
    ];
  const bothNamed =
    /^(.+?)\s+chủ trì(?:\s+thực hiện)?\s*[,;.]\s*(.+?)\s+phối hợp(?:\s+thực hiện)?\.?$/iu.exec(t);
  if (bothNamed)
    return [
      { role: fallback, text: bothNamed[1] as string },
      { role: "support", text: bothNamed[2] as string },
    ];
  // "Sở Nội vụ chủ trì tham mưu …; Sở Tư pháp và các sở, ngành … chủ động tổ chức triển khai …":
  // clauses that each open with who, then what they do. The one that "chủ trì" leads; the others
  // carry it out beside it.
  const clauses = t.split(/;\s+/u);
  const leading = clauses.findIndex((c) => /\schủ trì\s+\p{L}/u.test(c));
  if (leading >= 0 && clauses.length > 1) {
    const out: { role: Role; text: string }[] = [];
    clauses.forEach((c, i) => {
      const who =
        i === leading ? c.slice(0, c.search(/\schủ trì\s/u)) : c.slice(0, clauseWork(c) ?? c.length);
      const name = who.replace(/^[\s,;.]+|[\s,;.]+$/gu, "");
      if (name) out.push({ role: i === leading ? fallback : "support", text: name });
    });
    if (out.length > 0) return out;
  }
  return [{ role: fallback, text: t }];
}

/** Where the work of a clause starts after the bodies that open it ("… chủ động tổ chức …"). */
function clauseWork(clause: string): number | undefined {
  const m =
    /\s(?:chủ động|tổ chức|triển khai|thực hiện|tham mưu|phối hợp|có trách nhiệm|chịu trách nhiệm|căn cứ)\s/u.exec(
      clause,
    );
  return m ? m.index : undefined;
}

function markerRole(word: string): Role {
  const w = word.toLocaleLowerCase("vi");
  return w === "phối hợp" ? "support" : w === "tham mưu" ? "advisor" : "lead";
}
