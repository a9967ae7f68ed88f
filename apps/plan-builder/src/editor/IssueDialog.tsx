import type { Plan, ValidationResult } from "@kehoach/plan-model";
import { isCompleteDate, type PartialDate } from "@kehoach/text-vi";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { DateField } from "@kehoach/ui/date-field";
import { Dialog } from "@kehoach/ui/dialog";
import { TextField } from "@kehoach/ui/text-field";
import { useEffect, useState } from "react";
import { useT } from "../i18n/context.js";
import type { DocumentService } from "../preview/document-service.js";
import { focusPath } from "./fields.js";

// Issuing gives the plan its registration number and its day of issue, after the rules have run
// on the plan exactly as it would be issued. While an error remains (and is not waived with a
// reason), the plan cannot be issued; each error leads to the field to fix.

interface IssueDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  plan: Plan;
  service: DocumentService;
  onIssue: (number: string, date: PartialDate) => void;
}

function today(): PartialDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export function IssueDialog({ open, onOpenChange, plan, service, onIssue }: IssueDialogProps) {
  const t = useT();
  const [number, setNumber] = useState("");
  const [date, setDate] = useState<PartialDate | null>(null);
  const [result, setResult] = useState<ValidationResult | null>(null);

  useEffect(() => {
    if (!open) return;
    setNumber(plan.number ?? "");
    setDate(isCompleteDate(plan.issuedOn) ? plan.issuedOn : today());
    setResult(null);
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
      service.checkIssued(candidate).then((checked) => {
        if (!cancelled) setResult(checked);
      });
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [open, plan, number, date, validNumber, validDate, service]);

  const errors = result?.findings.filter((f) => f.severity === "error" && !f.waived) ?? [];
  const blocked = result === null || result.blocking;
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
          <ul className="pb-findings">
            {errors.map((f, i) => (
              <li key={`${f.rule}-${f.path}-${i}`} className="pb-finding">
                <button
                  type="button"
                  className="pb-finding__link"
                  onClick={() => {
                    onOpenChange(false);
                    requestAnimationFrame(() => focusPath(f.path));
                  }}
                >
                  {f.where}
                </button>
                <span className="pb-finding__message">{f.message}</span>
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert tone="success" live title={t.issue.ready} />
      )}
    </Dialog>
  );
}
