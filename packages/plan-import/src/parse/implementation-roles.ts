import { en, say } from "@kehoach/text-vi";
import { fold, trimValue } from "../text.js";
import type { LineRange } from "../types.js";
import { sectionKind } from "./activity-tasks.js";
import { agencyHeading, agencyItemTask } from "./agency-tasks.js";
import { roleDraft, type TaskDraft } from "./draft.js";
import type { OutlineNode } from "./outline.js";
import { leadingAgency, partnersIn } from "./sentence-roles.js";

// Assignments written in "Tổ chức thực hiện" prose: "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp
// với Công an xã tổ chức Hội thi …", "Phòng Nội vụ: chủ trì tập huấn …", or items under an
// agency's heading there. They give the lead of a task read elsewhere without one (matched by the
// words of its work), or, when the plan states its tasks nowhere else, they are its tasks.

export interface Assignment {
  lead: string;
  supports: string | undefined;
  /** The sentence as written, and the words of its work. */
  text: string;
  words: Set<string>;
  lines: LineRange;
}

const STOP = new Set(
  "va cua cac cho trong tren voi ve de tai theo nhung duoc la mot co cung nhu tu den nay do hoac khi ban hanh thuc hien to chuc trien khai ke hoach nam".split(
    " ",
  ),
);

export function workWords(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 2 && !STOP.has(w)),
  );
}

/** "X chủ trì, phối hợp với Y …" in one sentence, or the sentence of a heading's agency. */
function assignmentOf(
  sentence: string,
  lines: LineRange,
  context: string | undefined,
): Assignment | undefined {
  const text = trimValue(sentence);
  if (text.length < 12) return undefined;
  const f = fold(text);
  let lead: string | undefined;
  const inline = /^((?:giao|de nghi|yeu cau)\s+)?(.{3,150}?)\s*(?::\s*|\s+(?:la co quan\s+)?)chu tri\b/.exec(
    f,
  );
  if (inline) {
    const at = inline[1]?.length ?? 0;
    lead = agencyHeading(text.slice(at, at + (inline[2] as string).length));
  }
  if (!lead) {
    const colon = /^(.{3,150}?):\s+\S/.exec(text);
    if (colon) lead = agencyHeading(colon[1] as string);
  }
  lead ??= leadingAgency(text) ?? context;
  if (!lead) return undefined;
  const partners = partnersIn(text);
  return { lead, supports: partners?.partners, text, words: workWords(text), lines };
}

/** Every assignment in the plan's "Tổ chức thực hiện" sections. */
export function implementationAssignments(root: OutlineNode): Assignment[] {
  const out: Assignment[] = [];
  const visit = (node: OutlineNode, inside: boolean, context: string | undefined) => {
    const here = inside || (node.style !== "root" && sectionKind(node.text) === "implementation");
    const agency = here && node.style !== "root" ? (agencyHeading(node.text) ?? context) : context;
    if (here) {
      const own = node.style !== "root" && node.para ? [node.text] : [];
      for (const t of [...own, ...node.body.flatMap((b) => (b.kind === "para" ? [b.text] : []))])
        for (const sentence of t.split(/;\s+|\.\s+(?=\p{Lu})/u)) {
          const a = assignmentOf(sentence, node.lines, agency);
          if (a) out.push(a);
        }
    }
    for (const c of node.children) visit(c, here, agency);
  };
  visit(root, false, undefined);
  return out;
}

/** Gives a task without a lead the lead of the assignment that names its work, with a note. */
export function fillLeads(tasks: readonly TaskDraft[], assignments: readonly Assignment[]): void {
  if (assignments.length === 0) return;
  const visit = (t: TaskDraft) => {
    for (const c of t.children) visit(c);
    if (
      t.kind !== "task" ||
      t.roles.some((r) => (r.role === "lead" || r.role === "advisor") && r.names.length > 0)
    )
      return;
    const words = workWords(t.title);
    if (words.size < 2) return;
    // A plan's items share its topic's words ("phòng, chống bạo hành trẻ", "cơ sở GDMN"): the
    // duty that repeats an item also repeats what is done, its opening words.
    const opening = fold(t.title)
      .replace(/[^a-z0-9 ]+/g, " ")
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .join(" ");
    let best: { a: Assignment; cover: number } | undefined;
    for (const a of assignments) {
      let hit = 0;
      for (const w of words) if (a.words.has(w)) hit++;
      const cover = hit / words.size;
      const sameWork =
        opening.length > 0 &&
        fold(a.text)
          .replace(/[^a-z0-9 ]+/g, " ")
          .replace(/\s+/g, " ")
          .includes(opening);
      if (cover >= 0.6 && (sameWork || cover >= 0.85) && (!best || cover > best.cover)) best = { a, cover };
    }
    if (!best) return;
    const notes = t.notes;
    t.roles.push(roleDraft("lead", "", best.a.lead, best.a.lines, notes));
    if (best.a.supports && !t.roles.some((r) => r.role === "support"))
      t.roles.push(roleDraft("support", "", best.a.supports, best.a.lines, notes));
    t.parts.leads ??= best.a.lines;
    notes.push({
      code: "task-lead-from-implementation",
      message: say(
        `Cơ quan chủ trì "${best.a.lead}" lấy từ phần Tổ chức thực hiện ("${best.a.text.slice(0, 80)}…"); cần kiểm tra.`,
        en`The lead agency ${best.a.lead} was taken from the implementation section (${`${best.a.text.slice(0, 80)}…`}); please check.`,
      ),
      lines: best.a.lines,
    });
  };
  for (const t of tasks) visit(t);
}

/** The assignments as tasks, for a plan that states its tasks nowhere else. */
export function assignmentTasks(assignments: readonly Assignment[]): TaskDraft[] {
  return assignments.map((a) => agencyItemTask(a.lead, a.text, a.lines, ""));
}
