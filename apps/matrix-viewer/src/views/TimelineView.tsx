import { ScrollFrame, useScrollEdges } from "@kehoach/ui/scroll-frame";
import { Table, type TableColumn } from "@kehoach/ui/table";
import { useMemo, useRef } from "react";
import { useT } from "../i18n/context.js";
import { isoToShortDate } from "../model/dates.js";
import type { MatrixView } from "../model/filters.js";
import { buildTimeline, type MonthMark, type TimelineRow } from "../model/timeline.js";
import type { Workspace } from "../model/workspace.js";

/** The plan year month by month, for the tasks the filters leave. */
export function TimelineView({ ws, view }: { ws: Workspace; view: MatrixView }) {
  const t = useT();
  const timeline = useMemo(() => buildTimeline(ws, view.tasks), [ws, view]);
  const frame = useRef<HTMLDivElement>(null);
  const edges = useScrollEdges(frame, ".kh-table__scroller");
  const columns = useMemo((): TableColumn<TimelineRow>[] => {
    const months = Array.from(
      { length: 12 },
      (_, i): TableColumn<TimelineRow> => ({
        key: `m${i + 1}`,
        header: t.month(i + 1),
        align: "center",
        width: "4.5rem",
        cell: (row) => <Mark mark={row.months[i] ?? null} />,
      }),
    );
    return [
      { key: "number", header: t.timelineColNumber, cell: (r) => r.task.number, width: "5rem" },
      {
        key: "task",
        header: t.timelineColTask,
        cell: (r) => <span className="mv-timeline__task">{r.task.title}</span>,
        rowHeader: true,
      },
      { key: "time", header: t.timelineColTime, cell: (r) => r.task.timeText, width: "8rem" },
      ...months,
    ];
  }, [t]);
  return (
    <section className="mv-timeline" aria-labelledby="mv-timeline-heading">
      <h2 id="mv-timeline-heading">{t.timelineCaption(timeline.rows.length)}</h2>
      <p className="mv-hint">{t.timelineLegend}</p>
      <ScrollFrame ref={frame} edges={edges} hint={t.moreColumns}>
        <Table
          caption={`${t.tabTimeline} ${timeline.years.join(", ")}`}
          columns={columns}
          rows={timeline.rows}
          rowKey={(r) => r.task.key}
          rowHeight={56}
          maxBlockSize="min(70vh, 44rem)"
        />
      </ScrollFrame>
      {timeline.unscheduled.length > 0 ? (
        <>
          <h3>{t.unscheduledHeading}</h3>
          <ul>
            {timeline.unscheduled.map((u) => (
              <li key={u.task.key}>
                {t.unscheduledItem(u.task.number, u.task.title, t.unscheduledReasons[u.reason])}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Mark({ mark }: { mark: MonthMark | null }) {
  const t = useT();
  if (!mark) return null;
  if (mark.due.length > 0) {
    const dates = mark.due.map(isoToShortDate).join(", ");
    return (
      <span className="mv-mark mv-mark--due" title={t.timelineDue(dates)}>
        <span aria-hidden="true">●</span> {dates}
        <span className="mx-sr">{t.timelineDue(dates)}</span>
      </span>
    );
  }
  const label = mark.continuous ? t.timelineOngoing : t.timelineUnderway;
  return (
    <span className={`mv-mark mv-mark--${mark.continuous ? "ongoing" : "underway"}`} title={label}>
      <span aria-hidden="true">{mark.continuous ? "▬" : "╌"}</span>
      <span className="mx-sr">{label}</span>
    </span>
  );
}
