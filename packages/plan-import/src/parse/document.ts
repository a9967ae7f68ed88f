import { en, say } from "@kehoach/text-vi";
import type { Block, Paragraph, Table } from "../source/blocks.js";
import { fold, isAllCaps, oneLine, splitColumns } from "../text.js";
import type { LineRange } from "../types.js";
import { unlabelledTasks } from "./activity-tasks.js";
import { type ClosingDraft, isNoiNhan, isSignerAnchor, isSignerTitleLine, parseClosing } from "./closing.js";
import { isHeaderRow } from "./columns.js";
import type { DraftNote, TaskDraft } from "./draft.js";
import { mergeDuplicates, titleKey } from "./duplicates.js";
import { docTypeOf, type HeaderDraft, type Located, parseHeader } from "./header.js";
import { assignmentTasks, fillLeads, implementationAssignments } from "./implementation-roles.js";
import { parseLabel } from "./labels.js";
import { buildOutline, type OutlineNode } from "./outline.js";
import { proseTasks } from "./prose-tasks.js";
import { tableTasks } from "./table-tasks.js";

// The document cut into its parts: an optional decision (QĐ) that issues the plan, the plan's
// header, body, closing sentence, foot (recipients and signature) and appendices, and the tasks
// found in the body and the appendices.

export interface AppendixDraft {
  label: string;
  title: string;
  backRef: Located<string> | undefined;
  blocks: Block[];
  lines: LineRange;
}

export interface DecisionDraft {
  header: HeaderDraft;
  closing: ClosingDraft;
  articles: Located<string>[];
  proposal: Located<string> | undefined;
  lines: LineRange;
}

export interface ParsedDocument {
  header: HeaderDraft;
  decision: DecisionDraft | undefined;
  body: OutlineNode;
  bodyBlocks: Block[];
  closingSentence: Located<string> | undefined;
  closing: ClosingDraft;
  appendices: AppendixDraft[];
  tasks: TaskDraft[];
  /** Tables that became tasks, by block. */
  taskTables: Set<Block>;
  /** Outline nodes read as tasks without labels (activities, items under an agency's heading). */
  taskNodes: Set<OutlineNode>;
  notes: DraftNote[];
}

const APPENDIX = /^(phu|phuc)\s+luc\b/;

/**
 * After the signature, a title in capitals opens a list attached to the plan even without the
 * word "PHỤ LỤC": "DANH SÁCH CÁN BỘ PHỤ TRÁCH …", "BIỂU TỔNG HỢP …", "DANH MỤC …".
 */
function isListTitle(block: Block): boolean {
  return (
    block.kind === "para" &&
    block.text.length < 160 &&
    isAllCaps(block.text) &&
    /^(danh sach|danh muc|bieu|bang tong hop|bang phan cong)\b/.test(fold(block.text).trim())
  );
}

function isAppendixLabel(block: Block): boolean {
  return block.kind === "para" && block.text.length < 120 && APPENDIX.test(fold(block.text).trim());
}

function isClosingAnchor(block: Block): boolean {
  if (block.kind === "para")
    return splitColumns(block.text).some(
      (part) => isNoiNhan(part) || isSignerAnchor(part) || isSignerTitleLine(part),
    );
  return block.rows.some((r) =>
    r.cells.some((c) => c.split("\n").some((part) => isNoiNhan(part) || isSignerAnchor(part))),
  );
}

