import type { TemplateId } from "@kehoach/plan-model/editing";
import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { Dialog } from "@kehoach/ui/dialog";
import { RadioGroup } from "@kehoach/ui/radio-group";
import { Select } from "@kehoach/ui/select";
import { TextField } from "@kehoach/ui/text-field";
import { useEffect, useState } from "react";
import { WriteFailureText } from "../editor/SaveStatus.js";
import { useT } from "../i18n/context.js";
import { siteLocality } from "../shell/site-locality.js";
import type { WriteFailure } from "../state/write-failure.js";

// A new plan: which template, for which year, issued by which agency of the locality. The dialog
// closes only once the plan is stored: a refusal is said inside it, with the choices kept, and
// "Tạo và mở" tries again.

export interface NewPlanChoice {
  template: TemplateId;
  year: number;
  issuerId: string;
}

function defaultYear(): number {
  const now = new Date();
  // From September on, officials are writing next year's plan.
  return now.getMonth() >= 8 ? now.getFullYear() + 1 : now.getFullYear();
}

export function NewPlanDialog({
  open,
  onOpenChange,
  onCreate,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Stores the plan and opens it; resolves to why the browser refused, if it did. */
  onCreate: (choice: NewPlanChoice) => Promise<WriteFailure | null>;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  useEffect(() => {
    if (!open) setFailure(null);
  }, [open]);
  const create = async () => {
    setBusy(true);
    setFailure(null);
    const refused = await onCreate({ template, year, issuerId });
    setBusy(false);
    if (refused) setFailure(refused);
    else onOpenChange(false);
  };
  const [template, setTemplate] = useState<TemplateId>("cchc");
  const [yearText, setYearText] = useState(String(defaultYear()));
  const [issuerId, setIssuerId] = useState(siteLocality.issuers[0]?.id ?? "");
  const year = Number(yearText);
  const validYear = /^\d{4}$/.test(yearText.trim()) && year >= 1900 && year <= 2200;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t.library.newTitle}
      footer={
        <div className="pb-row">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            {t.common.cancel}
          </Button>
          <Button disabled={busy || !validYear || !issuerId} onClick={() => void create()}>
            {t.library.create}
          </Button>
        </div>
      }
    >
      {failure ? (
        <Alert tone="error" live title={t.storage.createFailed}>
          <WriteFailureText failure={failure} />
        </Alert>
      ) : null}
      <RadioGroup
        legend={t.library.template}
        value={template}
        onValueChange={(value) => setTemplate(value as TemplateId)}
        options={[
          { value: "cchc", label: t.library.templates.cchc, hint: t.library.templates.cchcHint },
          { value: "blank", label: t.library.templates.blank, hint: t.library.templates.blankHint },
        ]}
      />
      <div className="pb-grid-2">
        <TextField
          label={t.library.year}
          inputMode="numeric"
          value={yearText}
          error={validYear ? undefined : t.header.planYearInvalid}
          onChange={(e) => setYearText(e.target.value)}
        />
        <Select
          label={t.library.issuer}
          value={issuerId}
          options={siteLocality.issuers.map((a) => ({ value: a.id, label: a.name }))}
          onChange={(e) => setIssuerId(e.target.value)}
        />
      </div>
    </Dialog>
  );
}
