import { fold, oneLine, trimValue } from "../text.js";
import { agencyGroup, agencyHeading, agencyItemTask, dutyHolder } from "./agency-tasks.js";
import type { TaskDraft } from "./draft.js";
import { roleDraft } from "./draft.js";
import { scanLabels } from "./fields.js";
import { isBulletStyle, type LabelStyle } from "./labels.js";
import { descendants, type OutlineNode } from "./outline.js";
import { partnersIn, trailingTime } from "./sentence-roles.js";

// Tasks a plan states without labels. Two shapes:
// - tasks grouped under the agency that leads them (see agency-tasks.ts), in any section but the
//   purposes and, unless nothing else gives a task, "Tổ chức thực hiện" (whose items are duties);
// - activities: the numbered items of a content section ("II. NỘI DUNG" → "1. Công tác tuyên
//   truyền CCHC", "2. Tuyên truyền trên trang Thông tin điện tử xã", bullets under each) are tasks
//   with no lead or time, to review; their bullets are details, unless a bullet names its own
//   agency or time, which makes it a task of its own.

type SectionKind = "content" | "implementation" | "other" | "neutral";

const OTHER =
  /^(muc dich|muc tieu|yeu cau|quan diem|nguyen tac|doi tuong|pham vi|kinh phi|nguon kinh phi|du toan|che do (thong tin, )?bao cao|thoi gian|dia diem|thanh phan|ket qua dat duoc|danh gia|tinh hinh|thuc trang|can cu|hinh thuc)/;
const IMPLEMENTATION =
  /^(to chuc thuc hien|trach nhiem thuc hien|trach nhiem cua|dieu khoan thi hanh|dieu \d)/;
const CONTENT =
  /^(noi dung|nhiem vu|cac nhiem vu|cong tac|cac hoat dong|hoat dong|giai phap|cac giai phap|phan cong|chuong trinh|danh muc|cac chuong trinh|trien khai|ke hoach (cu the|thuc hien|trien khai))/;

// A heading that only names the kind of list under it.
const GENERIC =
  /^(noi dung|nhiem vu|cac nhiem vu|giai phap|cac giai phap|bien phap|nhiem vu,? giai phap|noi dung,? bien phap|noi dung thuc hien|nhiem vu cu the|cac hoat dong|hoat dong)( (chu yeu|trong tam|cu the|thuc hien|tuyen truyen))?$/;

export function sectionKind(heading: string): SectionKind {
  const f = fold(trimValue(heading));
  if (IMPLEMENTATION.test(f)) return "implementation";
  if (OTHER.test(f)) return "other";
  if (CONTENT.test(f)) return "content";
  return "neutral";
}

function bullet(n: OutlineNode): boolean {
  return isBulletStyle(n.style as LabelStyle);
}

/** Whether one of the tasks already read lies inside a node. */
function holds(node: OutlineNode, tasks: readonly TaskDraft[]): boolean {
  return tasks.some((t) => t.lines.from >= node.lines.from && t.lines.to <= node.lines.to);
}

/** A bullet that names its own agency or time: "Giao Công an xã chủ trì …", "… (hoàn thành trong Quý II/2026)". */
function ownTask(n: OutlineNode): TaskDraft | undefined {
  const scan = scanLabels(n.text);
  const labelled = scan.parts.some((p) =>
    ["lead", "advisor", "support", "agencies", "time"].includes(p.kind),
  );
  const m = /^((?:giao|de nghi)\s+)?(.{3,120}?)\s+(?:chu tri|la co quan chu tri)\b/.exec(fold(n.text));
  const at = m ? (m[1]?.length ?? 0) : 0;
  const agency = m ? agencyHeading(n.text.slice(at, at + (m[2] as string).length)) : undefined;
  if (agency) return agencyItemTask(agency, n.text, n.lines, n.label);
  if (!labelled && !trailingTime(n.text)) return undefined;
  const task = agencyItemTask("", n.text, n.lines, n.label);
  task.roles = task.roles.filter((r) => r.names.length > 0);
  return task;
}

