import type { Role } from "@kehoach/plan-model";
import { en, say } from "@kehoach/text-vi";
import type { Paragraph } from "../source/blocks.js";
import { spanOf } from "../source/blocks.js";
import { fold, oneLine, trimValue } from "../text.js";
import type { LineRange } from "../types.js";
import {
  type DraftNote,
  type RoleDraft,
  roleDraft,
  roleFromKind,
  rolesInSentence,
  type TaskDraft,
} from "./draft.js";
import { isBareLabel, type LabelledPart, scanLabels } from "./fields.js";
import { isBulletStyle } from "./labels.js";
import type { OutlineNode } from "./outline.js";
import { leadingAgency } from "./sentence-roles.js";
import { looksLikeAgencies } from "./table-tasks.js";

// Tasks written as prose: a numbered item ("a) Tổ chức Hội thi …", "2.1. Tuyên truyền …") whose
// lines carry labelled parts ("- Cơ quan chủ trì: …", "- Thời gian thực hiện: …") in any order.
// An item with such parts is a task; an item without them that gathers tasks is a group when it
// stands among tasks (yen-chau "2.2"), and is only a heading otherwise.

interface FieldLine {
  part: LabelledPart;
  lines: LineRange;
  /** Sub-items under the label line ("+ Chuyên mục …: Một tuần một lần"). */
  sub: OutlineNode[];
  /** Lines after a bare label that are not under it but carry its value. */
  extra: { text: string; lines: LineRange }[];
}

interface Analysis {
  fields: FieldLine[];
  title: string;
  titleLines: LineRange | undefined;
  /** Children that are not labelled parts: content, or sub-tasks. */
  rest: OutlineNode[];
  restBody: Paragraph[];
}

function ownText(n: OutlineNode): string {
  return n.para ? n.text : "";
}

/** The labelled parts that open a line ("- Cơ quan chủ trì: …"), or none. */
function leadingParts(text: string): LabelledPart[] {
  const scan = scanLabels(text);
  return scan.before.trim() === "" ? scan.parts : [];
}

function analyse(node: OutlineNode): Analysis {
  const fields: FieldLine[] = [];
  const own = scanLabels(ownText(node));
  const lines = node.para?.lines ?? node.lines;
  for (const part of own.parts) fields.push({ part, lines, sub: [], extra: [] });
  const rest: OutlineNode[] = [];
  const restBody: Paragraph[] = [];
  // A label with nothing after it ("- Cơ quan chủ trì:") takes the short lines that follow it
  // when they are not under it: "- Phòng Nội vụ;" as a sibling, or "Quý II/2024" on the next line.
  let open: FieldLine | undefined;
  const takes = (text: string, at: LineRange) => {
    if (!open || text.length > 200) return false;
    open.extra.push({ text: trimValue(text), lines: at });
    return true;
  };
  for (const item of node.seq) {
    if (item.kind === "block") {
      if (item.block.kind !== "para") continue;
      const parts = leadingParts(item.block.text);
      if (parts.length > 0) {
        for (const part of parts) fields.push({ part, lines: item.block.lines, sub: [], extra: [] });
        open = openLabel(fields);
      } else if (!takes(item.block.text, item.block.lines)) {
        restBody.push(item.block);
        open = undefined;
      }
      continue;
    }
    const child = item.node;
    const parts = leadingParts(child.text);
    if (
      parts.length > 0 &&
      (isBulletStyle(child.style as never) ||
        child.style === "paren" ||
        fields.length > 0 ||
        isLabelLike(child))
    ) {
      // A label line nested under another (bullet styles mixed: "•", "o", "-") is a field of the
      // same task, not a value of the line above.
      const nested = child.children.filter((c) => leadingParts(c.text).length > 0);
      const values = child.children.filter((c) => !nested.includes(c));
      parts.forEach((part, i) => {
        const last = i === parts.length - 1;
        fields.push({
          part,
          lines: child.para?.lines ?? child.lines,
          sub: last ? values : [],
          // Unbulleted lines under a label line: "- Thời gian thực hiện:" / "Quý II/2024", or a list
          // of agencies that goes on past a line break.
          extra: last
            ? child.body.flatMap((b) =>
                b.kind === "para" && b.text.length <= 300
                  ? [{ text: trimValue(b.text), lines: b.lines }]
                  : [],
              )
            : [],
        });
      });
      for (const n of nested)
        for (const part of leadingParts(n.text))
          fields.push({ part, lines: n.para?.lines ?? n.lines, sub: n.children, extra: [] });
      open = openLabel(fields);
    } else if (
      isLabelLike(child) &&
      child.children.length === 0 &&
      takes(child.text, child.para?.lines ?? child.lines)
    ) {
      // taken as the open label's value
    } else {
      rest.push(child);
      open = undefined;
    }
  }
  return { fields, title: own.before.trim(), titleLines: node.para?.lines, rest, restBody };
}