/** Where the attached plan starts, when a QĐ comes first: the "KẾ HOẠCH" line and the header lines above it. */
function planStart(blocks: readonly Block[]): { decisionEnd: number; planFrom: number } | null {
  const qd = blocks.findIndex(
    (b, i) => i < 60 && b.kind === "para" && splitColumns(b.text).some((t) => docTypeOf(t) === "QĐ"),
  );
  if (qd < 0) return null;
  // "KẾ HOẠCH" alone, or run together with the plan's title in capitals by a wrapped copy.
  const kh = blocks.findIndex(
    (b, i) =>
      i > qd &&
      b.kind === "para" &&
      (docTypeOf(b.text) === "KH" || (/^KẾ HOẠCH\s+\S/u.test(b.text) && isAllCaps(b.text.slice(0, 40)))),
  );
  if (kh < 0) return null;
  // Walk back over the plan's own header (issuer, motto, number, date): caps lines and short lines.
  let from = kh;
  for (let i = kh - 1; i > qd; i--) {
    const b = blocks[i] as Block;
    if (b.kind !== "para") {
      // Word's small two-column header table belongs to the plan's header too.
      if (b.rows.length <= 4 && b.rows.every((r) => r.cells.length <= 3) && !isClosingAnchor(b)) {
        from = i;
        continue;
      }
      break;
    }
    const f = fold(b.text);
    const headerish =
      isAllCaps(b.text.replace(/\t/g, " ")) ||
      /^(so\s*:|doc lap|cong hoa)/.test(f) ||
      /,\s*ngay\b/.test(f) ||
      /^[-_=*\s]{3,}$/.test(b.text);
    if (!headerish || isSignerAnchor(b.text)) break;
    from = i;
  }
  // Capitals just before the header may be the QĐ's signer title and name: they stay with the QĐ.
  while (from < kh) {
    const b = blocks[from] as Block;
    if (b.kind === "table") break;
    if (b.kind === "para" && /^(ủy ban|uỷ ban|ubnd|hội đồng|sở|phòng|ban)(?=\s|$)/iu.test(b.text)) break;
    if (b.kind === "para" && /^(cộng hòa|cộng hoà|số\s*:)/iu.test(b.text)) break;
    from++;
  }
  return { decisionEnd: from, planFrom: from };
}

function parseDecision(blocks: Block[]): DecisionDraft {
  const header = parseHeader(blocks);
  const articles: Located<string>[] = [];
  let proposal: Located<string> | undefined;
  const proposals = header.bases.filter((b) => b.kind === "de_nghi");
  if (proposals.length > 0) {
    const p = proposals[proposals.length - 1] as (typeof proposals)[number];
    proposal = { value: p.text, lines: p.lines };
    header.bases = header.bases.filter((b) => b.kind !== "de_nghi");
  }
  let closingFrom = blocks.length;
  for (let i = header.bodyStart; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (isClosingAnchor(b)) {
      closingFrom = i;
      break;
    }
    if (b.kind !== "para") continue;
    const m = /^điều\s+\d+\s*[.:]\s*/iu.exec(b.text);
    if (m) articles.push({ value: b.text.slice(m[0].length).trim(), lines: b.lines });
    else if (articles.length > 0 && !/^quyết định\s*:?$/iu.test(b.text.trim())) {
      const last = articles[articles.length - 1] as Located<string>;
      last.value = `${last.value}\n${b.text}`;
      last.lines = { from: last.lines.from, to: b.lines.to };
    }
  }
  const first = blocks[0]?.lines.from ?? 1;
  const last = blocks[blocks.length - 1]?.lines.to ?? first;
  return {
    header,
    closing: parseClosing(blocks.slice(closingFrom)),
    articles,
    proposal,
    lines: { from: first, to: last },
  };
}

const ARTICLE = /^điều\s+\d+\s*[.:]?/iu;

/**
 * The body of a QĐ without its articles ("Điều 1. Ban hành kèm theo …", "Điều 2. … có hiệu lực"),
 * which are the decision's, never tasks; what an article introduces ("… như sau:" then "I. Mục
 * tiêu …") stays, since it is the plan approved inline.
 */
function withoutArticles(blocks: Block[], from: number): Block[] {
  const out = blocks.slice(0, from);
  let inArticle = false;
  for (const b of blocks.slice(from)) {
    if (b.kind === "para") {
      if (ARTICLE.test(b.text) || /^quyết định\s*:?$/iu.test(b.text.trim())) {
        inArticle = true;
        continue;
      }
      if (inArticle && !parseLabel(b.text) && !isClosingAnchor(b)) continue;
    }
    inArticle = false;
    out.push(b);
  }
  return out;
}

