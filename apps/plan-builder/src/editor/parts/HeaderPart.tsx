import { type Issuer, type Plan, parseTime, type Task } from "@kehoach/plan-model";
import { issuerFields, signersFor, toSigner } from "@kehoach/plan-model/editing";
import type { PartialDate } from "@kehoach/text-vi";
import { DateField } from "@kehoach/ui/date-field";
import { Select } from "@kehoach/ui/select";
import { TextField } from "@kehoach/ui/text-field";
import { memo, useState } from "react";
import { useT } from "../../i18n/context.js";
import { useEditor } from "../editor-context.js";
import { fieldId, pathAttr } from "../field-id.js";
import { TextInput } from "../fields.js";

// The head of the document: who issues it (from the locality's agencies), its symbol, place and
// date, the plan year and the title. The number is not typed here: it is given when the plan is
// issued, after the checks pass.

export type HeaderFields = Pick<
  Plan,
  "issuer" | "symbol" | "place" | "planYear" | "issuedOn" | "number" | "period" | "title"
>;

interface HeaderPartProps {
  plan: HeaderFields;
  /** The whole plan, read only when a change touches several parts at once. */
  getPlan: () => Plan;
}

export const HeaderPart = memo(function HeaderPart({ plan, getPlan }: HeaderPartProps) {
  const t = useT();
  const { edit, locality, readOnly } = useEditor();
  const issuers = locality.issuers;
  const known = issuers.some((a) => a.id === plan.issuer.agencyId);
  const options = [
    ...issuers.map((a) => ({ value: a.id, label: a.name })),
    ...(known ? [] : [{ value: "", label: plan.issuer.name || t.header.otherIssuer }]),
  ];

  const chooseIssuer = (agencyId: string) => {
    const agency = locality.directory.agencies.get(agencyId);
    const fields = agency ? issuerFields(agency) : undefined;
    if (!fields) return;
    const current = getPlan();
    const signer = signersFor(locality, agencyId)[0];
    const next: Plan = { ...current, issuer: fields.issuer, symbol: fields.symbol, place: fields.place };
    if (signer) next.signer = toSigner(signer);
    edit({ type: "replace", plan: next });
  };

  return (
    <div className="pb-part__body">
      <Select
        id={fieldId(["issuer"])}
        {...pathAttr(["issuer"])}
        label={t.header.issuer}
        hint={t.header.issuerHint}
        options={options}
        value={known ? (plan.issuer.agencyId ?? "") : ""}
        disabled={readOnly}
        onChange={(e) => chooseIssuer(e.target.value)}
      />
      <details className="pb-more">
        <summary>{t.header.issuerDetails}</summary>
        <div className="pb-more__body">
          <TextInput
            path={["issuer", "parentBody"]}
            value={plan.issuer.parentBody}
            label={t.header.parentBody}
            hint={t.header.parentBodyHint}
            optional
          />
          <TextInput path={["issuer", "name"]} value={plan.issuer.name} label={t.header.issuerName} />
          <HeaderLines issuer={plan.issuer} />
        </div>
      </details>
      <div className="pb-grid-3">
        <TextField
          id={fieldId(["number"])}
          {...pathAttr(["number"])}
          label={t.header.number}
          hint={t.header.numberHint}
          readOnly
          value={plan.number ?? ""}
          placeholder={t.header.numberAtIssue}
        />
        <TextInput path={["symbol"]} value={plan.symbol} label={t.header.symbol} hint={t.header.symbolHint} />
        <TextInput path={["place"]} value={plan.place} label={t.header.place} />
      </div>
      <div className="pb-grid-3">
        <PlanYearField year={plan.planYear} getPlan={getPlan} />
        <DateField
          id={fieldId(["issuedOn"])}
          {...pathAttr(["issuedOn"])}
          label={t.header.issuedOn}
          allowPartial
          value={plan.issuedOn}
          readOnly={readOnly}
          onValueChange={(date: PartialDate | null) =>
            edit({
              type: "set",
              path: ["issuedOn"],
              value: date ?? { year: plan.planYear },
              coalesce: "issuedOn",
            })
          }
        />
        <PeriodField period={plan.period} planYear={plan.planYear} />
      </div>
      <TextInput
        path={["title"]}
        value={plan.title}
        label={t.header.title}
        hint={t.header.titleHint}
        multiline
        rows={2}
      />
    </div>
  );
});

