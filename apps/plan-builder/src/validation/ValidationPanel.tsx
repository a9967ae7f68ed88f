import type { Finding, Severity, ValidationResult } from "@kehoach/plan-model";
import { Button } from "@kehoach/ui/button";
import { Dialog } from "@kehoach/ui/dialog";
import { TextArea } from "@kehoach/ui/text-area";
import { memo, type ReactNode, useState } from "react";
import { focusPath } from "../editor/fields.js";
import { useT } from "../i18n/context.js";

// The plan's findings as the author types, grouped by severity. Each names the place in words
// ("Nhiệm vụ 3 › Cơ quan chủ trì") and takes the keyboard there. A finding the author accepts is
// waived with a reason, which stays with the plan; errors that are not waived block issuing.

export type CheckMode = "draft" | "issued";

interface ValidationPanelProps {
  result: ValidationResult | null;
  mode: CheckMode;
  onModeChange: (mode: CheckMode) => void;
  onWaive: (finding: Finding, reason: string) => void;
  onUnwaive: (finding: Finding) => void;
  readOnly: boolean;
}

const ORDER: Severity[] = ["error", "warning", "info"];

export const ValidationPanel = memo(function ValidationPanel({
  result,
  mode,
  onModeChange,
  onWaive,
  onUnwaive,
  readOnly,
}: ValidationPanelProps) {
  const t = useT();
  const [waiving, setWaiving] = useState<Finding | null>(null);
  const [reason, setReason] = useState("");
  const findings = result?.findings ?? [];
  const open = findings.filter((f) => !f.waived);
  const waived = findings.filter((f) => f.waived);

  return (
    <section className="pb-checks-panel" aria-labelledby="pb-checks-heading">
      <div className="pb-checks-panel__head">
        <h2 id="pb-checks-heading" className="pb-side__title">
          {t.checks.heading}
        </h2>
        <p className="pb-checks-panel__summary" aria-live="polite">
          {result ? t.checks.summary(result.counts) : t.checks.running}
        </p>
      </div>
      <label className="pb-check">
        <input
          type="checkbox"
          checked={mode === "issued"}
          onChange={(e) => onModeChange(e.target.checked ? "issued" : "draft")}
        />
        {t.checks.asIssued}
      </label>
      {result && open.length === 0 ? <p className="pb-hint">{t.checks.none}</p> : null}
      {ORDER.map((severity) => {
        const list = open.filter((f) => f.severity === severity);
        if (list.length === 0) return null;
        return (
          <div key={severity} className="pb-checks-group" data-severity={severity}>
            <h3 className="pb-checks-group__title">
              {t.checks.severity[severity]} ({list.length})
            </h3>
            <ul className="pb-findings">
              {list.map((finding, i) => (
                <FindingItem
                  key={`${finding.rule}-${finding.path}-${i}`}
                  finding={finding}
                  action={
                    readOnly ? null : (
                      <Button
                        variant="ghost"
                        size="sm"
                        onClick={() => {
                          setReason("");
                          setWaiving(finding);
                        }}
                      >
                        {t.checks.waive}
                      </Button>
                    )
                  }
                />
              ))}
            </ul>
          </div>
        );
      })}
      {waived.length > 0 && (
        <details className="pb-checks-group" data-severity="waived">
          <summary className="pb-checks-group__title">
            {t.checks.waived} ({waived.length})
          </summary>
          <ul className="pb-findings">
            {waived.map((finding, i) => (
              <FindingItem
                key={`${finding.rule}-${finding.path}-${i}`}
                finding={finding}
                note={t.checks.waivedBecause(finding.waived?.reason ?? "")}
                action={
                  readOnly ? null : (
                    <Button variant="ghost" size="sm" onClick={() => onUnwaive(finding)}>
                      {t.checks.unwaive}
                    </Button>
                  )
                }
              />
            ))}
          </ul>
        </details>
      )}
      <Dialog
        open={waiving !== null}
        onOpenChange={(isOpen) => {
          if (!isOpen) setWaiving(null);
        }}
        title={t.checks.waiveTitle}
        description={waiving ? `${waiving.where}: ${waiving.message}` : undefined}
        footer={
          <div className="pb-row">
            <Button variant="secondary" onClick={() => setWaiving(null)}>
              {t.common.cancel}
            </Button>
            <Button
              disabled={reason.trim() === ""}
              onClick={() => {
                if (waiving && reason.trim()) onWaive(waiving, reason.trim());
                setWaiving(null);
              }}
            >
              {t.checks.waiveConfirm}
            </Button>
          </div>
        }
      >
        <TextArea
          label={t.checks.reason}
          hint={t.checks.reasonHint}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Dialog>
    </section>
  );
});

function FindingItem({
  finding,
  note,
  action,
}: {
  finding: Finding;
  note?: ReactNode;
  action: React.ReactNode;
}) {
  return (
    <li className="pb-finding" data-severity={finding.severity}>
      <button
        type="button"
        className="pb-finding__link"
        onClick={() => {
          focusPath(finding.path);
        }}
      >
        {finding.where}
      </button>
      <span className="pb-finding__message">{finding.message}</span>
      {note ? <span className="pb-finding__note">{note}</span> : null}
      {action}
    </li>
  );
}