/** "(Về việc) ban hành (kèm theo Quyết định này) Kế hoạch X" → "X", the plan's own trích yếu. */
export function issuedPlanTitle(decisionTitle: string): string | undefined {
  const m =
    /^(?:về việc\s+)?(?:ban hành|phê duyệt)\s+(?:kèm theo quyết định này\s+)?kế hoạch\s+(\S.*)$/iu.exec(
      decisionTitle.trim(),
    );
  if (!m) return undefined;
  const rest = (m[1] as string).trim();
  return rest.charAt(0).toLocaleUpperCase("vi") + rest.slice(1);
}

/** The header of the plan a lone QĐ issues: its issuer, bases and title, no number or date of its own. */
function issuedPlanHeader(qd: HeaderDraft, decision: DecisionDraft): HeaderDraft {
  const own = qd.title ? issuedPlanTitle(qd.title.value.text) : undefined;
  return {
    ...qd,
    docType: undefined,
    number: undefined,
    placeDate: undefined,
    authority: undefined,
    title:
      qd.title && own ? { value: { text: own, caps: qd.title.value.caps }, lines: qd.title.lines } : qd.title,
    bases: decision.header.bases,
  };
}

const PURPOSES =
  /^(muc dich|muc tieu|yeu cau|quan diem|nguyen tac|doi tuong|pham vi|thanh phan|dia diem|thoi gian|kinh phi|nguon kinh phi|che do (?:thong tin,? )?bao cao)\b/;

/**
 * Items of the purposes and targets ("II. MỤC TIÊU" → "b) Thời gian: Từ ngày 15/11 …"), of the
 * scope, period and funding are not tasks, even with a time label, unless they name who does them.
 */
function withoutPurposes(drafts: TaskDraft[], body: OutlineNode): TaskDraft[] {
  const ranges = descendantsOf(body)
    .filter((n) => n.para && PURPOSES.test(fold(n.text).trim()))
    .map((n) => n.lines);
  if (ranges.length === 0) return drafts;
  const inside = (t: TaskDraft) => ranges.some((r) => t.lines.from >= r.from && t.lines.to <= r.to);
  const named = (t: TaskDraft) => t.roles.some((r) => r.names.length > 0);
  const keep = (list: TaskDraft[]): TaskDraft[] =>
    list.flatMap((t) => {
      if (inside(t) && !named(t) && t.children.every((c) => !named(c))) return [];
      return [{ ...t, children: keep(t.children) }];
    });
  return keep(drafts);
}

function descendantsOf(n: OutlineNode): OutlineNode[] {
  return n.children.flatMap((c) => [c, ...descendantsOf(c)]);
}

