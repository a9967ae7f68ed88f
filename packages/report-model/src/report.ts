import {
  type CutoffRule,
  formatArchive,
  isDoneStatus,
  type Plan,
  periodLabel,
  periodWindow,
  type ReportPeriod,
  type Signer,
  STATUS_LABELS,
  type TaskStatus,
  type Window,
} from "@kehoach/plan-model";
import type { PartialDate } from "@kehoach/text-vi";
import { leadAgencies, workNodes } from "./agencies.js";
import { type Contradiction, findContradictions, groupByTask } from "./contradictions.js";
import { showDate } from "./dates.js";
import { NARRATIVE_KEYS, type Narrative, type ReportDraft } from "./draft.js";
import type { PeriodEntry } from "./entry.js";
import { type PeriodFacts, periodFacts } from "./facts.js";
import { type FormGroup, formatTotals, formOfTask, sumByForm, totalIndicators } from "./indicators.js";
import { draftNarrative, planReference } from "./narrative.js";
import { nextPeriodPhrase, periodKey, periodPhrase } from "./period.js";
import { periodProgress, windowEntries } from "./progress.js";

// Everything the báo cáo of a period says, as plain data: plan-documents turns it into the văn
// bản, the app shows it on screen and writes the appendix as a spreadsheet. Building it is a
// query over the plan's log for the period's window (plan-domain §4.3).

export interface ReportRow {
  taskId: string;
  number: string;
  title: string;
  leads: string[];
  form: FormGroup["form"];
  status: TaskStatus;
  statusLabel: string;
  /** Reported done without a completion date: counted nowhere until the date is given. */
  awaitingDate: boolean;
  percent: number;
  due?: string | undefined;
  /** Kết quả: what was done, as reported in the window. */
  result: string;
  /** The window's figures, added up: "25 tin, bài; 10 ảnh". */
  figures: string;
  evidence: { label?: string | undefined; url: string }[];
  /** The entry the status comes from. */
  entryId?: string | undefined;
  /** Ghi chú: carried over, no activity, contradictions. */
  notes: string[];
}

export interface PeriodReport {
  planId: string;
  planTitle: string;
  /** "Kế hoạch số 15/KH-UBND ngày 20/01/2026". */
  planReference: string;
  issuer: {
    name: string;
    headerLines: string[];
    parentBody?: string | undefined;
    /** The issuing agency in the locality directory, when the plan names it. */
    agencyId?: string | undefined;
  };
  period: ReportPeriod;
  periodKey: string;
  /** "Quý II năm 2026". */
  periodLabel: string;
  /** "quý II năm 2026". */
  periodPhrase: string;
  nextPeriodPhrase: string;
  window: Window;
  facts: PeriodFacts;
  forms: FormGroup[];
  rows: ReportRow[];
  contradictions: Contradiction[];
  /** The narrative as it will print: the person's text where edited, the drafted text elsewhere. */
  narrative: Narrative;
  /** The drafted narrative, for "restore the suggestion". */
  suggested: Narrative;
  document: {
    subject: string;
    number?: string | undefined;
    symbol: string;
    place: string;
    date: PartialDate;
    addressees: string[];
    signer?: Signer | undefined;
    recipients: string[];
    archive: string;
  };
}

export interface BuildReportInput {
  plan: Plan;
  period: ReportPeriod;
  cutoff: CutoffRule;
  /** The plan's activity log (entries of every period). */
  log: readonly PeriodEntry[];
  draft: ReportDraft;
  /** The day the draft is made, when it gives no issue date (ISO); only its year is printed. */
  today: string;
}

