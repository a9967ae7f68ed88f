import {
  type Abbreviation,
  type AgencyMatcher,
  createAgencyMatcher,
  createDirectory,
  type Issuer,
  parseTime,
  type RoleAssignment,
  type Task,
  type TimeSpec,
} from "@kehoach/plan-model";
import { asWritten, en, type PartialDate, say, toIsoDate } from "@kehoach/text-vi";
import type { TaskDraft } from "../parse/draft.js";
import { fold, oneLine } from "../text.js";
import type { LineRange, TaskTrace } from "../types.js";
import type { AssembleContext } from "./context.js";
import { type Findings, NOTE_SEVERITY } from "./findings.js";

// Task drafts into the plan's tasks: agencies matched to the locality directory when one is
// given, times parsed, and what a person must review (no lead, no time, a time not understood,
// one agency in both roles) noted with the task's source lines.

type AgencyOf = (
  name: string,
  lines: LineRange | undefined,
  target: string,
  ids: number[],
) => { name: string; id?: string };

/** Names matched to the locality's directory (as of the plan's date); kept as written without one. */
export function agencyMatching(
  { options, findings }: AssembleContext,
  abbreviations: Abbreviation[],
  issuedOn: PartialDate,
): { agency: AgencyOf; matcher: AgencyMatcher | undefined } {
  const matcher = options.locality
    ? createAgencyMatcher(createDirectory(options.locality), {
        abbreviations,
        asOf: toIsoDate(issuedOn) ?? undefined,
      })
    : undefined;
  const agency: AgencyOf = (name, lines, target, ids) => {
    if (!matcher) return { name };
    const m = matcher.match(name);
    if (m.status === "matched") return { name, id: m.agency.id };
    if (m.status === "ambiguous")
      ids.push(
        findings.add(
          "agency-ambiguous",
          "warning",
          say(
            `"${name}" có thể là: ${m.candidates.map((c) => c.name).join("; ")}.`,
            en`${name} could be any of: ${m.candidates.map((c) => c.name)}.`,
          ),
          lines,
          target,
        ),
      );
    else if (m.status === "unmatched")
      ids.push(
        findings.add(
          "agency-unmatched",
          "info",
          say(
            `"${name}" không có trong danh bạ cơ quan của địa phương${m.suggestions.length ? `; gần giống: ${m.suggestions.map((s) => s.name).join("; ")}` : ""}.`,
            m.suggestions.length
              ? en`${name} is not in the locality's directory of agencies; close to it: ${m.suggestions.map((s) => s.name)}.`
              : en`${name} is not in the locality's directory of agencies.`,
          ),
          lines,
          target,
        ),
      );
    return { name };
  };
  return { agency, matcher };
}

/** The issuer with its directory id, when the directory knows it. */
export function matchIssuer(issuer: Issuer, matcher: AgencyMatcher | undefined): Issuer {
  if (!matcher || !issuer.name) return issuer;
  const m = matcher.match(issuer.name);
  return m.status === "matched" ? { ...issuer, agencyId: m.agency.id } : issuer;
}

export function convertTasks(
  ctx: AssembleContext,
  agency: AgencyOf,
  planYear: number,
): { tasks: Task[]; traces: TaskTrace[] } {
  const { findings } = ctx;
  const traces: TaskTrace[] = [];
  let counter = 0;
  const convert = (draft: TaskDraft, path: string): Task => {
    const ids: number[] = [];
    for (const note of draft.notes)
      ids.push(
        findings.add(
          note.code,
          NOTE_SEVERITY[note.code] ?? "info",
          note.message,
          note.lines ?? draft.lines,
          path,
        ),
      );
    const roles = rolesOf(draft, path, agency, ids);
    const task: Task = {
      id: `nv-${++counter}`,
      ...(draft.kind === "group" ? { kind: "group" as const } : {}),
      ...(draft.ref ? { ref: draft.ref.slice(0, 40) } : {}),
      title: draft.title,
      roles,
      time: timeOf(draft, planYear, findings, path, ids),
    };
    if (draft.content) task.content = draft.content;
    if (draft.product) task.product = draft.product.slice(0, 1000);
    if (draft.forms) task.forms = [{ text: draft.forms }];
    if (draft.kind === "task") reviewRoles(draft, roles, findings, path, ids);
    traces.push({
      target: path,
      ref: draft.ref,
      lines: draft.lines,
      parts: draft.parts,
      from: draft.from,
      findings: ids,
    });
    if (draft.children.length > 0)
      task.children = draft.children.map((c, i) => convert(c, `${path}.children[${i}]`));
    return task;
  };
  const tasks = ctx.doc.tasks.map((d, i) => convert(d, `tasks[${i}]`));
  if (tasks.length === 0)
    findings.add(
      "no-tasks",
      "warning",
      say(
        "Không tìm thấy nhiệm vụ nào (mục có nhãn cơ quan chủ trì, thời gian, bảng nhiệm vụ, hay các hoạt động được đánh số trong phần nội dung).",
        en`No task was found (items labelled with a lead agency or a time, a table of tasks, or numbered activities in the content).`,
      ),
      ctx.doc.body.lines,
      "tasks",
    );
  return { tasks, traces };
}