function details(nodes: readonly OutlineNode[]): string | undefined {
  const out: string[] = [];
  const visit = (n: OutlineNode, depth: number) => {
    out.push(`${"  ".repeat(depth)}${n.style === "plus" ? "+ " : "- "}${oneLine(n.text)}`);
    for (const b of n.body) if (b.kind === "para") out.push(`${"  ".repeat(depth + 1)}${b.text}`);
    for (const c of n.children) visit(c, depth + 1);
  };
  for (const n of nodes) visit(n, 0);
  return out.length > 0 ? out.join("\n") : undefined;
}

/** An activity: a numbered item read as a task, to be reviewed (no lead, no time unless it ends with one). */
function activity(n: OutlineNode, ref: string): TaskDraft {
  const own = n.children.filter(bullet).map((c) => ({ node: c, task: ownTask(c) }));
  const subTasks = own.flatMap((o) => (o.task ? [o.task] : []));
  let title = trimValue(n.text).replace(/:$/, "");
  let time: string | undefined;
  const roles: TaskDraft["roles"] = [];
  const notes: TaskDraft["notes"] = [];
  // "… (Sở Y tế chủ trì, phối hợp với Công an tỉnh; Quý II/2026)": who and when closing the item.
  const paren = /\s*\(([^()]*chủ trì(?!\p{L})[^()]*)\)\s*[.;]?$/iu.exec(title);
  if (paren) {
    const inside = paren[1] as string;
    const named = /^(.{3,150}?)\s+(?:là cơ quan\s+)?chủ trì(?!\p{L})/iu.exec(inside);
    const agency = named ? agencyHeading(named[1] as string) : undefined;
    if (agency) {
      roles.push(roleDraft("lead", "", agency, n.lines, notes));
      const partners = partnersIn(inside);
      if (partners) roles.push(roleDraft("support", "", partners.partners, n.lines, notes));
      const when = trailingTime(inside);
      if (when) time = when.time;
      title = trimValue(title.slice(0, paren.index));
    }
  }
  const at = time === undefined ? trailingTime(title) : undefined;
  if (at?.rest) {
    time = at.time;
    title = at.rest;
  }
  const body = n.body.flatMap((b) => (b.kind === "para" ? [b.text] : []));
  const rest = details(own.filter((o) => !o.task).map((o) => o.node));
  const content = [...body, ...(rest ? [rest] : [])].join("\n") || undefined;
  const draft: TaskDraft = {
    kind: "task",
    ref,
    title,
    content,
    roles,
    time,
    lines: n.lines,
    parts: n.para ? { title: n.para.lines, ...(time ? { time: n.para.lines } : {}) } : {},
    from: "prose",
    notes,
    children: subTasks,
  };
  return draft;
}

function refOf(parent: string, n: OutlineNode): string {
  if (!n.label) return "";
  return parent && !n.label.includes(".") && /^\d|^[a-zđ]$/u.test(n.label) && /\d$/.test(parent)
    ? `${parent}.${n.label}`
    : n.label;
}

/** Activities under a content section: numbered items, or its bullets when it has no numbered item. */
function activities(section: OutlineNode, prefix: string): TaskDraft[] {
  const numbered = section.children.filter((c) => !bullet(c));
  const out: TaskDraft[] = [];
  if (numbered.length === 0) {
    for (const c of section.children) {
      if (c.text.trim().length < 8) continue;
      out.push(ownTask(c) ?? activity(c, ""));
    }
    return out;
  }
  for (const c of numbered) {
    const kind = sectionKind(c.text);
    if (kind === "other" || kind === "implementation" || !c.text.trim()) continue;
    const ref = refOf(prefix, c);
    // "1. Nội dung" / "2. Giải pháp" over a list: the list's items are the activities.
    if (GENERIC.test(fold(trimValue(c.text).replace(/:$/, ""))) && c.children.length > 0) {
      out.push(...activities(c, ref));
      continue;
    }
    if (c.children.some((x) => !bullet(x))) {
      const inner = activities(c, ref);
      if (inner.length === 0) continue;
      out.push({
        kind: "group",
        ref,
        title: trimValue(c.text).replace(/:$/, ""),
        roles: [],
        time: undefined,
        lines: c.lines,
        parts: c.para ? { title: c.para.lines } : {},
        from: "prose",
        notes: [],
        children: inner,
      });
    } else out.push(activity(c, ref));
  }
  return out;
}