/** The last field when it is a bare label without sub-items, still waiting for its value. */
function openLabel(fields: FieldLine[]): FieldLine | undefined {
  const last = fields[fields.length - 1];
  return last && isBareLabel(last.part) && last.sub.length === 0 ? last : undefined;
}

function isLabelLike(n: OutlineNode): boolean {
  return n.style === "dash" || n.style === "plus" || n.style === "bullet";
}

function isTaskish(a: Analysis): boolean {
  return a.fields.some((f) =>
    ["lead", "advisor", "support", "agencies", "time", "monitor"].includes(f.part.kind),
  );
}

/** Text of the sub-items of a bare label, each reduced to what follows its own colon. */
function subValues(sub: OutlineNode[]): { text: string; lines: LineRange }[] {
  return sub.map((s) => {
    const text = s.text;
    const colon = text.indexOf(":");
    const value = colon >= 0 && colon < 120 ? text.slice(colon + 1) : text;
    return { text: trimValue(value), lines: s.para?.lines ?? s.lines };
  });
}

function subText(sub: OutlineNode[]): string {
  const out: string[] = [];
  const visit = (n: OutlineNode, depth: number) => {
    const bullet = n.style === "plus" ? "+ " : n.style === "dash" ? "- " : n.label ? `${n.label}) ` : "";
    out.push(`${"  ".repeat(depth)}${bullet}${n.text}`);
    for (const item of n.seq) {
      if (item.kind === "block" && item.block.kind === "para") out.push(item.block.text);
      else if (item.kind === "node") visit(item.node, depth + 1);
    }
  };
  for (const s of sub) visit(s, 0);
  return out.join("\n");
}

const GENERIC_TITLE =
  /^(hoat dong|nhiem vu|cong viec|noi dung|chuong trinh|du an|de an)\s*(so\s*)?\d{1,3}\s*[.:]?$/;

/** One sentence under a role label: "Sở A chủ trì, phối hợp với B", or "Sở B đăng tải …" (its doer). */
function sentenceRoles(text: string, role: Role): { role: Role; text: string }[] {
  const parts = rolesInSentence(text, role);
  if (parts.length > 1) return parts;
  return [{ role, text: leadingAgency(text) ?? text }];
}