function rolesOf(draft: TaskDraft, path: string, agency: AgencyOf, ids: number[]): RoleAssignment[] {
  const roles: RoleAssignment[] = [];
  for (const r of draft.roles) {
    const standard =
      /^(cơ quan |đơn vị |cơ quan, đơn vị )?(chủ trì|phối hợp|tham mưu)$/iu.test(r.label) &&
      r.role !== "advisor";
    for (const name of r.names) {
      const assignment: RoleAssignment = {
        role: r.role,
        agency: agency(name, r.lines, `${path}.roles`, ids),
      };
      if (r.label && (!standard || r.role === "advisor")) assignment.label = oneLine(r.label).slice(0, 200);
      roles.push(assignment);
    }
  }
  return roles;
}

/** A task without a lead, its text, or with one agency in both roles, is noted for review. */
function reviewRoles(
  draft: TaskDraft,
  roles: RoleAssignment[],
  findings: Findings,
  path: string,
  ids: number[],
): void {
  if (!draft.title)
    ids.push(
      findings.add(
        "task-text-missing",
        "warning",
        say("Nhiệm vụ không có nội dung.", en`The task has no text.`),
        draft.lines,
        path,
      ),
    );
  const leads = roles.filter((r) => r.role === "lead" || r.role === "advisor");
  if (leads.length === 0)
    ids.push(
      findings.add(
        "task-no-lead",
        "warning",
        say(
          `Nhiệm vụ ${draft.ref || draft.title.slice(0, 40)} chưa có cơ quan chủ trì; cần bổ sung.`,
          draft.ref
            ? en`Task ${asWritten(draft.ref)} has no lead agency yet; add one.`
            : draft.title
              ? en`The task ${draft.title.slice(0, 40)} has no lead agency yet; add one.`
              : en`This task has no lead agency yet; add one.`,
        ),
        draft.parts.title ?? draft.lines,
        `${path}.roles`,
      ),
    );
  const supports = roles.filter((r) => r.role === "support").map((r) => fold(r.agency.name));
  const both = leads.filter((r) => supports.includes(fold(r.agency.name)));
  if (both.length > 0)
    ids.push(
      findings.add(
        "task-same-agency-both-roles",
        "info",
        say(
          `"${both[0]?.agency.name}" vừa chủ trì vừa phối hợp.`,
          en`${both[0]?.agency.name ?? ""} is both a lead and a supporting agency.`,
        ),
        draft.parts.leads ?? draft.lines,
        `${path}.roles`,
      ),
    );
}

function timeOf(
  draft: TaskDraft,
  planYear: number,
  findings: Findings,
  path: string,
  ids: number[],
): TimeSpec {
  if (draft.kind === "group") return { raw: "", kind: "unspecified" };
  const raw = oneLine(draft.time ?? "")
    .replace(/\.$/, "")
    .slice(0, 1000);
  if (!raw) {
    ids.push(
      findings.add(
        "task-no-time",
        "warning",
        say(
          "Nhiệm vụ chưa có thời gian thực hiện; cần bổ sung.",
          en`The task has no time frame yet; add one.`,
        ),
        draft.parts.time ?? draft.parts.title ?? draft.lines,
        `${path}.time`,
      ),
    );
    return { raw: "", kind: "unspecified" };
  }
  const spec = parseTime(raw, { planYear });
  if (spec.kind === "unspecified")
    ids.push(
      findings.add(
        "task-time-unparsed",
        "info",
        say(
          `Chưa hiểu được thời gian "${raw}"; giữ nguyên như đã viết.`,
          en`The time ${raw} was not understood; it is kept as written.`,
        ),
        draft.parts.time ?? draft.lines,
        `${path}.time`,
      ),
    );
  return { ...spec, raw };
}