export function parseDocument(all: Block[]): ParsedDocument {
  const notes: DraftNote[] = [];
  const split = planStart(all);
  let decision = split ? parseDecision(all.slice(0, split.decisionEnd)) : undefined;
  let blocks = split ? all.slice(split.planFrom) : all;
  let header = parseHeader(blocks);
  if (!split && header.docType?.value === "QĐ") {
    // A QĐ whose plan is not in the text (cut from a web copy, or approved inline in Điều 1):
    // the QĐ is the document; the plan is what its articles issue, dated and numbered by it.
    decision = parseDecision(all);
    blocks = withoutArticles(all, header.bodyStart);
    header = issuedPlanHeader(header, decision);
    const foot = blocks.findIndex((b, i) => i >= header.bodyStart && isClosingAnchor(b));
    const body = blocks.slice(header.bodyStart, foot < 0 ? blocks.length : foot);
    if (!body.some((b) => b.kind === "table" || parseLabel(b.text)))
      notes.push({
        code: "decision-without-plan",
        message: say(
          "Văn bản là Quyết định nhưng không có kế hoạch kèm theo; chỉ đọc được phần Quyết định.",
          en`The document is a decision without the plan it issues attached; only the decision could be read.`,
        ),
        lines: decision.lines,
      });
  }

  // The foot starts at "Nơi nhận" or at the signature; appendices start at "PHỤ LỤC".
  let footFrom = blocks.length;
  for (let i = header.bodyStart; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (isClosingAnchor(b) || isAppendixLabel(b)) {
      footFrom = i;
      break;
    }
  }
  let appendixFrom = blocks.length;
  for (let i = footFrom; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (
      isAppendixLabel(b) ||
      (i > footFrom && isListTitle(b)) ||
      (b.kind === "table" && b.rows.slice(0, 3).some((r) => isHeaderRow(r.cells)))
    ) {
      appendixFrom = i;
      break;
    }
  }
  const bodyBlocks = blocks.slice(header.bodyStart, footFrom);
  // "Trên đây là Kế hoạch …./.": the closing sentence ends the body.
  let closingSentence: Located<string> | undefined;
  for (let i = bodyBlocks.length - 1; i >= 0 && i >= bodyBlocks.length - 3; i--) {
    const b = bodyBlocks[i] as Block;
    if (
      b.kind === "para" &&
      (/^trên đây\b/iu.test(b.text) || /\.\/\.\s*$/.test(b.text)) &&
      !/^[IVX]+\./.test(b.text)
    ) {
      closingSentence = { value: b.text, lines: b.lines };
      bodyBlocks.splice(i, 1);
      break;
    }
  }
  let closing = parseClosing(blocks.slice(footFrom, appendixFrom));
  let appendixTo = blocks.length;
  if (!closing.signer && !closing.recipients) {
    // The foot after the appendices: "Nơi nhận" and the signature close the whole document.
    const late = blocks.findIndex((b, i) => i > appendixFrom && isClosingAnchor(b));
    if (late > 0) {
      closing = parseClosing(blocks.slice(late));
      appendixTo = late;
    }
  }
  const appendices = splitAppendices(blocks.slice(appendixFrom, appendixTo));

  const body = buildOutline(bodyBlocks);
  const tasks: TaskDraft[] = withoutPurposes(proseTasks(body), body);
  const taskTables = new Set<Block>();
  const sequence = [...bodyBlocks, ...appendices.flatMap((a) => a.blocks)];
  // A task table split in two by a page break (the second part without a header, as many
  // copies and converters leave it) is read as one table: its rows follow the first part's.
  let previous: { table: Table; index: number; tasks: TaskDraft[]; notes: DraftNote[] } | undefined;
  sequence.forEach((t, index) => {
    if (t.kind !== "table") return;
    const found = tableTasks(t);
    if (
      (!found || found.tasks.length === 0) &&
      previous &&
      continuesTable(previous.table, t, sequence, previous.index, index)
    ) {
      const joined: Table = {
        ...previous.table,
        rows: [...previous.table.rows, ...t.rows],
        lines: { from: previous.table.lines.from, to: t.lines.to },
      };
      const again = tableTasks(joined);
      if (again && again.tasks.length > 0) {
        const dropTasks = new Set(previous.tasks);
        const dropNotes = new Set(previous.notes);
        const keptTasks = tasks.filter((d) => !dropTasks.has(d));
        const keptNotes = notes.filter((n) => !dropNotes.has(n));
        tasks.length = 0;
        tasks.push(...keptTasks);
        notes.length = 0;
        notes.push(...keptNotes);
        taskTables.add(t);
        tasks.push(...again.tasks);
        notes.push(...again.notes);
        previous = { table: joined, index, tasks: again.tasks, notes: again.notes };
        return;
      }
    }
    if (!found || found.tasks.length === 0) return;
    taskTables.add(t);
    tasks.push(...found.tasks);
    notes.push(...found.notes);
    previous = { table: t, index, tasks: found.tasks, notes: found.notes };
  });
  // Tasks stated without labels: under an agency's heading, or activities of a content section;
  // the duties of "Tổ chức thực hiện" only when nothing else is a task.
  let unlabelled = unlabelledTasks(body, tasks, "content");
  if (countTasks(tasks) + countTasks(unlabelled.tasks) === 0)
    unlabelled = unlabelledTasks(body, [], "sections");
  if (countTasks(tasks) + countTasks(unlabelled.tasks) === 0)
    unlabelled = unlabelledTasks(body, [], "duties");
  // A plan whose tasks are in a table states its topics as numbered lists too: those are read as
  // activities only when the table repeats some of them and has no row of its own (the body lists
  // the tasks, the table gives times to a few).
  if (countTasks(tasks) > 0 && unlabelled.activities.tasks.length > 0) {
    const titles = new Set(flattenDrafts(tasks).map((t) => titleKey(t.title)));
    const activityTitles = new Set(flattenDrafts(unlabelled.activities.tasks).map((t) => titleKey(t.title)));
    const repeated = [...activityTitles].some((k) => titles.has(k));
    // A task table with rows the body does not have ("Danh mục nhiệm vụ trọng tâm" picking and
    // rewording the body's solutions) is the plan's list: the body's items are its solutions.
    const tableOwn = flattenDrafts(tasks).some(
      (t) => t.from === "table" && t.kind === "task" && !activityTitles.has(titleKey(t.title)),
    );
    if (!repeated || tableOwn) {
      const drop = new Set(unlabelled.activities.tasks);
      unlabelled.tasks = unlabelled.tasks.filter((t) => !drop.has(t));
      for (const n of unlabelled.activities.nodes) unlabelled.nodes.delete(n);
    }
  }
  const kept = dropReplaced(tasks, unlabelled.replaced);
  tasks.length = 0;
  tasks.push(...kept, ...unlabelled.tasks);
  // "Tổ chức thực hiện" prose: the lead of a task read without one, or the tasks themselves.
  const assignments = implementationAssignments(body);
  if (countTasks(tasks) === 0) tasks.push(...assignmentTasks(assignments));
  else fillLeads(tasks, assignments);
  tasks.sort((a, b) => a.lines.from - b.lines.from);
  const merged = mergeDuplicates(tasks);
  tasks.length = 0;
  tasks.push(...merged);
  return {
    header,
    decision,
    body,
    bodyBlocks,
    closingSentence,
    closing,
    appendices,
    tasks,
    taskTables,
    taskNodes: unlabelled.nodes,
    notes,
  };
}

