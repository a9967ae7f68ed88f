import {
  type DutyItem,
  describePath,
  type PathSegment,
  type Plan,
  parseDocRefs,
  parseTime,
  type Task,
  type TimeSpec,
} from "../index.js";
import { formatPath, type Path } from "./paths.js";

// Next year's plan from this year's: what officials do every December by copying the Word file
// and fixing dates by hand. The year moves on in the title, the running text and every task time;
// the number and the day of issue are cleared (the new plan is a draft). What cannot move on
// safely is listed for a person to check, never guessed: a cited document keeps its number and
// date (next year's superior plan has a number nobody knows yet), a time that depends on another
// document or could not be read, a text that still names the old year, waivers given last year.

export type ReviewKind =
  /** A căn cứ line cites a document of the old year: cite next year's document instead. */
  | "basis-document"
  /** The superior's plan this plan carried out belongs to the old year. */
  | "parent-plan"
  /** A task time could not be read (it is kept as written). */
  | "time-unknown"
  /** A task time depends on another document or event. */
  | "time-depends"
  /** A task time reads differently once moved (a 29/02 that does not exist next year). */
  | "time-changed"
  /** A text still names the old year (or a year around it) after the move. */
  | "old-year-left"
  /** A text whose year moved cites a document: the document itself did not move. */
  | "cited-in-text"
  /** The plan is issued by a decision whose number and date were cleared. */
  | "decision"
  /** Waivers of the old plan are not carried over. */
  | "waivers-dropped"
  /** A plan for several years: its period moved by one year. */
  | "period-moved";

export interface ReviewItem {
  kind: ReviewKind;
  /** Machine path of the field ("tasks[2].time"), the same as validation findings use. */
  path: string;
  /** The same place in Vietnamese ("Nhiệm vụ 3 › Thời gian thực hiện"). */
  where: string;
  /** The value as it stands in the new plan (or the old value, for what was dropped). */
  text?: string;
  count?: number;
}

export interface CarryForwardResult {
  plan: Plan;
  review: ReviewItem[];
}

