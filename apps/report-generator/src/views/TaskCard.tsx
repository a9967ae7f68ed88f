import { DEFAULT_STATUS_PERCENT, TASK_STATUSES, type TaskStatus } from "@kehoach/plan-model";
import {
  type Contradiction,
  canonicalEntry,
  formatTotals,
  type PeriodEntry,
  type PeriodTaskProgress,
  showDate,
  totalIndicators,
} from "@kehoach/report-model";
import { formatPercent } from "@kehoach/text-vi";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { DateField } from "@kehoach/ui/date-field";
import { Select } from "@kehoach/ui/select";
import { StatusPill } from "@kehoach/ui/status-pill";
import { TextArea } from "@kehoach/ui/text-area";
import { TextField } from "@kehoach/ui/text-field";
import { useId, useRef, useState } from "react";
import { useLanguage, useT } from "../i18n/context.js";
import { isoToPartial, partialToIso } from "./dates.js";
import { type EntryForm, entryFromForm, formFromEntry, formProblems } from "./entry-form.js";
import { TaskStatusPill } from "./TaskStatusPill.js";

export interface TaskCardProps {
  taskId: string;
  number: string;
  title: string;
  leads: string[];
  timeText: string;
  /** Ongoing work ("Thường xuyên") has only the year's end as due date, not worth showing; recurring
   * work is judged against its latest instance due, which is shown as such. */
  timeKind: string;
  /** Indicators the plan names for the task, offered as rows to fill. */
  declared: { id: string; label: string; unit: string }[];
  /** The entry this period's form edits (absent until the first change). */
  entry: PeriodEntry | undefined;
  entryId: string;
  /** Other entries of the window (earlier periods inside a longer one, returns). */
  others: PeriodEntry[];
  /** The last entry before the window. */
  before: PeriodEntry | undefined;
  progress: PeriodTaskProgress | undefined;
  contradictions: Contradiction[];
  defaultDate: string;
  reporter?: PeriodEntry["reporter"] | undefined;
  onSave: (entry: PeriodEntry) => void;
}

/** Units of the indicators CCHC reports count (plan-domain §4.2), offered while typing. */
export const COMMON_UNITS = [
  "tin, bài",
  "ảnh",
  "chuyên mục",
  "buổi",
  "lượt người",
  "người",
  "cuộc",
  "hội nghị",
  "lớp",
  "tờ",
  "cuốn",
  "chiếc",
  "mét",
  "pa nô",
  "khẩu hiệu",
  "giờ",
  "phút",
  "đội",
  "%",
];
export const UNITS_LIST_ID = "rg-common-units";

/** The shared list of units, rendered once per page (Vietnamese in either language: they are printed). */
export function UnitsList() {
  return (
    <datalist id={UNITS_LIST_ID} lang="vi">
      {COMMON_UNITS.map((u) => (
        <option key={u} value={u} />
      ))}
    </datalist>
  );
}

/**
 * One task of the period: its status as the dates give it, and the form where the reporter states
 * status, percent, what was done, the counts with their units, evidence links and the data date.
 */