function HeaderLines({ issuer }: { issuer: Issuer }) {
  const t = useT();
  const { edit, readOnly } = useEditor();
  const [text, setText] = useState((issuer.headerLines ?? []).join("\n"));
  const [last, setLast] = useState(issuer.headerLines);
  if (issuer.headerLines !== last) {
    setLast(issuer.headerLines);
    if (
      text
        .split("\n")
        .filter((l) => l.trim())
        .join("\n") !== (issuer.headerLines ?? []).join("\n")
    ) {
      setText((issuer.headerLines ?? []).join("\n"));
    }
  }
  const id = fieldId(["issuer", "headerLines"]);
  return (
    <div className="kh-field">
      <label className="kh-field__label" htmlFor={id}>
        {t.header.headerLines}
      </label>
      <div className="kh-field__hint" id={`${id}-hint`}>
        {t.header.headerLinesHint}
      </div>
      <textarea
        id={id}
        {...pathAttr(["issuer", "headerLines"])}
        className="kh-input kh-focusable"
        rows={2}
        readOnly={readOnly}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const lines = e.target.value
            .split("\n")
            .map((l) => l.trim())
            .filter((l) => l !== "")
            .slice(0, 4);
          edit({
            type: "set",
            path: ["issuer", "headerLines"],
            value: lines.length > 0 ? lines : undefined,
            coalesce: "issuer.headerLines",
          });
        }}
      />
    </div>
  );
}

/** A new plan year re-reads every task time, so "Quý III" means the third quarter of that year. */
function PlanYearField({ year, getPlan }: { year: number; getPlan: () => Plan }) {
  const t = useT();
  const { edit, readOnly } = useEditor();
  const [text, setText] = useState(String(year));
  const [last, setLast] = useState(year);
  if (year !== last) {
    setLast(year);
    setText(String(year));
  }
  const id = fieldId(["planYear"]);
  const invalid = !/^\d{4}$/.test(text.trim()) || Number(text) < 1900 || Number(text) > 2200;
  return (
    <div className={`kh-field${invalid ? " kh-field--error" : ""}`}>
      <label className="kh-field__label" htmlFor={id}>
        {t.header.planYear}
      </label>
      {invalid ? (
        <p className="kh-field__error" id={`${id}-error`}>
          {t.header.planYearInvalid}
        </p>
      ) : null}
      <input
        id={id}
        {...pathAttr(["planYear"])}
        className="kh-input kh-focusable"
        inputMode="numeric"
        readOnly={readOnly}
        value={text}
        {...(invalid ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {})}
        onChange={(e) => {
          setText(e.target.value);
          const value = Number(e.target.value.trim());
          if (!/^\d{4}$/.test(e.target.value.trim()) || value < 1900 || value > 2200) return;
          const plan = getPlan();
          const reparse = (task: Task): Task => ({
            ...task,
            time: parseTime(task.time.raw, { planYear: value }),
            ...(task.children ? { children: task.children.map(reparse) } : {}),
          });
          edit({
            type: "replace",
            plan: { ...plan, planYear: value, tasks: plan.tasks.map(reparse) },
            coalesce: "planYear",
          });
        }}
      />
    </div>
  );
}

function PeriodField({ period, planYear }: { period: Plan["period"]; planYear: number }) {
  const t = useT();
  const { edit, readOnly } = useEditor();
  return (
    <fieldset className="pb-fieldset">
      <legend>{t.header.period}</legend>
      <label className="pb-check">
        <input
          type="checkbox"
          {...pathAttr(["period"])}
          checked={period !== undefined}
          disabled={readOnly}
          onChange={(e) =>
            edit({
              type: "set",
              path: ["period"],
              value: e.target.checked ? { from: planYear, to: planYear + 4 } : undefined,
            })
          }
        />
        {t.header.multiYear}
      </label>
      {period ? (
        <div className="pb-grid-2">
          {(["from", "to"] as const).map((end) => (
            <YearInput
              key={end}
              end={end}
              value={period[end]}
              label={end === "from" ? t.header.periodFrom : t.header.periodTo}
            />
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}

function YearInput({ end, value, label }: { end: "from" | "to"; value: number; label: string }) {
  const { edit, readOnly } = useEditor();
  const [text, setText] = useState(String(value));
  const id = fieldId(["period", end]);
  return (
    <div className="kh-field">
      <label className="kh-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        {...pathAttr(["period", end])}
        className="kh-input kh-focusable"
        inputMode="numeric"
        readOnly={readOnly}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const year = Number(e.target.value);
          if (/^\d{4}$/.test(e.target.value) && year >= 1900 && year <= 2200) {
            edit({ type: "set", path: ["period", end], value: year, coalesce: `period.${end}` });
          }
        }}
      />
    </div>
  );
}
