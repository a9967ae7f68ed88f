import type { PlanReporting, ReportingState, TaskReporting, UnitReporting } from "@kehoach/hub";
import { showDate } from "@kehoach/report-model";
import { Button } from "@kehoach/ui/button";
import { StatusPill, type StatusTone } from "@kehoach/ui/status-pill";
import { Table, type TableColumn } from "@kehoach/ui/table";
import { useEffect, useRef } from "react";
import { useT } from "../i18n/context.js";

// One unit's plans for the period, each with its tasks: reported, not yet, or overdue, the status
// the dates give and the unit's latest update.

const TONES: Record<ReportingState, StatusTone> = {
  reported: "success",
  notYet: "neutral",
  overdue: "danger",
};

export function UnitDetail({ unit, onClose }: { unit: UnitReporting; onClose: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [unit.code]);
  return (
    <section className="pv-detail" aria-labelledby="pv-detail-heading">
      <div className="pv-detail__head">
        <h2 id="pv-detail-heading" ref={heading} tabIndex={-1}>
          {t.detail.heading(unit.name)}
        </h2>
        <Button variant="ghost" size="sm" onClick={onClose}>
          {t.detail.close}
        </Button>
      </div>
      {unit.plans.length === 0 ? (
        <p>{t.detail.none}</p>
      ) : (
        unit.plans.map((p) => <PlanTasks key={`${p.plan.unit}:${p.plan.id}`} plan={p} />)
      )}
    </section>
  );
}

function PlanTasks({ plan }: { plan: PlanReporting }) {
  const t = useT();
  const columns: TableColumn<TaskReporting>[] = [
    { key: "n", header: t.detail.number, width: "4rem", cell: (r) => r.number },
    { key: "task", header: t.detail.task, rowHeader: true, cell: (r) => r.title },
    {
      key: "state",
      header: t.detail.state,
      cell: (r) => <StatusPill tone={TONES[r.state]} label={t.detail.states[r.state]} />,
    },
    { key: "status", header: t.detail.status, cell: (r) => t.statuses[r.status] },
    {
      key: "latest",
      header: t.detail.latest,
      cell: (r) =>
        r.latest
          ? [
              showDate(r.latest.date),
              r.latest.percent !== undefined ? `${r.latest.percent}%` : "",
              r.latest.result ?? "",
            ]
              .filter(Boolean)
              .join(" · ")
          : t.detail.noEntry,
    },
  ];
  return (
    <div className="pv-plan">
      <h3>
        {plan.title}
        {plan.number ? ` (${plan.number})` : ""}
      </h3>
      <p className="pv-plan__meta">
        <span>{plan.own ? t.detail.own : t.detail.assigned(plan.plan.unit)}</span>
        <StatusPill
          tone={plan.submitted ? "success" : "neutral"}
          label={plan.submitted ? t.detail.sent : t.detail.notSent}
        />
      </p>
      <Table
        caption={t.detail.caption(plan.title)}
        columns={columns}
        rows={plan.rows}
        rowKey={(r) => r.taskId}
      />
    </div>
  );
}