export function carryForward(plan: Plan, newId: string): CarryForwardResult {
  const from = plan.planYear;
  const to = from + 1;
  const review: ReviewItem[] = [];
  const note = (kind: ReviewKind, path: Path, extra: Partial<ReviewItem> = {}) => {
    review.push({ kind, path: formatPath(path), where: describePath(path as PathSegment[]), ...extra });
  };
  const moveYears = (year: number) => (year === from || year === from - 1 ? year + 1 : year);

  /** Running text: "năm 2026", "Quý III/2026", "tháng 3/2026" move on; cited documents do not. */
  const text = (value: string, path: Path): string => {
    const moved = value
      .replace(
        /(\bnăm\s+)(\d{4})\b/giu,
        (_m, lead: string, year: string) => `${lead}${moveYears(Number(year))}`,
      )
      .replace(
        /(\b(?:quý|tháng)\s+[\dIVX]{1,4}\s*\/\s*)(\d{4})\b/giu,
        (_m, lead: string, year: string) => `${lead}${moveYears(Number(year))}`,
      );
    if (moved !== value && parseDocRefs(value).length > 0) note("cited-in-text", path, { text: moved });
    else if (mentionsYear(moved, from) || mentionsYear(moved, from - 1))
      note("old-year-left", path, { text: moved });
    return moved;
  };
  const optionalText = (value: string | undefined, path: Path) =>
    value === undefined ? undefined : text(value, path);

  /** A time: every year in it moves on, then it is read again as next year's plan reads it. */
  const time = (spec: TimeSpec, path: Path): TimeSpec => {
    if (spec.raw.trim() === "") return spec;
    const raw = spec.raw.replace(/\b(\d{4})\b/g, (year) => String(moveYears(Number(year))));
    const next = parseTime(raw, { planYear: to });
    if (spec.kind === "unspecified") note("time-unknown", path, { text: raw });
    else if (spec.kind === "relative" || spec.kind === "conditional")
      note("time-depends", path, { text: raw });
    else if (next.kind !== spec.kind) note("time-changed", path, { text: raw });
    return next;
  };

  const task = (t: Task, path: Path): Task => {
    const out: Task = {
      ...t,
      title: text(t.title, [...path, "title"]),
      time: time(t.time, [...path, "time"]),
    };
    if (t.content !== undefined) out.content = text(t.content, [...path, "content"]);
    if (t.product !== undefined) out.product = text(t.product, [...path, "product"]);
    if (t.slogans) out.slogans = t.slogans.map((s, i) => text(s, [...path, "slogans", i]));
    if (t.children) out.children = t.children.map((c, i) => task(c, [...path, "children", i]));
    return out;
  };

  const duty = (item: DutyItem, path: Path): DutyItem => ({
    ...item,
    text: text(item.text, [...path, "text"]),
    ...(item.deadline ? { deadline: time(item.deadline, [...path, "deadline"]) } : {}),
  });

  plan.bases.forEach((basis, i) => {
    const old =
      basis.refs.some((r) => (r.date?.year ?? r.year ?? 0) >= from - 1) || mentionsYear(basis.text, from);
    if (old) note("basis-document", ["bases", i, "text"], { text: basis.text });
  });
  if (plan.parentPlan) note("parent-plan", ["parentPlan"], { text: plan.parentPlan.text ?? "" });
  if (plan.waivers.length > 0) note("waivers-dropped", ["waivers"], { count: plan.waivers.length });
  if (plan.period)
    note("period-moved", ["period"], { text: `${plan.period.from + 1} - ${plan.period.to + 1}` });

  const { number: _number, decision, period, ...rest } = plan;
  const next: Plan = {
    ...rest,
    id: newId,
    planYear: to,
    issuedOn: { year: to },
    ...(period ? { period: { from: period.from + 1, to: period.to + 1 } } : {}),
    title: text(plan.title, ["title"]),
    ...(plan.intro !== undefined ? { intro: text(plan.intro, ["intro"]) } : {}),
    purposes: plan.purposes.map((p, i) => text(p, ["purposes", i])),
    requirements: plan.requirements.map((p, i) => text(p, ["requirements", i])),
    audiences: plan.audiences.map((a, i) => ({ ...a, text: text(a.text, ["audiences", i, "text"]) })),
    forms: plan.forms.map((f, i) => ({ ...f, text: text(f.text, ["forms", i, "text"]) })),
    sections: plan.sections.map((s, i) => ({
      ...s,
      heading: text(s.heading, ["sections", i, "heading"]),
      content: s.content.map((b, j) =>
        b.kind === "slot" ? b : { ...b, text: text(b.text, ["sections", i, "content", j, "text"]) },
      ),
    })),
    tasks: plan.tasks.map((t, i) => task(t, ["tasks", i])),
    targets: plan.targets.map((t, i) => ({ ...t, text: text(t.text, ["targets", i, "text"]) })),
    ...(plan.budget
      ? {
          budget: {
            ...plan.budget,
            sources: plan.budget.sources.map((s, i) => text(s, ["budget", "sources", i])),
            ...(plan.budget.text !== undefined ? { text: text(plan.budget.text, ["budget", "text"]) } : {}),
          },
        }
      : {}),
    implementation: plan.implementation.map((d, i) => ({
      ...d,
      ...(d.heading !== undefined ? { heading: text(d.heading, ["implementation", i, "heading"]) } : {}),
      items: d.items.map((item, j) => duty(item, ["implementation", i, "items", j])),
    })),
    reporting: plan.reporting.map((r, i) => ({
      ...r,
      ...(r.text !== undefined ? { text: optionalText(r.text, ["reporting", i, "text"]) } : {}),
    })),
    ...(plan.closing !== undefined ? { closing: text(plan.closing, ["closing"]) } : {}),
    recipients: {
      ...plan.recipients,
      items: plan.recipients.items.map((r, i) => ({
        ...r,
        text: text(r.text, ["recipients", "items", i, "text"]),
      })),
    },
    appendices: plan.appendices.map((a, i) => {
      const { backRef: _backRef, ...appendix } = a;
      return {
        ...appendix,
        title: text(a.title, ["appendices", i, "title"]),
        content: a.content.map((b, j) =>
          b.kind === "slot" ? b : { ...b, text: text(b.text, ["appendices", i, "content", j, "text"]) },
        ),
      };
    }),
    waivers: [],
  };
  if (decision) {
    const { number: _n, issuedOn: _d, ...keep } = decision;
    next.decision = { ...keep, issuedOn: { year: to }, title: text(decision.title, ["decision", "title"]) };
    note("decision", ["decision"]);
  }
  return { plan: next, review };
}

function mentionsYear(text: string, year: number): boolean {
  return new RegExp(`(?<!\\d)${year}(?!\\d)`).test(text);
}
