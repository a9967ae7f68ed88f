import { periodWindow } from "@kehoach/plan-model";
import { windowPhrase, windowPhraseEn } from "@kehoach/report-model";
import { DateField } from "@kehoach/ui/date-field";
import { Select } from "@kehoach/ui/select";
import { TextField } from "@kehoach/ui/text-field";
import { useState } from "react";
import { useLanguage, useT } from "../i18n/context.js";
import { choiceOf, type PeriodChoice, periodChoices, periodOf } from "../state/periods.js";
import type { Office } from "../state/use-office.js";
import { isoToPartial, partialToIso } from "./dates.js";

function validYear(text: string): boolean {
  return /^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100;
}

/** Plan and period, with the data window the locality's cut-off rule gives, always in view. */
export function PeriodPicker({ office }: { office: Office }) {
  const t = useT();
  const { lang } = useLanguage();
  const { plan, period, plans, cutoff } = office;
  const [adhoc, setAdhoc] = useState(() =>
    period?.kind === "adhoc"
      ? { from: period.from, to: period.to }
      : { from: `${plan?.planYear ?? 2026}-01-01`, to: `${plan?.planYear ?? 2026}-01-31` },
  );
  const [yearText, setYearText] = useState<string | null>(null);
  if (!plan || !period) return null;
  const year = period.kind === "adhoc" ? plan.planYear : period.year;
  const window = periodWindow(period, cutoff);
  const pick = (choice: PeriodChoice, nextYear = year, dates = adhoc) => {
    if (choice === "adhoc" && (!dates.from || !dates.to || dates.from > dates.to)) return;
    void office.selectPeriod(periodOf(choice, nextYear, dates));
  };
  return (
    <section className="rg-period" aria-labelledby="period-heading">
      <h2 id="period-heading">{t.period.heading}</h2>
      <div className="rg-grid">
        <Select
          label={t.period.plan}
          value={plan.id}
          options={plans.filter((p) => p.readable).map((p) => ({ value: p.id, label: p.title }))}
          onChange={(e) => void office.selectPlan(e.target.value)}
        />
        <Select
          label={t.period.period}
          value={choiceOf(period)}
          options={periodChoices(t.period.choices)}
          onChange={(e) => pick(e.target.value as PeriodChoice)}
        />
        {period.kind !== "adhoc" ? (
          <TextField
            label={t.period.year}
            inputMode="numeric"
            value={yearText ?? String(year)}
            error={yearText !== null && !validYear(yearText) ? t.period.badYear : undefined}
            onChange={(e) => {
              // The text is kept as typed ("202" on the way to "2027"); the period follows once it is a year.
              const text = e.target.value.trim();
              setYearText(text);
              if (validYear(text)) {
                setYearText(null);
                pick(choiceOf(period), Number(text));
              }
            }}
          />
        ) : (
          <>
            <DateField
              label={t.period.from}
              value={isoToPartial(adhoc.from)}
              onValueChange={(d) => {
                const next = { ...adhoc, from: partialToIso(d) };
                setAdhoc(next);
                pick("adhoc", year, next);
              }}
            />
            <DateField
              label={t.period.to}
              value={isoToPartial(adhoc.to)}
              error={adhoc.from && adhoc.to && adhoc.from > adhoc.to ? t.period.badRange : undefined}
              onValueChange={(d) => {
                const next = { ...adhoc, to: partialToIso(d) };
                setAdhoc(next);
                pick("adhoc", year, next);
              }}
            />
          </>
        )}
      </div>
      <p className="rg-window" aria-live="polite">
        <strong>{t.period.window}</strong> {(lang === "en" ? windowPhraseEn : windowPhrase)(window)}
        {period.kind !== "adhoc" ? t.period.cutoff(cutoff.closingDay) : ""}
      </p>
    </section>
  );
}
