import { Alert } from "@kehoach/ui/alert";
import { Button } from "@kehoach/ui/button";
import { Combobox } from "@kehoach/ui/combobox";
import { EmptyState } from "@kehoach/ui/empty-state";
import { RadioGroup } from "@kehoach/ui/radio-group";
import { Table, type TableColumn } from "@kehoach/ui/table";
import { TextField } from "@kehoach/ui/text-field";
import { useMemo, useState } from "react";
import { useT } from "../i18n/context.js";
import {
  type AgencyTaskOrder,
  type AgencyTaskRow,
  agencyChoices,
  agencyTasks,
} from "../model/agency-tasks.js";
import { dueText } from "../model/dates.js";
import type { Workspace } from "../model/workspace.js";

export interface AgencyViewProps {
  ws: Workspace;
  agencyKey: string;
  onAgencyChange: (key: string) => void;
  order: AgencyTaskOrder;
  onOrderChange: (order: AgencyTaskOrder) => void;
  /** The address of this page with the plans, the agency and the order in it. */
  link: string;
  /** Some open plan came from a file, which a link cannot carry. */
  hasFilePlans: boolean;
  exportButtons: React.ReactNode;
}

/** "Đơn vị của tôi": one agency's tasks, to read, share as a link, print or export. */
export function AgencyView({
  ws,
  agencyKey,
  onAgencyChange,
  order,
  onOrderChange,
  link,
  hasFilePlans,
  exportButtons,
}: AgencyViewProps) {
  const t = useT();
  const columns = useMemo(
    (): TableColumn<AgencyTaskRow>[] => [
      { key: "number", header: t.colNumber, cell: (r) => r.task.number, width: "5rem" },
      { key: "task", header: t.colTask, cell: (r) => r.task.title, rowHeader: true },
      { key: "role", header: t.colRole, cell: (r) => r.roleText, width: "12rem" },
      { key: "product", header: t.colProduct, cell: (r) => r.task.product ?? "", width: "10rem" },
      { key: "partners", header: t.colPartners, cell: (r) => r.partners, width: "16rem" },
      { key: "time", header: t.colTime, cell: (r) => r.task.timeText, width: "9rem" },
      {
        key: "due",
        header: t.colDue,
        cell: (r) => dueText(r.task, t.firstPeriod) || "—",
        width: "7rem",
      },
    ],
    [t],
  );
  const options = useMemo(() => agencyChoices(ws), [ws]);
  const agency = ws.agencyByKey.get(agencyKey);
  const list = useMemo(() => (agency ? agencyTasks(ws, agency.key, order, t) : []), [ws, agency, order, t]);
  const [copyState, setCopyState] = useState("");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyState(t.copied);
    } catch {
      setCopyState(t.copyFailed);
    }
  };

  return (
    <section className="mv-agency" aria-labelledby="mv-agency-heading">
      <h2 id="mv-agency-heading" className="mv-no-print">
        {t.agencyHeading}
      </h2>
      <div className="mv-agency__controls mv-no-print">
        <Combobox
          label={t.agencyPick}
          hint={t.agencyPickHint}
          options={options}
          value={agency ? agency.key : null}
          onValueChange={(value) => onAgencyChange(value ?? "")}
        />
        <RadioGroup
          legend={t.orderLabel}
          orientation="horizontal"
          value={order}
          onValueChange={(value) => onOrderChange(value === "due" ? "due" : "plan")}
          options={[
            { value: "plan", label: t.orderPlan },
            { value: "due", label: t.orderDue },
          ]}
        />
      </div>
      {!agency ? (
        <EmptyState title={t.agencyNone} headingLevel={3} />
      ) : (
        <>
          <div className="mv-print-only">
            <p className="mv-print-title">{t.printTitle(agency.name.toLocaleUpperCase("vi"))}</p>
            <p>{t.printPlans(ws.planLabels.join("; "))}</p>
          </div>
          {list.length === 0 ? (
            <EmptyState title={t.agencyEmpty(agency.name)} headingLevel={3} />
          ) : (
            <Table
              caption={t.agencyCaption(agency.name, list.length)}
              columns={columns}
              rows={list}
              rowKey={(r) => r.task.key}
              maxBlockSize="none"
              virtualizeAbove={400}
            />
          )}
          <div className="mv-agency__share mv-no-print">
            <TextField
              label={t.linkLabel}
              hint={t.linkHint}
              readOnly
              value={link}
              onFocus={(e) => e.target.select()}
            />
            {hasFilePlans ? <Alert tone="warning">{t.linkFileWarning}</Alert> : null}
            <div className="mv-actions">
              <Button variant="secondary" onClick={copy}>
                {t.copyLink}
              </Button>
              <Button variant="secondary" onClick={() => window.print()}>
                {t.print}
              </Button>
              {exportButtons}
            </div>
            <output aria-live="polite">{copyState}</output>
          </div>
        </>
      )}
    </section>
  );
}
