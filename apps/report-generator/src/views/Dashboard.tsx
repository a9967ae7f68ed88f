import { periodLabelEn } from "@kehoach/plan-model";
import type { PeriodReport } from "@kehoach/report-model";
import { formatPercent } from "@kehoach/text-vi";
import { ProgressBar } from "@kehoach/ui/progress";
import { ScrollRegion } from "@kehoach/ui/scroll-frame";
import { useLanguage, useT } from "../i18n/context.js";
import { TaskStatusPill } from "./TaskStatusPill.js";

/**
 * Completion by status and by lead agency. Each chart is a table: the figures are text, the bar
 * beside them repeats the share for the eye (its length, not its colour, carries it), and the
 * status pills differ by word and icon, so nothing depends on colour alone.
 */
export function Dashboard({ report }: { report: PeriodReport }) {
  const t = useT();
  const { lang } = useLanguage();
  const f = report.facts;
  return (
    <div className="rg-dashboard">
      <p className="rg-summary">
        {t.dashboard.summary(
          lang === "en" ? periodLabelEn(report.period) : report.periodLabel,
          f.total,
          f.done,
          f.counts.overdue,
          formatPercent(f.percent),
        )}
      </p>
      <ProgressBar label={t.dashboard.overall} value={f.percent} valueText={formatPercent(f.percent)} />
      {f.awaitingDate.length > 0 ? (
        <p className="rg-summary">{t.dashboard.awaitingSummary(f.awaitingDate.length)}</p>
      ) : null}
      <figure className="rg-chart">
        <figcaption id="chart-status">{t.dashboard.byStatus}</figcaption>
        <ScrollRegion label={t.dashboard.byStatus} hint={t.dashboard.moreColumns}>
          <table aria-labelledby="chart-status">
            <thead>
              <tr>
                <th scope="col">{t.dashboard.status}</th>
                <th scope="col">{t.dashboard.tasks}</th>
                <th scope="col">{t.dashboard.share}</th>
                <th scope="col">
                  <span className="kh-visually-hidden">{t.dashboard.bar}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {f.byStatus.map((s) => (
                <tr key={s.status}>
                  <th scope="row">
                    <TaskStatusPill status={s.status} />
                  </th>
                  <td className="rg-num">{s.count}</td>
                  <td className="rg-num">{formatPercent(s.share)}</td>
                  <td className="rg-bar-cell">
                    <Bar share={s.share} status={s.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </figure>
      <figure className="rg-chart">
        <figcaption id="chart-agency">{t.dashboard.byAgency}</figcaption>
        <ScrollRegion label={t.dashboard.byAgency} hint={t.dashboard.moreColumns}>
          <table aria-labelledby="chart-agency">
            <thead>
              <tr>
                <th scope="col">{t.dashboard.lead}</th>
                <th scope="col">{t.dashboard.tasks}</th>
                <th scope="col">{t.dashboard.done}</th>
                <th scope="col">{t.dashboard.inProgress}</th>
                <th scope="col">{t.dashboard.overdue}</th>
                <th scope="col">{t.dashboard.notStarted}</th>
                {f.awaitingDate.length > 0 ? <th scope="col">{t.dashboard.awaitingDate}</th> : null}
                <th scope="col">{t.dashboard.doneShare}</th>
                <th scope="col">
                  <span className="kh-visually-hidden">{t.dashboard.bar}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {f.byAgency.map((a) => (
                <tr key={a.key}>
                  <th scope="row">{a.name}</th>
                  <td className="rg-num">{a.total}</td>
                  <td className="rg-num">{a.done}</td>
                  <td className="rg-num">{a.counts.in_progress}</td>
                  <td className="rg-num">{a.counts.overdue}</td>
                  <td className="rg-num">{a.counts.not_started}</td>
                  {f.awaitingDate.length > 0 ? <td className="rg-num">{a.awaitingDate}</td> : null}
                  <td className="rg-num">{formatPercent(a.doneShare)}</td>
                  <td className="rg-bar-cell">
                    <Bar share={a.doneShare} status="done_on_time" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </figure>
      <section aria-labelledby="facts-heading">
        <h3 id="facts-heading">{t.dashboard.attention}</h3>
        <FactList
          title={t.dashboard.overdueUnfinished}
          items={f.overdue.map((x) => `${x.number}. ${x.title}`)}
        />
        <FactList title={t.dashboard.noActivity} items={f.noActivity.map((x) => `${x.number}. ${x.title}`)} />
        {f.awaitingDate.length > 0 ? (
          <FactList
            title={t.dashboard.awaitingList}
            items={f.awaitingDate.map((x) => `${x.number}. ${x.title}`)}
          />
        ) : null}
      </section>
    </div>
  );
}

function Bar({ share, status }: { share: number; status: string }) {
  // The bar only repeats the figure in the cell before it; it is hidden from screen readers.
  return (
    <span className="rg-bar" aria-hidden="true" data-status={status}>
      <span className="rg-bar__fill" style={{ inlineSize: `${Math.max(0, Math.min(100, share))}%` }} />
    </span>
  );
}

function FactList({ title, items }: { title: string; items: string[] }) {
  const t = useT();
  return (
    <div className="rg-facts">
      <h4>
        {title} ({items.length})
      </h4>
      {items.length === 0 ? (
        <p>{t.dashboard.none}</p>
      ) : (
        <ul>
          {items.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