export function buildPeriodReport({
  plan,
  period,
  cutoff,
  log,
  draft,
  today,
}: BuildReportInput): PeriodReport {
  const window = periodWindow(period, cutoff);
  const seen = log.filter((e) => e.date <= window.to);
  const inside = windowEntries(seen, window);
  const progress = periodProgress(plan, seen, window);
  const facts = periodFacts(plan, progress, seen, window);
  const forms = sumByForm(plan, inside);
  const contradictions = findContradictions(plan, log, window);
  const byTask = new Map(progress.tasks.map((t) => [t.taskId, t]));
  const insideByTask = groupByTask(inside);
  const contradictionsByTask = groupByTask(contradictions);
  const factByTask = new Map([...facts.noActivity].map((f) => [f.taskId, f]));

  const rows = workNodes(plan).flatMap((node): ReportRow[] => {
    const p = byTask.get(node.task.id);
    if (!p) return [];
    const mine = [...(insideByTask.get(node.task.id) ?? [])].sort(
      (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
    );
    const results = mine.map((e) => e.result?.trim()).filter((r): r is string => Boolean(r));
    const notes: string[] = [];
    if (mine.some((e) => e.carriedFrom)) notes.push("Chuyển từ kỳ trước");
    if (factByTask.has(node.task.id)) notes.push("Không có hoạt động trong kỳ");
    const awaiting = p.awaitingDate === true;
    if (awaiting) notes.push(AWAITING_DATE_NOTE);
    // Work that goes on all year ("Thường xuyên") has no deadline worth a note; recurring work is
    // judged against its latest instance due.
    if (p.due && node.task.time.kind !== "ongoing" && (awaiting || !isDoneStatus(p.status))) {
      notes.push(`${node.task.time.kind === "recurring" ? "Hạn lần gần nhất" : "Hạn"} ${showDate(p.due)}`);
    }
    for (const c of contradictionsByTask.get(node.task.id) ?? []) notes.push(`Cần kiểm tra: ${c.message}`);
    return [
      {
        taskId: node.task.id,
        number: node.number,
        title: node.task.title,
        leads: leadAgencies(node).map((a) => a.name),
        form: formOfTask(node),
        status: p.status,
        statusLabel: awaiting ? AWAITING_DATE_LABEL : STATUS_LABELS[p.status],
        awaitingDate: awaiting,
        entryId: p.entry?.id,
        percent: p.percent,
        due: p.due,
        result: [...new Set(results)].join("\n"),
        figures: formatTotals(totalIndicators(mine, node.task)),
        evidence: mine.flatMap((e) => e.evidence),
        notes,
      },
    ];
  });

  const suggested = draftNarrative({ plan, period, window, facts, forms });
  const narrative = Object.fromEntries(
    NARRATIVE_KEYS.map((key) => [key, draft.narrative[key] ?? suggested[key]]),
  ) as Narrative;
  const phrase = periodPhrase(period);
  const issuedOn = draft.issuedOn ?? undefined;
  const [y, m, d] = (issuedOn ?? today).split("-").map(Number) as [number, number, number];

  return {
    planId: plan.id,
    planTitle: plan.title,
    planReference: planReference(plan),
    issuer: {
      name: plan.issuer.name,
      headerLines: plan.issuer.headerLines ?? [plan.issuer.name],
      parentBody: plan.issuer.parentBody,
      ...(plan.issuer.agencyId ? { agencyId: plan.issuer.agencyId } : {}),
    },
    period,
    periodKey: periodKey(period),
    periodLabel: periodLabel(period),
    periodPhrase: phrase,
    nextPeriodPhrase: nextPeriodPhrase(period),
    window,
    facts,
    forms,
    rows,
    contradictions,
    narrative,
    suggested,
    document: {
      subject: draft.subject?.trim() || defaultSubject(plan, period),
      number: draft.number?.trim() || undefined,
      symbol: reportSymbol(plan.symbol),
      place: plan.place,
      date: issuedOn ? { year: y, month: m, day: d } : { year: y },
      addressees: draft.sentUpward ? draft.addressees.filter((a) => a.trim() !== "") : [],
      signer: draft.signer ?? plan.signer,
      recipients: draft.recipients.filter((r) => r.trim() !== ""),
      archive: draft.archive?.trim() || formatArchive(plan.recipients.archive),
    },
  };
}

/** The status of a task reported done without a completion date, as the appendix prints it. */
export const AWAITING_DATE_LABEL = "Báo đã hoàn thành, chưa có ngày hoàn thành";
export const AWAITING_DATE_NOTE = "Cần bổ sung ngày hoàn thành để xét đúng hạn hay quá hạn";

/** "Kết quả thực hiện Kế hoạch tuyên truyền cải cách hành chính năm 2026 … trong quý II năm 2026". */
export function defaultSubject(plan: Plan, period: ReportPeriod): string {
  const title = plan.title.trim();
  const lowered = title.charAt(0).toLocaleLowerCase("vi") + title.slice(1);
  return `Kết quả thực hiện Kế hoạch ${lowered} trong ${periodPhrase(period)}`;
}

/** "KH-UBND" → "BC-UBND": a report keeps the issuer part of the plan's ký hiệu. */
export function reportSymbol(planSymbol: string): string {
  const parts = planSymbol.split("-").slice(1);
  return ["BC", ...(parts.length > 0 ? parts : ["UBND"])].join("-");
}
