import { DEFAULT_STATUS_PERCENT, type TaskStatus } from "@kehoach/plan-model";
import { type PeriodEntry, stateOfStatus } from "@kehoach/report-model";

// What the progress form holds while a person types: text as typed (a half-typed number is not
// yet a number), turned into a PeriodEntry on every change. Only complete figures and links
// reach the entry; the rows stay on screen as typed.

export interface FigureRow {
  label: string;
  value: string;
  unit: string;
  indicator?: string | undefined;
}

export interface EvidenceRow {
  label: string;
  url: string;
}

export interface EntryForm {
  status: TaskStatus;
  percent: string;
  date: string;
  completedOn: string;
  result: string;
  figures: FigureRow[];
  evidence: EvidenceRow[];
}

export function formFromEntry(
  entry: PeriodEntry | undefined,
  fallback: { date: string; status: TaskStatus; percent?: number },
): EntryForm {
  if (!entry) {
    return {
      status: fallback.status,
      percent:
        fallback.percent !== undefined
          ? String(fallback.percent)
          : String(DEFAULT_STATUS_PERCENT[fallback.status]),
      date: fallback.date,
      completedOn: "",
      result: "",
      figures: [],
      evidence: [],
    };
  }
  const status: TaskStatus =
    entry.claimed ??
    (entry.state === "done" ? "done_on_time" : entry.state === "not_started" ? "not_started" : "in_progress");
  return {
    status,
    percent: entry.percent !== undefined ? String(entry.percent) : String(DEFAULT_STATUS_PERCENT[status]),
    date: entry.date,
    completedOn: entry.completedOn ?? "",
    result: entry.result ?? "",
    figures: entry.indicators.map((i) => ({
      label: i.label,
      value: String(i.value),
      unit: i.unit,
      indicator: i.indicator,
    })),
    evidence: entry.evidence.map((e) => ({ label: e.label ?? "", url: e.url })),
  };
}

export function entryFromForm(
  form: EntryForm,
  base: { id: string; taskId: string; reporter?: PeriodEntry["reporter"]; carriedFrom?: string | undefined },
): PeriodEntry {
  const percent = Number(form.percent.replace(",", "."));
  const state = stateOfStatus(form.status);
  return {
    id: base.id,
    taskId: base.taskId,
    date: form.date,
    state,
    ...(state === "done" && form.completedOn ? { completedOn: form.completedOn } : {}),
    ...(form.percent.trim() !== "" && Number.isFinite(percent) && percent >= 0 && percent <= 100
      ? { percent }
      : {}),
    ...(form.result.trim() ? { result: form.result } : {}),
    indicators: form.figures.flatMap((f) => {
      const value = Number(f.value.replace(",", "."));
      if (!f.label.trim() || f.value.trim() === "" || !Number.isFinite(value) || value < 0) return [];
      return [
        {
          label: f.label.trim(),
          value,
          unit: f.unit.trim(),
          ...(f.indicator ? { indicator: f.indicator } : {}),
        },
      ];
    }),
    evidence: form.evidence
      .filter((e) => e.url.trim())
      .map((e) => ({ ...(e.label.trim() ? { label: e.label.trim() } : {}), url: e.url.trim() })),
    claimed: form.status,
    ...(base.reporter ? { reporter: base.reporter } : {}),
    ...(base.carriedFrom ? { carriedFrom: base.carriedFrom } : {}),
  };
}

/**
 * A field of the form holding something a person must fix: a percentage outside 0–100, no date
 * for the figures, a completed task without its completion date. The screen words each one.
 */
export type FormProblem = "percent" | "date" | "completedOn";

/** The fields of the form a person should fix, in the form's order. */
export function formProblems(form: EntryForm): FormProblem[] {
  const out: FormProblem[] = [];
  const percent = Number(form.percent.replace(",", "."));
  if (form.percent.trim() !== "" && (!Number.isFinite(percent) || percent < 0 || percent > 100)) {
    out.push("percent");
  }
  if (!form.date) out.push("date");
  if (stateOfStatus(form.status) === "done" && !form.completedOn) out.push("completedOn");
  return out;
}