export interface UnlabelledTasks {
  tasks: TaskDraft[];
  /** Nodes read as tasks, so the plan's sections put the task list in their place. */
  nodes: Set<OutlineNode>;
  /** Tasks read before that these replace (an agency's items read without their agency). */
  replaced: Set<TaskDraft>;
  /** The activities among `tasks` (numbered items of content sections), with the nodes they were read from. */
  activities: { tasks: TaskDraft[]; nodes: OutlineNode[] };
}

/**
 * Tasks without labels under the body's outline, besides the `found` ones (labelled prose and
 * tables). The fallbacks are for a plan where nothing else gave a task: "sections" reads every
 * section that is neither purposes nor implementation as a content section; "duties" reads the
 * duties of "Tổ chức thực hiện" (items under each agency's heading).
 */
export function unlabelledTasks(
  root: OutlineNode,
  found: readonly TaskDraft[],
  mode: "content" | "sections" | "duties",
): UnlabelledTasks {
  const tasks: TaskDraft[] = [];
  const nodes = new Set<OutlineNode>();
  const replaced = new Set<TaskDraft>();
  const activityTasks: TaskDraft[] = [];
  const activityNodes: OutlineNode[] = [];
  const flat = flatten(found);
  // A plan that labels its tasks somewhere states its activities that way: its other numbered
  // items are topics and forms ("1. Nội dung tuyên truyền" → "a) Các quan điểm …"), not tasks.
  // Tasks read from a table (an appendix that repeats some of them with their times) do not say so.
  const readActivities = !found.some(
    (t) => t.from === "prose" && (t.kind === "task" || t.children.length > 0),
  );
  // `agenciesOnly`: inside a content section, whose activities are read as a whole once its agency
  // headings are known (a sub-heading "1. Nội dung" is part of it, not a section of its own).
  const visit = (node: OutlineNode, context: SectionKind, agenciesOnly = false) => {
    for (const child of node.children) {
      if (bullet(child) && node.style !== "root") continue;
      // "Trách nhiệm của …" names whose duties follow: inside a task section it is one of the
      // section's holders, not a "Tổ chức thực hiện" of its own.
      const holder =
        child.children.length > 0 && child.children.every(bullet) ? dutyHolder(child.text) : undefined;
      const own = holder && context !== "neutral" ? "neutral" : sectionKind(child.text);
      const kind: SectionKind = own === "neutral" ? context : own;
      if (kind === "other") continue;
      const agency = agencyHeading(child.text) ?? holder;
      if (agency && (kind !== "implementation" || mode === "duties") && context !== "other") {
        // Items labelled with a time but no lead ("- Chủ trì …; thời gian thực hiện: Quý III") are
        // the agency's too: read again here, they replace the lead-less tasks read before.
        const inside = flat.filter((t) => t.lines.from >= child.lines.from && t.lines.to <= child.lines.to);
        const group = inside.every((t) => !hasLead(t)) ? agencyGroup(child, agency) : undefined;
        if (group) {
          tasks.push(group);
          for (const t of inside) replaced.add(t);
          for (const d of [child, ...descendants(child)]) nodes.add(d);
          continue;
        }
      }
      if (holds(child, found) || !readActivities || agenciesOnly) {
        visit(child, kind, agenciesOnly);
        continue;
      }
      if (
        own === "content" ||
        (mode === "sections" && own === "neutral" && context === "neutral" && child.style !== "root")
      ) {
        // A content section without labelled tasks: its agency headings first, then its activities.
        const before = tasks.length;
        visit(child, "content", true);
        if (tasks.length === before && !descendants(child).some((d) => nodes.has(d))) {
          const acts = activities(child, child.label && /\d/.test(child.label) ? child.label : "");
          if (acts.length > 0) {
            tasks.push(...acts);
            activityTasks.push(...acts);
            for (const d of descendants(child)) {
              nodes.add(d);
              activityNodes.push(d);
            }
          }
        }
        continue;
      }
      visit(child, kind, agenciesOnly);
    }
  };
  visit(root, "neutral");
  return { tasks, nodes, replaced, activities: { tasks: activityTasks, nodes: activityNodes } };
}

function flatten(drafts: readonly TaskDraft[]): TaskDraft[] {
  return drafts.flatMap((d) => [d, ...flatten(d.children)]);
}

function hasLead(t: TaskDraft): boolean {
  return t.roles.some((r) => (r.role === "lead" || r.role === "advisor") && r.names.length > 0);
}
