import type { TemplateId } from "@kehoach/plan-model/editing";
import { Button } from "@kehoach/ui/button";
import { Dialog } from "@kehoach/ui/dialog";
import { RadioGroup } from "@kehoach/ui/radio-group";
import { Select } from "@kehoach/ui/select";
import { TextField } from "@kehoach/ui/text-field";
import { useState } from "react";
import { useT } from "../i18n/context.js";
import { siteLocality } from "../shell/site-locality.js";

// A new plan: which template, for which year, issued by which agency of the locality.

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
  onCreate: (choice: NewPlanChoice) => void;
}) {
  const t = useT();
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
          <Button disabled={!validYear || !issuerId} onClick={() => onCreate({ template, year, issuerId })}>
            {t.library.create}
          </Button>
        </div>
      }
    >
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