function buildTask(node: OutlineNode, a: Analysis, ref: string): TaskDraft {
  const notes: DraftNote[] = [];
  const roles: RoleDraft[] = [];
  const parts: TaskDraft["parts"] = {};
  let time: string | undefined;
  const content: string[] = [];
  let product: string | undefined;
  let forms: string | undefined;
  let note: string | undefined;
  for (const f of a.fields) {
    const role = roleFromKind(f.part.kind);
    const bare = isBareLabel(f.part);
    const continued = role ? f.extra.filter((e) => looksLikeAgencies(e.text)) : [];
    const values = bare
      ? [...subValues(f.sub), ...f.extra]
      : [{ text: trimValue(f.part.value), lines: f.lines }, ...continued];
    const span = spanOf([f.lines, ...values.map((v) => v.lines)]);
    if (role) {
      const text = values.map((v) => v.text).join("; ");
      // "Cơ quan chủ trì: Phòng Nội vụ, phối hợp với …" names the supporting agencies too. A bare
      // label over sentences ("+ Sở A chủ trì, phối hợp với …" / "+ Sở B đăng tải …") is read
      // sentence by sentence: each names its own doer.
      const split =
        role === "support"
          ? [{ role, text }]
          : bare && values.length > 1
            ? values.flatMap((v) => sentenceRoles(v.text, role))
            : rolesInSentence(text, role);
      for (const part of split) {
        roles.push(roleDraft(part.role, f.part.label, part.text, span, notes));
        if (part.role === "support") parts.supports ??= span;
      }
      if (role === "lead" || role === "advisor") parts.leads ??= span;
      if (role === "support") parts.supports ??= span;
      if (role === "advisor")
        notes.push({
          code: "task-role-advisor",
          message: say(
            `Nhãn "${f.part.label}" được hiểu là vai trò tham mưu (tính như chủ trì trong bảng phân công); cần xác nhận.`,
            en`The label ${f.part.label} was read as the advising role (counted as leading in the assignment table); please confirm.`,
          ),
          lines: f.lines,
        });
      continue;
    }
    if (f.part.kind === "time") {
      if (bare && values.length > 1)
        notes.push({
          code: "task-time-from-list",
          message: say(
            "Thời gian được ghi thành nhiều dòng con; đã ghép lại, cần kiểm tra.",
            en`The time was written as several sub-items; they were joined; please check.`,
          ),
          lines: span,
        });
      const text = values.map((v) => v.text).join("; ");
      time = time ? `${time}; ${text}` : text;
      parts.time ??= span;
    } else if (f.part.kind === "content") {
      const text = bare ? subText(f.sub) : f.part.value;
      if (text.trim()) content.push(bare ? text : oneLine(text));
    } else if (f.part.kind === "product") product = trimValue(values.map((v) => v.text).join("; "));
    else if (f.part.kind === "form") forms = trimValue(values.map((v) => v.text).join("; "));
    else if (f.part.kind === "note" || f.part.kind === "budget") note = trimValue(f.part.value);
  }
  let title = trimValue(a.title);
  let titleLines = a.titleLines;
  if (!title && a.restBody[0]) {
    title = trimValue(a.restBody[0].text);
    titleLines = a.restBody[0].lines;
    a.restBody.shift();
  }
  for (const p of a.restBody) content.push(p.text);
  // "Sở, ban, ngành thuộc Ủy ban nhân dân Thành phố có trách nhiệm rà soát …" under an item of
  // the task list without labels: the sentence names who leads it.
  if (!roles.some((r) => r.role === "lead" || r.role === "advisor") && a.restBody[0]) {
    const who = leadingAgency(a.restBody[0].text);
    if (who) {
      roles.push(roleDraft("lead", "", who, a.restBody[0].lines, notes));
      parts.leads ??= a.restBody[0].lines;
    }
  }
  // "a) Hoạt động 1" / "- Nội dung: Triển khai …": a numbered placeholder names no work; the
  // content label does.
  if (GENERIC_TITLE.test(fold(title)) && content.length > 0) {
    const first = (content[0] as string)
      .split("\n")
      .map((l) => trimValue(l.replace(/^\s*[-+•]\s*/u, "")))
      .find(Boolean);
    if (first) {
      content.unshift(title);
      title = first;
    }
  }
  if (titleLines) parts.title = titleLines;
  return {
    kind: "task",
    ref,
    title: stripTrailingParenRef(title),
    content: content.length > 0 ? content.join("\n") : undefined,
    product,
    forms,
    note,
    roles,
    time,
    lines: node.lines,
    parts,
    from: "prose",
    notes,
    children: [],
  };
}