export function TaskCard(props: TaskCardProps) {
  const t = useT();
  const { lang } = useLanguage();
  const { taskId, number, title, entry, before, progress, contradictions } = props;
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const fallback = {
    date: props.defaultDate,
    status:
      before && before.state !== "done"
        ? before.state === "not_started"
          ? "not_started"
          : "in_progress"
        : "not_started",
    ...(before?.percent !== undefined && before.state !== "done" ? { percent: before.percent } : {}),
  } as const;
  const [form, setForm] = useState<EntryForm>(() => formFromEntry(entry, fallback));
  // An entry changed from outside (an imported return) replaces what the form shows.
  const produced = useRef<string | null>(entry ? canonicalEntry(entry) : null);
  const incoming = entry ? canonicalEntry(entry) : null;
  if (incoming !== produced.current) {
    produced.current = incoming;
    setForm(formFromEntry(entry, fallback));
  }
  const problems = formProblems(form);

  const change = (patch: Partial<EntryForm>) => {
    const next = { ...form, ...patch };
    setForm(next);
    if (!next.date) return;
    const saved = entryFromForm(next, {
      id: props.entryId,
      taskId,
      reporter: props.reporter ?? entry?.reporter,
      carriedFrom: entry?.carriedFrom,
    });
    produced.current = canonicalEntry(saved);
    props.onSave(saved);
  };

  const status = progress?.status ?? "not_started";
  // Done without a completion date: neither on time nor late until the date is given.
  const awaiting = progress?.awaitingDate === true;
  const figuresNow = formatTotals(totalIndicators([...(entry ? [entry] : []), ...props.others]));
  return (
    <section className="rg-task" aria-labelledby={headingId} data-task-id={taskId}>
      <div className="rg-task__head">
        <h3 id={headingId} className="rg-task__title">
          <span className="rg-task__number">{t.task.number(number)}</span> {title}
        </h3>
        <div className="rg-task__status">
          {awaiting ? (
            <StatusPill tone="caution" label={t.task.awaitingDate} />
          ) : (
            <>
              <TaskStatusPill status={status} />
              <span className="rg-task__percent">{formatPercent(progress?.percent ?? 0)}</span>
            </>
          )}
        </div>
      </div>
      <p className="rg-task__meta">
        {t.task.lead}: {props.leads.join("; ") || t.task.unassigned} · {t.task.time}: {props.timeText}
        {progress?.due && props.timeKind !== "ongoing"
          ? ` · ${props.timeKind === "recurring" ? t.task.dueLatest : t.task.due}: ${showDate(progress.due)}`
          : ""}
        {figuresNow ? ` · ${t.task.figuresNow}: ${figuresNow}` : ""}
      </p>
      {before && !entry ? (
        <p className="rg-task__carry">
          {t.task.before(showDate(before.date))} {t.task.states[before.state]}
          {before.percent !== undefined ? `, ${before.percent}%` : ""}
          {before.result ? ` — ${before.result}` : ""}
        </p>
      ) : null}
      {entry?.carriedFrom ? <p className="rg-task__carry">{t.task.carried}</p> : null}
      {awaiting ? (
        <Alert tone="warning" title={t.task.awaitingTitle}>
          {t.task.awaitingText}
        </Alert>
      ) : null}
      {contradictions.length > 0 ? (
        <Alert tone="warning" title={t.task.contradiction}>
          <ul>
            {contradictions.map((c) => (
              <li key={`${c.entryId}-${c.kind}`}>{lang === "en" ? c.messageEn : c.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Button variant="secondary" size="sm" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t.task.close(number) : t.task.open(number)}
      </Button>
      {open ? (
        <fieldset className="rg-task__form">
          <legend className="kh-visually-hidden">{t.task.legend(number)}</legend>
          <div className="rg-grid">
            <Select
              label={t.task.status}
              value={form.status}
              options={TASK_STATUSES.map((s) => ({ value: s, label: t.statuses[s] }))}
              onChange={(e) => {
                const next = e.target.value as TaskStatus;
                // A percentage left at a status's default follows the new status; one typed is kept.
                const atDefault = ["", "0", "100", "50"].includes(form.percent.trim());
                const percent = next.startsWith("done")
                  ? "100"
                  : next === "not_started"
                    ? "0"
                    : atDefault
                      ? String(DEFAULT_STATUS_PERCENT[next])
                      : form.percent;
                change({ status: next, percent });
              }}
            />
            <TextField
              label={t.task.percent}
              inputMode="decimal"
              value={form.percent}
              error={problems.includes("percent") ? t.task.problems.percent : undefined}
              onChange={(e) => change({ percent: e.target.value })}
            />
            <DateField
              label={t.task.dataDate}
              value={isoToPartial(form.date)}
              error={problems.includes("date") ? t.task.problems.date : undefined}
              onValueChange={(d) => change({ date: partialToIso(d) })}
            />
            {form.status.startsWith("done") ? (
              <DateField
                label={t.task.completedOn}
                value={isoToPartial(form.completedOn)}
                error={problems.includes("completedOn") ? t.task.problems.completedOn : undefined}
                onValueChange={(d) => change({ completedOn: partialToIso(d) })}
              />
            ) : null}
          </div>
          <TextArea
            label={t.task.result}
            hint={t.task.resultHint}
            rows={3}
            value={form.result}
            onChange={(e) => change({ result: e.target.value })}
          />
          <FigureRows form={form} number={number} declared={props.declared} change={change} />
          <EvidenceRows form={form} number={number} change={change} />
        </fieldset>
      ) : null}
    </section>
  );
}

function FigureRows({
  form,
  number,
  declared,
  change,
}: {
  form: EntryForm;
  number: string;
  declared: TaskCardProps["declared"];
  change: (patch: Partial<EntryForm>) => void;
}) {
  const t = useT();
  const set = (i: number, patch: Partial<EntryForm["figures"][number]>) =>
    change({ figures: form.figures.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  const missing = declared.filter((d) => !form.figures.some((f) => f.indicator === d.id));
  return (
    <fieldset className="rg-rows">
      <legend className="rg-rows__title">{t.task.figures(number)}</legend>
      {form.figures.map((f, i) => (
        <div className="rg-row" key={`figure-${i}`}>
          <TextField
            label={t.task.indicator(i + 1)}
            value={f.label}
            onChange={(e) => set(i, { label: e.target.value })}
          />
          <TextField
            label={t.task.amount(i + 1)}
            inputMode="decimal"
            value={f.value}
            onChange={(e) => set(i, { value: e.target.value })}
          />
          <TextField
            label={t.task.unit(i + 1)}
            list={UNITS_LIST_ID}
            value={f.unit}
            onChange={(e) => set(i, { unit: e.target.value })}
          />
          <Button
            variant="ghost"
            size="sm"
            onClick={() => change({ figures: form.figures.filter((_, j) => j !== i) })}
          >
            {t.task.removeIndicator(i + 1)}
          </Button>
        </div>
      ))}
      <div className="rg-row-actions">
        {missing.map((d) => (
          <Button
            key={d.id}
            variant="secondary"
            size="sm"
            onClick={() =>
              change({
                figures: [...form.figures, { label: d.label, value: "", unit: d.unit, indicator: d.id }],
              })
            }
          >
            {t.task.addDeclared(d.label)}
          </Button>
        ))}
        <Button
          variant="secondary"
          size="sm"
          onClick={() => change({ figures: [...form.figures, { label: "", value: "", unit: "" }] })}
        >
          {t.task.addIndicator}
        </Button>
      </div>
    </fieldset>
  );
}

function EvidenceRows({
  form,
  number,
  change,
}: {
  form: EntryForm;
  number: string;
  change: (patch: Partial<EntryForm>) => void;
}) {
  const t = useT();
  const set = (i: number, patch: Partial<EntryForm["evidence"][number]>) =>
    change({ evidence: form.evidence.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  return (
    <fieldset className="rg-rows">
      <legend className="rg-rows__title">{t.task.evidence(number)}</legend>
      {form.evidence.map((e, i) => (
        <div className="rg-row" key={`evidence-${i}`}>
          <TextField
            label={t.task.evidenceName(i + 1)}
            value={e.label}
            onChange={(ev) => set(i, { label: ev.target.value })}
          />
          <TextField
            label={t.task.evidenceUrl(i + 1)}
            type="url"
            value={e.url}
            onChange={(ev) => set(i, { url: ev.target.value })}
          />
          <Button
            variant="ghost"
            size="sm"
            onClick={() => change({ evidence: form.evidence.filter((_, j) => j !== i) })}
          >
            {t.task.removeEvidence(i + 1)}
          </Button>
        </div>
      ))}
      <div className="rg-row-actions">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => change({ evidence: [...form.evidence, { label: "", url: "" }] })}
        >
          {t.task.addEvidence}
        </Button>
      </div>
    </fieldset>
  );
}