/** A table right after a task table (blank lines or a page's furniture between), with about its width. */
function continuesTable(
  first: Table,
  next: Table,
  blocks: readonly Block[],
  at: number,
  to: number,
): boolean {
  const between = blocks.slice(at + 1, to);
  if (between.some((b) => b.kind === "table" || b.text.trim().length > 40)) return false;
  const width = (t: Table) => Math.max(...t.rows.map((r) => r.cells.length));
  return Math.abs(width(first) - width(next)) <= 1;
}

function dropReplaced(drafts: readonly TaskDraft[], replaced: ReadonlySet<TaskDraft>): TaskDraft[] {
  const out: TaskDraft[] = [];
  for (const d of drafts) {
    if (replaced.has(d)) continue;
    const children = dropReplaced(d.children, replaced);
    if (d.kind === "group" && children.length === 0 && d.children.length > 0) continue;
    out.push({ ...d, children });
  }
  return out;
}

function flattenDrafts(drafts: readonly TaskDraft[]): TaskDraft[] {
  return drafts.flatMap((d) => [d, ...flattenDrafts(d.children)]);
}

function countTasks(drafts: readonly TaskDraft[]): number {
  let n = 0;
  for (const d of drafts) n += d.kind === "task" ? 1 : countTasks(d.children);
  return n;
}

function splitAppendices(blocks: Block[]): AppendixDraft[] {
  const out: AppendixDraft[] = [];
  let current: AppendixDraft | undefined;
  for (const block of blocks) {
    if (isAppendixLabel(block)) {
      const para = block as Paragraph;
      current = {
        label: oneLine(para.text),
        title: "",
        backRef: undefined,
        blocks: [],
        lines: { ...para.lines },
      };
      out.push(current);
      continue;
    }
    if (!current) {
      current = { label: "", title: "", backRef: undefined, blocks: [], lines: { ...block.lines } };
      out.push(current);
    }
    current.lines.to = Math.max(current.lines.to, block.lines.to);
    if (block.kind === "para" && current.blocks.length === 0) {
      const f = fold(block.text).trim();
      if (/^\(?\s*(ban hanh )?kem theo\b/.test(f)) {
        current.backRef = { value: block.text.replace(/^\(|\)$/g, "").trim(), lines: block.lines };
        continue;
      }
      if (!current.backRef && block.text.length < 200) {
        current.title = current.title ? `${current.title} ${block.text}` : block.text;
        continue;
      }
    }
    current.blocks.push(block);
  }
  return out;
}
