import { ROLES, type Role } from "@kehoach/plan-model";
import { Button } from "@kehoach/ui/button";
import { EmptyState } from "@kehoach/ui/empty-state";
import { Vi } from "@kehoach/ui/messages";
import { Switch } from "@kehoach/ui/switch";
import { useEffect, useId, useMemo, useState } from "react";
import { type GridColumn, type GridRow, MatrixGrid, RoleMarks } from "../grid/MatrixGrid.js";
import { useT } from "../i18n/context.js";
import type { Messages } from "../i18n/vi.js";
import type { MatrixView } from "../model/filters.js";
import { ROLE_CODES } from "../model/labels.js";
import { type MatrixRow, rowRoles, rowTotal } from "../model/rows.js";
import type { Workspace } from "../model/workspace.js";

export interface MatrixPanelProps {
  ws: Workspace;
  view: MatrixView;
  rows: readonly MatrixRow[];
  expanded: ReadonlySet<string>;
  onExpandedChange: (next: Set<string>) => void;
}

/** The matrix itself: legend, the grid (either way round), and what the chosen cell says. */
export function MatrixPanel({ ws, view, rows, expanded, onExpandedChange }: MatrixPanelProps) {
  const t = useT();
  const captionId = useId();
  const [transposed, setTransposed] = useState(false);
  const [detail, setDetail] = useState("");

  const byKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  const taskColumns = useMemo(
    () =>
      view.tasks.map((task): GridColumn => {
        const total = view.taskTotal(task.key);
        return {
          key: task.key,
          label: task.number,
          note: task.title,
          title: `${task.number}. ${task.title}`,
          total: {
            text: total.byRole.lead === 0 ? `${total.agencies} !` : String(total.agencies),
            description: t.taskTotal(total.agencies, describe(t, total.byRole, total.byRole.lead === 0)),
          },
        };
      }),
    [view, t],
  );
  const agencyRows = useMemo(
    () =>
      rows.map((row): GridRow => {
        if (row.type === "section")
          return { key: row.key, section: true, label: t.section(t.kinds[row.kind], row.count) };
        const total = rowTotal(view, row);
        return {
          key: row.key,
          label: row.agency.name,
          note: row.viaGroup
            ? t.memberNote(row.viaGroup.name)
            : row.expandable
              ? t.groupNote(row.agency.members.length)
              : undefined,
          title: [row.agency.name, ...row.agency.spellings.filter((s) => s !== row.agency.name)].join(" · "),
          depth: row.viaGroup ? 1 : 0,
          expandable: row.expandable,
          expanded: row.expanded,
          total: total
            ? {
                text: String(total.tasks),
                description: t.agencyTotal(total.tasks, describe(t, total.byRole)),
              }
            : undefined,
        };
      }),
    [rows, view, t],
  );

  const roleAt = (agencyRowKey: string, taskKey: string): readonly Role[] => {
    const row = byKey.get(agencyRowKey);
    return row ? rowRoles(view, row, taskKey) : [];
  };
  const showDetail = (agencyRowKey: string, taskKey: string) => {
    const row = byKey.get(agencyRowKey);
    const task = ws.taskByKey.get(taskKey);
    if (row?.type !== "agency" || !task) return;
    const roles = roleAt(agencyRowKey, taskKey);
    setDetail(
      t.cellDetail(
        row.agency.name,
        `${task.number} (${task.title}; ${task.timeText})`,
        roles.length > 0 ? roles.map((r) => t.roles[r]).join(", ") : t.cellNoRole,
      ),
    );
  };
  const toggle = (key: string) => {
    const next = new Set(expanded);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onExpandedChange(next);
  };

  useEffect(() => {
    // For the benchmark (bench/matrix.bench.mjs): once the frame showing the matrix is painted.
    requestAnimationFrame(() => setTimeout(() => performance.mark("kh:matrix-painted"), 0));
  }, [view, rows, transposed]);

  const groups = ws.agencies.filter((a) => a.members.length > 0).map((a) => a.key);
  const used = useMemo(() => {
    const seen = new Set<Role>();
    for (const row of ws.cells.values()) for (const roles of row.values()) for (const r of roles) seen.add(r);
    return ROLES.filter((r) => seen.has(r));
  }, [ws]);

  return (
    <section className="mv-matrix" aria-labelledby={captionId}>
      <div className="mv-matrix__bar">
        <h2 id={captionId} className="mv-matrix__caption">
          {t.matrixCaption(view.agencies.length, view.tasks.length)}
        </h2>
        <Switch label={t.transpose} checked={transposed} onCheckedChange={setTransposed} />
        {groups.length > 0 ? (
          <>
            <Button variant="secondary" size="sm" onClick={() => onExpandedChange(new Set(groups))}>
              {t.expandAll}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => onExpandedChange(new Set())}>
              {t.collapseAll}
            </Button>
          </>
        ) : null}
      </div>
      <dl className="mv-legend" aria-label={t.legend}>
        {used.map((r) => (
          <div key={r}>
            <dt>
              <RoleMarks roles={[r]} labels={t.roles} />
            </dt>
            <dd>
              <Vi>{ROLE_CODES[r]}</Vi>: {t.roles[r]}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mv-hint" id={`${captionId}-hint`}>
        {t.matrixHint}
      </p>
      {view.tasks.length === 0 ? (
        <EmptyState title={t.matrixEmpty} description={t.matrixEmptyHint} headingLevel={3} />
      ) : transposed ? (
        <MatrixGrid
          captionId={captionId}
          rows={taskColumns.map((c) => ({
            key: c.key,
            label: c.label,
            note: c.note,
            title: c.title,
            total: c.total,
          }))}
          columns={agencyRows
            .filter((r) => !r.section)
            .map((r) => ({
              key: r.key,
              label: r.label,
              note: r.note,
              title: r.title ?? r.label,
              total: r.total ?? { text: "", description: "" },
            }))}
          roles={(row, column) => roleAt(column.key, row.key)}
          roleLabels={t.roles}
          cornerLabel={t.cornerTasks}
          totalLabel={t.totalAgencies}
          moreColumnsHint={t.moreColumnsCount}
          totalsRowLabel={t.totalsRowTasks}
          wideColumns
          onCellActivate={(row, column) => showDetail(column.key, row.key)}
        />
      ) : (
        <MatrixGrid
          captionId={captionId}
          rows={agencyRows}
          columns={taskColumns}
          roles={(row, column) => roleAt(row.key, column.key)}
          roleLabels={t.roles}
          cornerLabel={t.cornerAgencies}
          totalLabel={t.totalTasks}
          moreColumnsHint={t.moreColumnsCount}
          totalsRowLabel={t.totalsRowAgencies}
          onToggleRow={(row) => toggle(row.key)}
          onCellActivate={(row, column) => showDetail(row.key, column.key)}
        />
      )}
      <div className="mv-detail">
        <h3>{t.cellDetailHeading}</h3>
        <output aria-live="polite">{detail || t.cellDetailNone}</output>
      </div>
    </section>
  );
}

function describe(t: Messages, byRole: Record<Role, number>, noLead = false): string {
  const parts = ROLES.filter((r) => byRole[r] > 0).map((r) => `${byRole[r]} ${t.roles[r].toLowerCase()}`);
  if (noLead) parts.push(t.noLead);
  return parts.join(", ");
}
