import type { AgencyMatcher, Finding, Plan, ValidationResult } from "@kehoach/plan-model";
import { agenciesOutsideDirectory } from "@kehoach/plan-model/editing";
import { isCompleteDate, type PartialDate } from "@kehoach/text-vi";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { DateField } from "@kehoach/ui/date-field";
import { Dialog } from "@kehoach/ui/dialog";
import { TextField } from "@kehoach/ui/text-field";
import { useEffect, useMemo, useState } from "react";
import { flushSync } from "react-dom";
import { useLanguage } from "../i18n/context.js";
import type { DocumentService } from "../preview/document-service.js";
import { focusPath } from "./fields.js";

// Issuing gives the plan its registration number and its day of issue, after the rules have run
// on the plan exactly as it would be issued. While an error remains (and is not waived with a
// reason), the plan cannot be issued; each error leads to the field to fix. The warnings still
// open are listed too, and every agency the directory does not hold (printed as typed: "Hội nong
// dan") must be confirmed by name, or fixed, before the plan is issued.

interface IssueDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  plan: Plan;
  service: DocumentService;
  /** The plan's agency matcher: finds the names the directory does not hold. */
  matcher: AgencyMatcher;
  onIssue: (number: string, date: PartialDate) => void;
}

/** Findings that the confirmations below stand for, not repeated among the warnings. */
const CONFIRMED_BY_NAME = "agency-not-in-directory";

function today(): PartialDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export function IssueDialog({ open, onOpenChange, plan, service, matcher, onIssue }: IssueDialogProps) {
  const { t, lang } = useLanguage();
  const [number, setNumber] = useState("");
  const [date, setDate] = useState<PartialDate | null>(null);
  const [result, setResult] = useState<ValidationResult | null>(null);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const outside = useMemo(() => (open ? agenciesOutsideDirectory(plan, matcher) : []), [open, plan, matcher]);

  useEffect(() => {
    if (!open) return;
    setNumber(plan.number ?? "");
    setDate(isCompleteDate(plan.issuedOn) ? plan.issuedOn : today());
    setResult(null);
    setConfirmed(new Set());
    // Only when the dialog opens: the plan cannot change while it is open.
  }, [open]); // eslint-disable-line

  const validNumber = /^\d{1,6}$/.test(number.trim());
  const validDate = date !== null && isCompleteDate(date);
  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    const candidate: Plan = {
      ...plan,
      ...(validNumber ? { number: number.trim() } : {}),
      ...(validDate && date ? { issuedOn: date } : {}),
    };
    const timer = setTimeout(() => {
      service.checkIssued(candidate, lang).then((checked) => {
        if (!cancelled) setResult(checked);
      });
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [open, plan, number, date, validNumber, validDate, service, lang]);

  const errors = result?.findings.filter((f) => f.severity === "error" && !f.waived) ?? [];
  const warnings =
    result?.findings.filter((f) => f.severity === "warning" && !f.waived && f.rule !== CONFIRMED_BY_NAME) ??
    [];
  const unconfirmed = outside.filter((o) => !confirmed.has(o.name)).length;
  const blocked = result === null || result.blocking || unconfirmed > 0;
  // To the field: the dialog closes first (drawn at once), then the keyboard goes there and stays.
  const goTo = (path: string) => {
    flushSync(() => onOpenChange(false));
    focusPath(path);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t.issue.title}
      description={t.issue.description}
      size="lg"
      footer={
        <div className="pb-row">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            {t.common.cancel}
          </Button>
          <Button
            disabled={blocked || !validNumber || !validDate}
            onClick={() => {
              if (validNumber && validDate && date && !blocked) onIssue(number.trim(), date);
            }}
          >
            {t.issue.confirm}
          </Button>
        </div>
      }
    >
      <div className="pb-grid-2">
        <TextField
          label={t.issue.number}
          hint={t.issue.numberHint(plan.symbol)}
          inputMode="numeric"
          value={number}
          error={number !== "" && !validNumber ? t.issue.numberInvalid : undefined}
          onChange={(e) => setNumber(e.target.value)}
        />
        <DateField label={t.issue.date} value={date} onValueChange={setDate} required />
      </div>
      {result === null ? (
        <p className="pb-hint" aria-live="polite">
          {t.issue.checking}
        </p>
      ) : errors.length > 0 ? (
        <Alert tone="error" live title={t.issue.blocked(errors.length)}>
          <FindingList findings={errors} goTo={goTo} />
        </Alert>
      ) : warnings.length > 0 ? (
        <Alert tone="warning" live title={t.issue.readyWithWarnings(warnings.length)}>
          <FindingList findings={warnings} goTo={goTo} />
        </Alert>
      ) : (
        <Alert tone="success" live title={t.issue.ready} />
      )}
      {outside.length > 0 ? (
        <fieldset className="pb-issue-outside">
          <legend className="pb-subheading">{t.issue.outsideTitle}</legend>
          <p className="pb-hint">{t.issue.outsideHint}</p>
          <ul className="pb-findings">
            {outside.map((agency) => (
              <li key={agency.name} className="pb-issue-outside__item">
                <label className="pb-check">
                  <input
                    type="checkbox"
                    checked={confirmed.has(agency.name)}
                    onChange={(e) => {
                      const next = new Set(confirmed);
                      if (e.target.checked) next.add(agency.name);
                      else next.delete(agency.name);
                      setConfirmed(next);
                    }}
                  />
                  {t.issue.confirmOutside(agency.name, agency.paths.length)}
                </label>
                {agency.suggestions.length > 0 ? (
                  <span className="pb-finding__message">
                    {t.issue.maybe(agency.suggestions.map((a) => `“${a.name}”`).join(", "))}
                  </span>
                ) : null}
                <button
                  type="button"
                  className="pb-finding__link"
                  onClick={() => goTo(agency.paths[0] as string)}
                >
                  {t.issue.fix(agency.name)}
                </button>
              </li>
            ))}
          </ul>
          {unconfirmed > 0 ? <p className="pb-hint">{t.issue.confirmFirst(unconfirmed)}</p> : null}
        </fieldset>
      ) : null}
    </Dialog>
  );
}

function FindingList({ findings, goTo }: { findings: Finding[]; goTo: (path: string) => void }) {
  return (
    <ul className="pb-findings">
      {findings.map((f, i) => (
        <li key={`${f.rule}-${f.path}-${i}`} className="pb-finding">
          <button type="button" className="pb-finding__link" onClick={() => goTo(f.path)}>
            {f.where}
          </button>
          <span className="pb-finding__message">{f.message}</span>
        </li>
      ))}
    </ul>
  );
}