// "… (theo Kế hoạch của tỉnh)" after a task title is a remark, kept; only a dangling "(" is cut.
function stripTrailingParenRef(title: string): string {
  return title.replace(/\s*\($/u, "");
}

function refOf(parentRef: string, parent: OutlineNode, child: OutlineNode): string {
  const own = child.label || "";
  // "2.2" already names its parents; a letter under it becomes "2.2.a".
  if (parentRef && /\./.test(parentRef) && own && !own.includes(".")) return `${parentRef}.${own}`;
  if (parent.style !== "root" && /^dec[2-4]$/.test(parent.style) && own && !own.includes("."))
    return `${parent.label}.${own}`;
  return own;
}

/** Tasks under an outline node, as a tree: tasks with their sub-tasks, groups only among tasks. */
export function proseTasks(root: OutlineNode): TaskDraft[] {
  return collect(root, "", false);
}

/**
 * A paragraph that is a task by itself, its labels in parentheses or after it: "Tổ chức hội thi …
 * (Chủ trì: Phòng Tư pháp; Phối hợp: Đoàn Thanh niên; Thời gian: Tháng 9/2025)."
 */
function looseTask(para: Paragraph): TaskDraft | null {
  const scan = scanLabels(para.text);
  if (!scan.before.trim() || !scan.parts.some((p) => roleFromKind(p.kind))) return null;
  const analysis: Analysis = {
    fields: scan.parts.map((part) => ({ part, lines: para.lines, sub: [], extra: [] })),
    title: scan.before,
    titleLines: para.lines,
    rest: [],
    restBody: [],
  };
  const node = { lines: para.lines } as OutlineNode;
  return buildTask(node, analysis, "");
}

const PLAN_PART =
  /^(muc dich|muc tieu|yeu cau|doi tuong|pham vi|thanh phan|dia diem|noi dung|nhiem vu|to chuc thuc hien|thoi gian thuc hien|kinh phi|che do bao cao)\b/;

function collect(node: OutlineNode, prefix: string, ownerIsTask: boolean): TaskDraft[] {
  const entries: { child: OutlineNode; analysis: Analysis; task: boolean; subs: TaskDraft[]; ref: string }[] =
    [];
  // The plan's own parts numbered "1. Mục tiêu", "2. Nội dung", "3. Tổ chức thực hiện", "4. Thời
  // gian thực hiện: Từ tháng 4 đến tháng 12": the period of the whole plan, not a task.
  const partsLevel = node.children.filter((c) => PLAN_PART.test(fold(trimValue(c.text)))).length >= 2;
  for (const child of node.children) {
    if (isLabelLike(child) && leadingParts(child.text).length > 0) continue;
    const analysis = analyse(child);
    const task =
      isTaskish(analysis) &&
      !(
        partsLevel &&
        analysis.fields.every((f) => f.part.kind === "time") &&
        !scanLabels(child.text).before.trim()
      );
    const ref = refOf(prefix, node, child);
    const inner = { ...child, children: analysis.rest } as OutlineNode;
    const subs = collect(inner, task || /\./.test(ref) ? ref : "", task);
    entries.push({ child, analysis, task, subs, ref });
  }
  // Groups where they divide the task list: beside tasks, or when several headings each hold tasks
  // ("A. Nhiệm vụ chung", "B. Nhiệm vụ cụ thể").
  const holders = entries.filter((e) => !e.task && e.subs.length > 0 && !isLabelLike(e.child)).length;
  const anyTask = entries.some((e) => e.task) || holders >= 2;
  const out: TaskDraft[] = [];
  for (const e of entries) {
    if (e.task) {
      const draft = buildTask(e.child, e.analysis, e.ref);
      // Sub-items that are tasks stay sub-tasks; the others were content.
      draft.children = e.subs;
      if (e.subs.length === 0) {
        const extra = e.analysis.rest.filter((r) => !isTaskish(analyse(r)));
        if (extra.length > 0) {
          const text = subText(extra);
          draft.content = draft.content ? `${draft.content}\n${text}` : text;
        }
      }
      out.push(draft);
    } else if (e.subs.length > 0) {
      if (anyTask && !isLabelLike(e.child)) {
        // "A. Nhiệm vụ chung" / "1." → "A.1": numbering restarts under each capital-letter division.
        if (/^[A-ZĐ]$|^[IVXL]+$/u.test(e.ref))
          for (const sub of e.subs) if (sub.ref && !sub.ref.includes(".")) sub.ref = `${e.ref}.${sub.ref}`;
        out.push({
          kind: "group",
          ref: e.ref,
          title: trimValue(e.child.text),
          roles: [],
          time: undefined,
          lines: e.child.lines,
          parts: e.child.para ? { title: e.child.para.lines } : {},
          from: "prose",
          notes: [],
          children: e.subs,
        });
      } else out.push(...e.subs);
    } else if (
      entries.some((x) => x.task) &&
      !isLabelLike(e.child) &&
      e.child.style === entries.find((x) => x.task)?.child.style &&
      e.child.text.trim().length >= 8 &&
      !/^(muc dich|muc tieu|yeu cau|doi tuong|kinh phi|thoi gian|hinh thuc)/.test(fold(e.child.text))
    ) {
      // An item numbered like the tasks beside it, without their labels: a task whose lead and
      // time were left out, read for review rather than dropped.
      const draft = buildTask(e.child, e.analysis, e.ref);
      const extra = e.analysis.rest;
      if (extra.length > 0) draft.content = [draft.content, subText(extra)].filter(Boolean).join("\n");
      out.push(draft);
    }
  }
  if (!ownerIsTask) {
    const loose = node.body
      .flatMap((b) => (b.kind === "para" ? [looseTask(b)] : []))
      .filter((t): t is TaskDraft => t !== null);
    if (loose.length > 0) return [...out, ...loose].sort((a, b) => a.lines.from - b.lines.from);
  }
  return out;
}
